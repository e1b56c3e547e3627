package dintsim.sim.cost;

import java.util.Locale;

/**
 * Moves a cited figure from the technology it was published for to the cost table's: classical
 * constant-field scaling, energy ~ C V^2 with C ~ L, area ~ L^2. An estimate (real processes do
 * not scale ideally), used only for entries no flow of dintsim measures (SRAM); every scaled entry
 * says so in its source.
 *
 * @param fromNm    node the figure was published for, nm
 * @param fromVolts supply it was published at, V
 * @param toNm      the table's node, nm
 * @param toVolts   the table's supply, V
 */
record NodeScaling(double fromNm, double fromVolts, double toNm, double toVolts) {
    NodeScaling {
        if (!(fromNm > 0) || !(fromVolts > 0) || !(toNm > 0) || !(toVolts > 0)) {
            throw new IllegalArgumentException("nodes and voltages must be positive");
        }
    }

    double energyFactor() {
        return (toNm / fromNm) * (toVolts / fromVolts) * (toVolts / fromVolts);
    }

    double areaFactor() {
        return (toNm / fromNm) * (toNm / fromNm);
    }

    String describeEnergy() {
        return String.format(Locale.ROOT, "scaled from %s nm, %s V to the table's %s nm, %s V by energy ~ L V^2 "
                + "(x %.4g, constant-field estimate)", number(fromNm), number(fromVolts), number(toNm), number(toVolts),
                energyFactor());
    }

    String describeArea() {
        return String.format(Locale.ROOT, "scaled from %s nm to the table's %s nm by area ~ L^2 (x %.4g, "
                + "constant-field estimate)", number(fromNm), number(toNm), areaFactor());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
