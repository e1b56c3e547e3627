package dintsim.sim.mem;

import dintsim.sim.stats.StatGroup;

/** What the memory system counts, declared once (TIMING.md, "System level"). */
public final class MemoryStats {
    private final StatGroup group = new StatGroup("memory");
    final StatGroup.Counter systemCycles;
    final StatGroup.Counter stallCycles;
    final StatGroup.Counter sramStallCycles;
    final StatGroup.Counter dramReadBytes;
    final StatGroup.Counter dramWriteBytes;
    final StatGroup.Counter dramBusyCycles;
    final StatGroup.Counter inputFillBytes;
    final StatGroup.Counter weightFillBytes;
    final StatGroup.Counter outputDrainBytes;

    public MemoryStats() {
        systemCycles = group.counter("systemCycles", "cycles", "cycles until the last output is written to DRAM, with memory stalls");
        stallCycles = group.counter("stallCycles", "cycles", "systemCycles - array cycles: whole-array gaps plus the final write-back");
        sramStallCycles = group.counter("sramStallCycles", "cycles", "part of the gaps caused by SRAM bandwidth");
        dramReadBytes = group.counter("dram.readBytes", "bytes", "bytes read from DRAM (tile loads)");
        dramWriteBytes = group.counter("dram.writeBytes", "bytes", "bytes written to DRAM (outputs)");
        dramBusyCycles = group.counter("dram.busyCycles", "cycles", "cycles the DRAM channel was transferring");
        inputFillBytes = group.counter("sram.input.fillBytes", "bytes", "bytes written into the input buffer from DRAM");
        weightFillBytes = group.counter("sram.weight.fillBytes", "bytes", "bytes written into the weight buffer from DRAM");
        outputDrainBytes = group.counter("sram.output.drainBytes", "bytes", "bytes read from the output buffer for write-back");
        group.derived("dram.reads", "64-bit accesses", "DRAM read accesses", g -> Math.ceil(g.get("dram.readBytes") / 8.0));
        group.derived("dram.writes", "64-bit accesses", "DRAM write accesses", g -> Math.ceil(g.get("dram.writeBytes") / 8.0));
    }

    public StatGroup group() {
        return group;
    }

    public long systemCycles() {
        return systemCycles.value();
    }

    public long stallCycles() {
        return stallCycles.value();
    }

    public long dramReadBytes() {
        return dramReadBytes.value();
    }

    public long dramWriteBytes() {
        return dramWriteBytes.value();
    }

    public long inputFillBytes() {
        return inputFillBytes.value();
    }

    public long weightFillBytes() {
        return weightFillBytes.value();
    }

    public long outputDrainBytes() {
        return outputDrainBytes.value();
    }
}
