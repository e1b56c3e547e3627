package dintsim.sim.cost;

import dintsim.sim.hw.mac.MacKind;

/**
 * A MAC design's entry of a {@link CostTable}: energy of one MAC per kind (pJ, at the table's
 * supply voltage) and the area of one MAC unit (um^2).
 */
public record MacCost(Cost zero, Cost special, Cost normal, Cost area) {
    /** Energy of one MAC of a {@link MacKind}. */
    public Cost energy(int kind) {
        return switch (kind) {
            case MacKind.ZERO -> zero;
            case MacKind.SPECIAL -> special;
            case MacKind.NORMAL -> normal;
            default -> throw new IllegalArgumentException("no MAC kind " + kind);
        };
    }
}
