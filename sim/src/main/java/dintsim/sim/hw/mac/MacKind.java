package dintsim.sim.hw.mac;

import dintsim.models.format.CodeKind;

/** Index of each MAC kind in count arrays: zero weight, special-value shift, ordinary multiply. */
public final class MacKind {
    public static final int ZERO = 0;
    public static final int SPECIAL = 1;
    public static final int NORMAL = 2;
    public static final int COUNT = 3;
    /** Names used in stats, cost tables and reports, by index. */
    public static final String[] NAMES = {"zero", "special", "normal"};

    private MacKind() {
    }

    public static int of(CodeKind kind) {
        switch (kind) {
            case ZERO:
                return ZERO;
            case SPECIAL:
                return SPECIAL;
            default:
                return NORMAL;
        }
    }
}
