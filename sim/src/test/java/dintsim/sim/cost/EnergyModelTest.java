package dintsim.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.models.mac.MacKind;
import dintsim.sim.mem.BufferConfig;
import dintsim.sim.mem.MemoryConfig;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each physical register is charged once: the measured MAC entry covers the MAC unit with its
 * accumulator and overflow flag (rtl MacTop), the register entry only the PE's other flip-flops
 * (rtl StationaryPe / OsPe). Expected figures are recomputed here from the counts and the register widths
 * read off the RTL, independently of {@link dintsim.sim.hw.array.PeRegisters}.
 */
class EnergyModelTest {
    private static final String DESIGN = "dint4xint8";
    private static final int A_BITS = 8;     // int8 activation code
    private static final int W_BITS = 4;     // dint4 weight code
    private static final int ACT_FLAGS = 4;  // os ActPort: valid, beat, first, last
    private static final int STREAM_FLAGS = 2; // ws/is StreamPort: valid, first
    private static final CostTable COSTS = CostTable.defaults();

    /** 9 x 40 x 11 on 8 x 8: the second n-tile uses 3 of 8 columns, so ws slots pass idle PEs. */
    private static final LayerTrace TRACE = SampleTraces.random(DESIGN, 9, 40, 11, 3);

    private static SimResult run(Dataflow df, boolean overlap) {
        return Simulator.run(TRACE, ArchConfig.defaults().withArray(new ArrayShape(8, 8, df, overlap)), Fidelity.FAST);
    }

    private static long count(SimResult r, String counter) {
        return r.array().group().get(counter);
    }

    /** Register bits outside the MAC unit written by the run, from the RTL's PE registers. */
    private static long expectedRegisterBits(SimResult r, Dataflow df, boolean overlap) {
        int acc = r.design().accumulator().width();
        // The streamed operand carries the four flags; a held (or os forwarded) weight only its valid bit.
        long bits = switch (df.label()) {
            case "ws" -> count(r, "reg.activation") * (A_BITS + STREAM_FLAGS) + count(r, "reg.weight") * (W_BITS + 1);
            case "is" -> count(r, "reg.activation") * (A_BITS + 1) + count(r, "reg.weight") * (W_BITS + STREAM_FLAGS);
            default -> count(r, "reg.activation") * (A_BITS + ACT_FLAGS) + count(r, "reg.weight") * (W_BITS + 1);
        };
        if (df != Dataflow.OS) {
            // psumOut.valid on every slot; value + overflow only where no MAC wrote them (idle PEs).
            bits += count(r, "reg.psum") + (count(r, "reg.psum") - r.macs()) * (acc + 1);
        } else {
            // out.valid, and the double-buffered output register (value + overflow), once per output.
            bits += count(r, "sram.output.writes") * (overlap ? acc + 2 : 1);
        }
        return bits;
    }

    private static double sram(BufferConfig b, long readBits, long writeBits) {
        return readBits / 64.0 * COSTS.sramRead64(b.bankBytes()) + writeBits / 64.0 * COSTS.sramWrite64(b.bankBytes());
    }

    @Test
    void energyIsMacEntriesPlusRegistersOutsideTheMacPlusMemory() {
        for (Dataflow df : Dataflow.all()) {
            for (boolean overlap : new boolean[] {true, false}) {
                String what = df + (overlap ? " double-buffered" : " no-overlap");
                SimResult r = run(df, overlap);
                int acc = r.design().accumulator().width();
                double mac = 0;
                for (MacKind k : MacKind.values()) {
                    mac += r.array().ops(k) * COSTS.macEnergy(r.design(), k);
                }
                double registers = expectedRegisterBits(r, df, overlap) * COSTS.registerEnergyPerBit();
                MemoryConfig m = r.arch().memory();
                double memory = sram(m.input(), count(r, "sram.input.reads") * A_BITS, r.memory().inputFillBytes() * 8)
                        + sram(m.weight(), count(r, "sram.weight.reads") * W_BITS, r.memory().weightFillBytes() * 8)
                        + sram(m.output(), count(r, "sram.output.reads") * acc + r.memory().outputDrainBytes() * 8,
                                count(r, "sram.output.writes") * acc)
                        + (r.memory().dramReadBytes() + r.memory().dramWriteBytes()) / 8.0 * COSTS.dramAccess64();
                assertEquals(registers, r.energyPj().get("registers"), 1e-9, what);
                assertEquals(mac + registers + memory, r.totalEnergyPj(), 1e-6, what);

                // The old double charge (every psum write at the accumulator width on top of the
                // MAC entries, whose measured energy already holds the accumulator's toggles) must differ.
                double doubled = (count(r, "reg.activation") * A_BITS + count(r, "reg.weight") * W_BITS
                        + count(r, "reg.psum") * acc) * COSTS.registerEnergyPerBit();
                assertNotEquals(doubled, r.energyPj().get("registers"), 1e-9, what);
                if (df != Dataflow.OS) {
                    assertTrue(count(r, "reg.psum") > r.macs(), "the ws/is trace must pass slots through idle PEs");
                } else {
                    assertEquals(r.macs(), count(r, "reg.psum"), "os: one accumulator write per MAC, all in the MAC entries");
                }
            }
        }
    }

    @Test
    void areaIsMacEntriesPlusThePesOtherFlipFlops() {
        double mac = 64 * COSTS.macArea(dintsim.models.mac.MacDesigns.standard(DESIGN));
        for (Dataflow df : Dataflow.all()) {
            for (boolean overlap : new boolean[] {true, false}) {
                String what = df + (overlap ? " double-buffered" : " no-overlap");
                SimResult r = run(df, overlap);
                int acc = r.design().accumulator().width();
                int act = A_BITS + ACT_FLAGS;
                int weight = W_BITS + 1;
                // ws: activation, active (+ shadow) weight, psum valid; os: activation, weight,
                // out.valid (+ held output and its overflow flag). The accumulator is in the MAC.
                // is: streamed weight (code + flags), held activation (+ shadow), psum valid.
                int bitsPerPe = switch (df.label()) {
                    case "ws" -> A_BITS + STREAM_FLAGS + (overlap ? 2 : 1) * weight + 1;
                    case "is" -> (W_BITS + STREAM_FLAGS) + (overlap ? 2 : 1) * (A_BITS + 1) + 1;
                    default -> act + weight + (overlap ? acc + 2 : 1);
                };
                Map<String, Double> area = r.areaUm2();
                assertEquals(mac, area.get("array.mac"), 1e-9, what);
                assertEquals(64.0 * bitsPerPe * COSTS.registerAreaPerBit(), area.get("array.registers"), 1e-9, what);
            }
        }
        // ws double-buffered: 21 flip-flops per PE besides the MAC unit (8 + 2 stream, 2 x 5 weight,
        // 1 psum valid), not 21 + the accumulator; a flip-flop is the library's DFFPOSX1 (96 um^2).
        assertEquals(64 * 21 * 96.0, run(Dataflow.WS, true).areaUm2().get("array.registers"), 1e-9);
    }
}
