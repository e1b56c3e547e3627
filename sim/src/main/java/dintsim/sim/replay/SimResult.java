package dintsim.sim.replay;

import dintsim.models.mac.MacDesign;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.mem.MemoryStats;
import java.util.Map;

/**
 * Everything one layer's replay produced.
 *
 * @param layer        layer name
 * @param gemm         M x K x N
 * @param design       the MAC design (formats and accumulator)
 * @param arch         the architecture it ran on
 * @param fidelity     how the array was simulated
 * @param arrayCycles  cycles with ideal memory (what RTL co-simulation compares)
 * @param systemCycles cycles with memory stalls and the final write-back
 * @param array        the array's event counts and per-PE MACs
 * @param memory       the memory system's counts
 * @param energyPj     energy by component, pJ
 * @param areaUm2      area by component, um^2
 * @param outputs      M x N accumulator values (row-major), equal to the golden GEMM; null once
 *                     dropped ({@link #withoutOutputs()}) so that long runs keep only the figures
 * @param overflowedOutputs outputs whose accumulation overflowed the accumulator (saturated or
 *                     wrapped by its policy; the error policy throws instead)
 * @param wallSeconds  host time of the replay
 */
public record SimResult(String layer, GemmShape gemm, MacDesign design, ArchConfig arch, Fidelity fidelity,
                        long arrayCycles, long systemCycles, ArrayStats array, MemoryStats memory,
                        Map<String, Double> energyPj, Map<String, Double> areaUm2, int[] outputs, long overflowedOutputs,
                        double wallSeconds) {

    /** The same figures without the output tensor (M x N ints), for results kept after their layer. */
    public SimResult withoutOutputs() {
        return new SimResult(layer, gemm, design, arch, fidelity, arrayCycles, systemCycles, array, memory, energyPj, areaUm2,
                null, overflowedOutputs, wallSeconds);
    }

    public long macs() {
        return array.totalOps();
    }

    public double totalEnergyPj() {
        return energyPj.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double totalAreaUm2() {
        return areaUm2.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** MACs per array cycle (ideal memory). */
    public double macsPerCycle() {
        return arrayCycles == 0 ? 0 : macs() / (double) arrayCycles;
    }

    /** Tera-operations per second (2 per MAC) at the clock, over the system cycles. */
    public double tops() {
        return 2.0 * macs() * arch.clockMhz() * 1e6 / systemCycles / 1e12;
    }

    /** TOPS per watt = operations per pJ of dynamic energy. */
    public double topsPerWatt() {
        double e = totalEnergyPj();
        return e == 0 ? 0 : 2.0 * macs() / e;
    }

    /** Mean per-PE utilization over the array cycles. */
    public double utilization() {
        return array.group().derivedValue("utilization");
    }
}
