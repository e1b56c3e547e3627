package dintsim.reports.explore;

import dintsim.sim.cost.CostTable;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.quantize.SensitivityStudy;

/**
 * What each layer costs in each setting on one architecture, measured by the simulator replaying
 * the layer's quantized trace (fast fidelity: the same cycle count and operation counts as the
 * cycle-accurate array) and charged with the cost table: total energy (MACs, registers, SRAM,
 * DRAM), system cycles (array and memory), and the area of the architecture built with that
 * setting's MAC design.
 */
public final class LayerCosts {
    private final double[][] energyPj;
    private final long[][] cycles;
    private final double[] areaUm2;
    private final double clockMhz;

    private LayerCosts(double[][] energyPj, long[][] cycles, double[] areaUm2, double clockMhz) {
        this.energyPj = energyPj;
        this.cycles = cycles;
        this.areaUm2 = areaUm2;
        this.clockMhz = clockMhz;
    }

    public static LayerCosts measure(SensitivityStudy study, ArchConfig arch, CostTable costs) {
        int n = study.layerNames().size();
        int m = study.settings().size();
        double[][] e = new double[n][m];
        long[][] c = new long[n][m];
        double[] area = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                SimResult r = Simulator.run(study.trace(i, j), arch, Fidelity.FAST, costs);
                e[i][j] = r.totalEnergyPj();
                c[i][j] = r.systemCycles();
                area[j] = r.totalAreaUm2();
            }
        }
        return new LayerCosts(e, c, area, arch.clockMhz());
    }

    public double energyPj(int layer, int setting) {
        return energyPj[layer][setting];
    }

    public long cycles(int layer, int setting) {
        return cycles[layer][setting];
    }

    /** Area of the architecture with setting {@code setting}'s MAC in every PE (array, buffers), um^2. */
    public double areaUm2(int setting) {
        return areaUm2[setting];
    }

    public double clockMhz() {
        return clockMhz;
    }

    public int layers() {
        return energyPj.length;
    }

    public int settings() {
        return areaUm2.length;
    }

    /** Total energy of an allocation, pJ. */
    public double energyPj(int[] choice) {
        double s = 0;
        for (int i = 0; i < choice.length; i++) {
            s += energyPj[i][choice[i]];
        }
        return s;
    }

    /** Total system cycles of an allocation (layers run one after another). */
    public long cycles(int[] choice) {
        long s = 0;
        for (int i = 0; i < choice.length; i++) {
            s += cycles[i][choice[i]];
        }
        return s;
    }

    /** Area the allocation's hardware needs: that of the largest MAC design it uses, um^2. */
    public double areaUm2(int[] choice) {
        double a = 0;
        for (int j : choice) {
            a = Math.max(a, areaUm2[j]);
        }
        return a;
    }
}
