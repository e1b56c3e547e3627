package dintsim.sim.cost;

import dintsim.models.mac.MacKind;

/**
 * A MAC design's entry of a {@link CostTable}: energy of one MAC per kind (pJ, at the table's
 * supply voltage) and the area of one MAC unit (um^2), each with its source.
 */
public record MacCost(Cost zero, Cost special, Cost normal, Cost area) {
    /** Energy of one MAC of a kind. */
    public Cost energy(MacKind kind) {
        return switch (kind) {
            case ZERO -> zero;
            case SPECIAL -> special;
            case NORMAL -> normal;
        };
    }
}
