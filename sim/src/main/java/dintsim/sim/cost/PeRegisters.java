package dintsim.sim.cost;

import dintsim.models.mac.MacDesign;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;

/**
 * The flip-flops of one PE that are NOT inside the MAC unit {@code dintsim synth} measures, so
 * the register entries charge only these and every physical register is charged exactly once.
 *
 * <p>The measured MAC entry is the synthesized {@code MacTop} (rtl/.../gen/MacUnit.scala): the
 * combinational {@code MacUnit} plus its accumulator register ({@code acc}, accumulator width)
 * and its sticky overflow flag (1 bit); its energy per MAC includes their clock and data toggles.
 * In the PEs (rtl/.../gen/Pe.scala) those two registers are the ws {@code psum} register and the
 * {@code psumOut.overflow} flag, and the os {@code acc} register and {@code overflow} flag. What the
 * PE adds around the MAC unit, in bits:
 * <ul>
 *   <li>activation forwarding: the code plus the valid, beat, first and last flags (both dataflows);
 *   <li>ws weights: the active register (code + valid) and, double-buffered, the shadow register
 *       (code + valid); os: the forwarding register (code + valid);
 *   <li>ws: the partial sum's valid flag ({@code psumOut.valid});
 *   <li>os: the output valid flag, and double-buffered the output register ({@code held}, accumulator
 *       width) with its overflow flag.
 * </ul>
 */
public final class PeRegisters {
    /** Flags travelling with an activation: valid, beat, first, last ({@code ActPort}). */
    static final int ACTIVATION_FLAGS = 4;

    private final int activationBits;
    private final int weightBits;
    private final int accumulatorBits;
    private final ArrayShape shape;

    public PeRegisters(MacDesign design, ArrayShape shape) {
        this.activationBits = design.activationFormat().bits();
        this.weightBits = design.weightFormat().bits();
        this.accumulatorBits = design.accumulator().width();
        this.shape = shape;
    }

    private boolean ws() {
        return shape.dataflow() == Dataflow.WS;
    }

    /** Bits written per counted activation register write: the code and its flags. */
    public int activationWriteBits() {
        return activationBits + ACTIVATION_FLAGS;
    }

    /** Bits written per counted weight register write (shadow shift, switch, or os forwarding): code + valid. */
    public int weightWriteBits() {
        return weightBits + 1;
    }

    /** Weight registers per PE: ws double-buffered has shadow and active, otherwise one. */
    public int weightRegisters() {
        return ws() && shape.overlap() ? 2 : 1;
    }

    /**
     * Bits of a partial-sum write outside the MAC unit: ws, the psum's valid flag; os none (the
     * accumulator and its overflow flag are the MAC unit's own registers).
     */
    public int psumWriteBitsOutsideMac() {
        return ws() ? 1 : 0;
    }

    /**
     * Bits of the MAC unit's own accumulator and overflow flag. A MAC's write of them is in its MAC
     * entry; only partial-sum writes without a MAC (ws slots passing idle PEs) are charged these.
     */
    public int accumulatorWriteBits() {
        return accumulatorBits + 1;
    }

    /** Bits written per output leaving an os PE: value + overflow + valid (double-buffered) or valid only. */
    public int outputWriteBits() {
        if (ws()) {
            return 0;
        }
        return shape.overlap() ? accumulatorBits + 2 : 1;
    }

    /** Flip-flops per PE outside the MAC unit (the area the register entry charges). */
    public int bitsPerPe() {
        return activationWriteBits() + weightRegisters() * weightWriteBits() + psumWriteBitsOutsideMac()
                + outputWriteBits();
    }
}
