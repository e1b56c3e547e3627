package dintsim.rtl.synth;

import dintsim.models.mac.MacKind;
import dintsim.rtl.power.KindEnergy;
import dintsim.rtl.power.SwitchingEnergy;
import java.util.Map;

/**
 * The check of an event-count energy model: per-MAC-kind energies fitted on some streams, times
 * the MAC-kind counts of held-out streams, against the energy the gate-level run measured there.
 *
 * @param fitOn        streams the per-kind energies were taken from
 * @param heldOut      streams predicted
 * @param predictedPj  sum over kinds of count x fitted energy on the held-out streams
 * @param measuredPj   measured total on the held-out streams
 * @param predictedToggleModelPj the held-out prediction of the {@link dintsim.rtl.power.ToggleEnergyModel}
 *                     (per-kind base energy plus per-bit-toggle energy of the RTL signals) fitted on the same streams
 */
public record CalibrationCheck(String fitOn, String heldOut, double predictedPj, double measuredPj,
                               double predictedToggleModelPj) {
    /** Relative error of the prediction, (predicted - measured) / measured. */
    public double relativeError() {
        return (predictedPj - measuredPj) / measuredPj;
    }

    /** Relative error of the toggle model's prediction. */
    public double toggleModelRelativeError() {
        return (predictedToggleModelPj - measuredPj) / measuredPj;
    }

    /**
     * Predicts {@code heldOut} from {@code fit}. A kind seen only in the held-out stream falls back
     * to the fitted mean over all kinds.
     */
    public static CalibrationCheck of(SwitchingEnergy fit, SwitchingEnergy heldOut, double predictedToggleModelPj) {
        double predicted = 0;
        for (Map.Entry<MacKind, KindEnergy> e : heldOut.byKind().entrySet()) {
            KindEnergy fitted = fit.byKind().get(e.getKey());
            double perMac = fitted != null ? fitted.meanPj() : fit.energyPerMacPj();
            predicted += perMac * e.getValue().macs();
        }
        return new CalibrationCheck(fit.source(), heldOut.source(), predicted, heldOut.totalPj(), predictedToggleModelPj);
    }
}
