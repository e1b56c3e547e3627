package dintsim.rtl.power;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * An RTL-activity energy model fitted to gate-level measurements: energy of a MAC =
 * base energy of its kind + sum over the PE signals (act, weight, product, acc) of
 * pJ-per-bit-toggle x that signal's bit toggles. Least squares over the MACs of a stream.
 * Applied to an RTL activity file it gives the energy of a whole array from its per-PE toggles
 * and MAC counts (idle PE cycles are not charged: the file has no idle-cycle count).
 *
 * @param kindPj      base energy per MAC kind (kinds seen while fitting), pJ
 * @param signalPj    pJ per bit toggle, by signal name in {@link RtlSignalToggles#SIGNALS} order
 */
public record ToggleEnergyModel(Map<MacKind, Double> kindPj, Map<String, Double> signalPj) {
    public ToggleEnergyModel {
        EnumMap<MacKind, Double> k = new EnumMap<>(MacKind.class);
        k.putAll(kindPj);
        kindPj = Collections.unmodifiableMap(k);
        signalPj = Collections.unmodifiableMap(new LinkedHashMap<>(signalPj));
    }

    /** Fits the model to per-MAC energies (pJ) of a stream. */
    public static ToggleEnergyModel fit(MacDesign design, MacStream stream, RtlSignalToggles toggles, double[] macPj) {
        int n = stream.length();
        boolean[] present = new boolean[MacKind.values().length];
        for (int i = 0; i < n; i++) {
            present[design.kind(stream.weight()[i]).ordinal()] = true;
        }
        int[] column = new int[present.length];
        int kinds = 0;
        for (int k = 0; k < present.length; k++) {
            column[k] = present[k] ? kinds++ : -1;
        }
        int signals = RtlSignalToggles.SIGNALS.length;
        double[][] x = new double[n][kinds + signals];
        for (int i = 0; i < n; i++) {
            x[i][column[design.kind(stream.weight()[i]).ordinal()]] = 1;
            for (int s = 0; s < signals; s++) {
                x[i][kinds + s] = toggles.toggles()[s][i];
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(macPj.clone(), x);
        double[] beta;
        try {
            beta = ols.estimateRegressionParameters();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException(stream.source() + ": cannot fit the toggle model (a signal never toggles "
                    + "or toggles in lockstep with another); use a longer or more varied stream");
        }
        Map<MacKind, Double> kindPj = new EnumMap<>(MacKind.class);
        for (MacKind k : MacKind.values()) {
            if (column[k.ordinal()] >= 0) {
                kindPj.put(k, beta[column[k.ordinal()]]);
            }
        }
        Map<String, Double> signalPj = new LinkedHashMap<>();
        for (int s = 0; s < signals; s++) {
            signalPj.put(RtlSignalToggles.SIGNALS[s], beta[kinds + s]);
        }
        return new ToggleEnergyModel(kindPj, signalPj);
    }

    /** Predicted total energy (pJ) of a stream with the given toggles. */
    public double predictPj(MacDesign design, MacStream stream, RtlSignalToggles toggles) {
        double[] kindSum = new double[MacKind.values().length];
        for (int i = 0; i < stream.length(); i++) {
            kindSum[design.kind(stream.weight()[i]).ordinal()]++;
        }
        long[] signalSum = new long[RtlSignalToggles.SIGNALS.length];
        for (int s = 0; s < signalSum.length; s++) {
            for (int v : toggles.toggles()[s]) {
                signalSum[s] += v;
            }
        }
        return predictPj(kindSum, signalSum, stream.source());
    }

    /**
     * Predicted energy (pJ) from MAC counts per kind (indexed by {@link MacKind#ordinal()}) and
     * toggle totals per signal ({@link RtlSignalToggles#SIGNALS} order).
     */
    public double predictPj(double[] macsByKind, long[] signalToggles, String source) {
        double e = 0;
        for (MacKind k : MacKind.values()) {
            if (macsByKind[k.ordinal()] == 0) {
                continue;
            }
            Double perMac = kindPj.get(k);
            if (perMac == null) {
                throw new IllegalArgumentException(source + ": " + (long) macsByKind[k.ordinal()] + " MACs of kind " + k
                        + ", which the model was not fitted on (kinds: " + kindPj.keySet() + ")");
            }
            e += perMac * macsByKind[k.ordinal()];
        }
        for (int s = 0; s < RtlSignalToggles.SIGNALS.length; s++) {
            Double perToggle = signalPj.get(RtlSignalToggles.SIGNALS[s]);
            if (perToggle == null) {
                throw new IllegalArgumentException(source + ": the model has no energy for signal '"
                        + RtlSignalToggles.SIGNALS[s] + "'");
            }
            e += perToggle * signalToggles[s];
        }
        return e;
    }
}
