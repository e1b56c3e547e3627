package dintsim.rtl.power;

import dintsim.models.format.CodeKind;
import dintsim.rtl.verilator.ActivityFile;

/**
 * Energy of an RTL run from its activity file (rtl/docs/ACTIVITY.md) and a
 * {@link ToggleEnergyModel} fitted at gate level: per PE, its MACs by kind times the base
 * energies plus its act/weight/product/acc bit toggles times the per-toggle energies.
 *
 * @param totalPj  energy of all PEs, pJ
 * @param macs     MACs in the file
 * @param perPePj  energy per PE, row-major, pJ
 */
public record RtlActivityEnergy(double totalPj, long macs, double[] perPePj) {

    public double perMacPj() {
        return macs == 0 ? 0 : totalPj / macs;
    }

    public static RtlActivityEnergy estimate(ActivityFile file, ToggleEnergyModel model) {
        double[] perPe = new double[file.rows() * file.cols()];
        double total = 0;
        long macs = 0;
        for (int r = 0; r < file.rows(); r++) {
            for (int c = 0; c < file.cols(); c++) {
                long[] k = file.macKinds(r, c); // [normal, special, zero]
                double[] byKind = new double[CodeKind.values().length];
                byKind[CodeKind.NORMAL.ordinal()] = k[0];
                byKind[CodeKind.SPECIAL.ordinal()] = k[1];
                byKind[CodeKind.ZERO.ordinal()] = k[2];
                long[] toggles = new long[RtlSignalToggles.SIGNALS.length];
                for (int s = 0; s < toggles.length; s++) {
                    long t = file.toggles(r, c, RtlSignalToggles.SIGNALS[s]);
                    if (t < 0) {
                        throw new IllegalArgumentException("activity file of " + file.top() + ": PE (" + r + ", " + c
                                + ") has no '" + RtlSignalToggles.SIGNALS[s] + "' toggles record");
                    }
                    toggles[s] = t;
                }
                double e = model.predictPj(byKind, toggles, "activity file of " + file.top() + ", PE (" + r + ", " + c + ")");
                perPe[r * file.cols() + c] = e;
                total += e;
                macs += k[0] + k[1] + k[2];
            }
        }
        return new RtlActivityEnergy(total, macs, perPe);
    }
}
