package dintsim.sim.hw.array;

/**
 * The flip-flops of one PE that are NOT inside the MAC unit {@code dintsim synth} measures, so
 * the energy model's register entries charge only these and every physical register is charged
 * exactly once (TIMING.md, "Energy and area: each register charged once"). The measured MAC entry
 * is the synthesized {@code MacTop}: the MAC unit plus its accumulator register and sticky
 * overflow flag. Each {@link Dataflow} states its own map.
 *
 * @param activationWriteBits     bits moved per counted {@code reg.activation} write
 * @param weightWriteBits         bits moved per counted {@code reg.weight} write
 * @param psumWriteBitsOutsideMac bits of a {@code reg.psum} write outside the MAC unit (ws/is: the psum valid flag)
 * @param accumulatorWriteBits    bits of the MAC unit's accumulator and overflow flag, charged only for
 *                                partial-sum writes no MAC made (slots passing idle PEs)
 * @param outputWriteBits         bits written per output leaving a PE (os), per {@code sram.output.writes}
 * @param bitsPerPe               flip-flops per PE outside the MAC unit (the area the register entry charges)
 */
public record PeRegisters(int activationWriteBits, int weightWriteBits, int psumWriteBitsOutsideMac,
                          int accumulatorWriteBits, int outputWriteBits, int bitsPerPe) {
    /** Flags travelling with an os activation: valid, beat, first, last ({@code ActPort} in the RTL). */
    public static final int OS_ACTIVATION_FLAGS = 4;
    /** Flags travelling with the streamed operand of a stationary PE: valid, first ({@code StreamPort} in the RTL). */
    public static final int STATIONARY_STREAM_FLAGS = 2;
}
