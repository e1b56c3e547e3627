package dintsim.rtl.gen;

import java.util.Arrays;

/**
 * How the NORMAL-code multiplier of a MAC is built, so that designs can be compared at equal
 * multiplier architecture (rtl/docs/RTL.md, "Multiplier").
 */
public enum MultiplierArchitecture {
    /**
     * A Verilog {@code $signed(w) * $signed(a)} (an inline black box, so firtool does not lower it
     * to a sign-extended unsigned multiply): whatever the synthesis tool builds for a signed multiply.
     */
    TOOL("tool"),
    /** Radix-4 (modified) Booth recoding of the weight operand, partial products summed in an adder tree, in Chisel. */
    BOOTH4("booth4");

    private final String label;

    MultiplierArchitecture(String label) {
        this.label = label;
    }

    /** The name used on command lines and in top-module names. */
    public String label() {
        return label;
    }

    /** The architecture of that label; unknown labels throw naming the known ones. */
    public static MultiplierArchitecture of(String label) {
        for (MultiplierArchitecture m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("multiplier '" + label + "' is not one of "
                + Arrays.stream(values()).map(MultiplierArchitecture::label).toList());
    }
}
