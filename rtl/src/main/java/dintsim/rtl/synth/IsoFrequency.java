package dintsim.rtl.synth;

import dintsim.models.mac.MacDesign;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The iso-frequency comparison point of several designs' area-vs-clock sweeps: the highest clock
 * every design meets ({@code min over designs of max fmax over its sweep}), and for each design
 * the smallest-area synthesis that meets it.
 *
 * @param mhz    the common clock, MHz
 * @param chosen design -> its smallest synthesis meeting {@code mhz}
 */
public record IsoFrequency(double mhz, Map<MacDesign, SweepPoint> chosen) {
    /** Picks the point from per-design sweeps (each non-empty). */
    public static IsoFrequency of(Map<MacDesign, List<SweepPoint>> sweeps) {
        if (sweeps.isEmpty()) {
            throw new IllegalArgumentException("no sweeps to compare");
        }
        double mhz = Double.POSITIVE_INFINITY;
        for (Map.Entry<MacDesign, List<SweepPoint>> e : sweeps.entrySet()) {
            double best = e.getValue().stream().mapToDouble(p -> p.timing().fmaxMhz()).max()
                    .orElseThrow(() -> new IllegalArgumentException("design " + e.getKey().name() + ": empty sweep"));
            mhz = Math.min(mhz, best);
        }
        return at(mhz, sweeps);
    }

    /**
     * Each design's smallest synthesis meeting a given clock {@code mhz} (e.g. another set of
     * designs' iso-frequency); a design none of whose points meets it maps to null.
     */
    public static IsoFrequency at(double mhz, Map<MacDesign, List<SweepPoint>> sweeps) {
        Map<MacDesign, SweepPoint> chosen = new LinkedHashMap<>();
        for (Map.Entry<MacDesign, List<SweepPoint>> e : sweeps.entrySet()) {
            SweepPoint pick = null;
            for (SweepPoint p : e.getValue()) {
                if (p.timing().meets(mhz) && (pick == null || p.areaUm2() < pick.areaUm2())) {
                    pick = p;
                }
            }
            chosen.put(e.getKey(), pick);
        }
        return new IsoFrequency(mhz, chosen);
    }
}
