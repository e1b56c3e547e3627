package dintsim.sim.cost;

import dintsim.models.mac.MacDesign;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.mac.MacKind;
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
        for (int k = 0; k < MacKind.COUNT; k++) {
            e.put("mac." + MacKind.NAMES[k], array.ops(k) * costs.macEnergy(design.name(), k));
        }
        long regBits = array.group().get("reg.activation") * design.activationFormat().bits()
                + array.group().get("reg.weight") * design.weightFormat().bits()
                + array.group().get("reg.psum") * design.accumulator().width();
        e.put("registers", regBits * costs.registerEnergyPerBit());
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

    private double sram(BufferConfig buffer, long readBits, long writeBits) {
        return readBits / 64.0 * costs.sramRead64(buffer.bankBytes()) + writeBits / 64.0 * costs.sramWrite64(buffer.bankBytes());
    }

    /** Area in um^2 by component: MACs, PE registers, and the three buffers. */
    public Map<String, Double> area(MacDesign design, ArrayShape shape, MemoryConfig config) {
        Map<String, Double> a = new LinkedHashMap<>();
        int pes = shape.peCount();
        int wBits = design.weightFormat().bits();
        int regBitsPerPe = shape.dataflow() == Dataflow.WS
                ? design.activationFormat().bits() + design.accumulator().width() + 2 * wBits
                : design.activationFormat().bits() + design.accumulator().width() + wBits;
        a.put("array.mac", pes * costs.macArea(design.name()));
        a.put("array.registers", (double) pes * regBitsPerPe * costs.registerAreaPerBit());
        a.put("sram.input", config.input().sizeBytes() * 8.0 * costs.sramAreaPerBit());
        a.put("sram.weight", config.weight().sizeBytes() * 8.0 * costs.sramAreaPerBit());
        a.put("sram.output", config.output().sizeBytes() * 8.0 * costs.sramAreaPerBit());
        return a;
    }
}
