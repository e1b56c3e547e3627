package dintsim.sim.cost;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.PeRegisters;
import dintsim.sim.mem.BufferConfig;
import dintsim.sim.mem.MemoryConfig;
import dintsim.sim.mem.MemoryStats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns event counts into energy by component (pJ) and the configuration into area by component
 * (um^2), with a {@link CostTable}. Dynamic energy only: every counted event times its cost.
 * SRAM energy is per 64 bits moved at the bank size of the buffer; DRAM per 64-bit access.
 */
public final class EnergyModel {
    private final CostTable costs;

    public EnergyModel(CostTable costs) {
        this.costs = costs;
    }

    /** Energy in pJ by component, in a fixed order: mac.zero, mac.special, mac.normal, registers, sram.*, dram. */
    public Map<String, Double> energy(MacDesign design, ArrayStats array, MemoryStats memory, MemoryConfig config) {
        Map<String, Double> e = new LinkedHashMap<>();
        MacCost mac = costs.macCost(design);
        for (MacKind k : MacKind.values()) {
            e.put("mac." + k.label(), array.ops(k) * mac.energy(k).value());
        }
        e.put("registers", registerBits(design, array) * costs.registerEnergyPerBit());
        int aBits = design.activationFormat().bits();
        int wBits = design.weightFormat().bits();
        int accBits = design.accumulator().width();
        e.put("sram.input", sram(config.input(), array.group().get("sram.input.reads") * aBits, memory.inputFillBytes() * 8));
        e.put("sram.weight", sram(config.weight(), array.group().get("sram.weight.reads") * wBits, memory.weightFillBytes() * 8));
        e.put("sram.output", sram(config.output(),
                array.group().get("sram.output.reads") * accBits + memory.outputDrainBytes() * 8,
                array.group().get("sram.output.writes") * accBits));
        e.put("dram", (memory.dramReadBytes() + memory.dramWriteBytes()) / 8.0 * costs.dramAccess64());
        return e;
    }

    /**
     * Register bits written outside the MAC units. A MAC's entry already holds its accumulator and
     * overflow-flag write (clock and data toggles, measured), so a partial-sum write charges here
     * only the PE's own flags, plus the accumulator width for writes no MAC made (ws slots passing
     * idle PEs: {@code reg.psum} counts every stream slot, the MAC counters only real MACs). The
     * os output register is written once per output ({@code sram.output.writes}).
     */
    static long registerBits(MacDesign design, ArrayStats array) {
        PeRegisters pe = array.shape().dataflow().registers(design, array.shape().overlap());
        long psumWrites = array.group().get("reg.psum");
        long psumWritesWithoutMac = Math.max(0, psumWrites - array.totalOps());
        return array.group().get("reg.activation") * pe.activationWriteBits()
                + array.group().get("reg.weight") * pe.weightWriteBits()
                + psumWrites * pe.psumWriteBitsOutsideMac()
                + psumWritesWithoutMac * pe.accumulatorWriteBits()
                + array.group().get("sram.output.writes") * pe.outputWriteBits();
    }

    private double sram(BufferConfig buffer, long readBits, long writeBits) {
        return readBits / 64.0 * costs.sramRead64(buffer.bankBytes()) + writeBits / 64.0 * costs.sramWrite64(buffer.bankBytes());
    }

    /** Area in um^2 by component: MACs, PE registers, and the three buffers. */
    public Map<String, Double> area(MacDesign design, ArrayShape shape, MemoryConfig config) {
        Map<String, Double> a = new LinkedHashMap<>();
        int pes = shape.peCount();
        // The MAC entry's area is the synthesized MAC with its accumulator and overflow flag; the
        // register entry charges only the PE's other flip-flops (PeRegisters).
        int regBitsPerPe = shape.dataflow().registers(design, shape.overlap()).bitsPerPe();
        a.put("array.mac", pes * costs.macArea(design));
        a.put("array.registers", (double) pes * regBitsPerPe * costs.registerAreaPerBit());
        a.put("sram.input", config.input().sizeBytes() * 8.0 * costs.sramAreaPerBit());
        a.put("sram.weight", config.weight().sizeBytes() * 8.0 * costs.sramAreaPerBit());
        a.put("sram.output", config.output().sizeBytes() * 8.0 * costs.sramAreaPerBit());
        return a;
    }
}
