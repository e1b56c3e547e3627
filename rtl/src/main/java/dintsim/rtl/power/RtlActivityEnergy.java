package dintsim.rtl.power;

import dintsim.models.mac.MacKind;
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
                long[] k = file.macKinds(r, c); // by MacKind ordinal
                double[] byKind = new double[MacKind.COUNT];
                for (int i = 0; i < MacKind.COUNT; i++) {
                    byKind[i] = k[i];
                }
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
                macs += file.macs(r, c);
            }
        }
        return new RtlActivityEnergy(total, macs, perPe);
    }
}
