package dintsim.rtl.cosim;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.emit.ArrayEdges;
import dintsim.rtl.verilator.ActivityFile;
import dintsim.rtl.verilator.ArrayResult;
import dintsim.rtl.verilator.ArrayRtl;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.CycleAccurateArray;
import dintsim.sim.hw.array.Operand;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.models.mac.MacKind;
import dintsim.models.mac.OverflowPolicy;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Co-simulation of one GEMM: the golden GEMM (values, overflowed outputs), the Java
 * cycle-accurate simulator (values, cycle count, MAC kinds) and the Verilated RTL must agree
 * exactly; the cycle counts must also equal TIMING.md's closed form.
 */
public final class ArrayCosim {
    private ArrayCosim() {
    }

    /**
     * @param activity activity file to write and cross-check (RTL MAC kinds per PE vs the
     *                 simulator's); needs {@code config.probes()}; null for none
     */
    public static CosimReport run(MacDesign design, ArrayConfig config, CodeMatrix activations, CodeMatrix weights,
                                  Path workDir, Path activity) {
        int m = activations.rows();
        int k = activations.cols();
        int n = weights.rows();
        String what = String.format(Locale.ROOT, "%s on %s %dx%d %s, M=%d K=%d N=%d", design.name(),
                config.dataflow().label(), config.rows(), config.cols(), config.doubleBuffered() ? "double-buffered" : "no-overlap",
                m, k, n);
        List<String> problems = new ArrayList<>();
        FoldSchedule schedule = new FoldSchedule(config.shape(), new GemmShape(m, k, n));

        GemmResult golden = null;
        String goldenError = null;
        try {
            golden = GoldenGemm.multiply(design, activations, weights);
        } catch (AccumulatorOverflowException e) {
            goldenError = e.getMessage();
            // An error-policy MAC wraps and raises a sticky flag (MacUnit.scala): the values are
            // still compared, against the golden GEMM with wrap-around, so EQUAL means compared.
            AccumulatorSpec acc = design.accumulator();
            golden = GoldenGemm.multiply(new MacDesign(design.weightFormat(), design.activationFormat(),
                    new AccumulatorSpec(acc.width(), acc.fractionBits(), OverflowPolicy.WRAP)), activations, weights);
            what += " [error policy: " + golden.overflowedOutputs() + " outputs overflow; values compared with wrap-around, "
                    + "as the RTL computes them]";
        }
        ArrayStats stats = new ArrayStats(config.shape());
        long simCycles = -1;
        int[] simValues = null;
        try {
            CycleAccurateArray sim = CycleAccurateArray.create(new ProductTable(design), schedule, activations, weights, stats);
            sim.run(new SimContext());
            simCycles = stats.cycles();
            simValues = sim.outputs();
        } catch (AccumulatorOverflowException e) {
            if (goldenError == null) {
                problems.add("Java simulator stopped on an overflow the golden GEMM did not see: " + e.getMessage());
            }
        }

        ArrayRtl rtl = ArrayRtl.of(design, config, workDir);
        ArrayResult r = rtl.run(activations, weights, workDir, activity);
        long mismatches = 0;
        if (golden != null) {
            for (int i = 0; i < golden.values().length; i++) {
                if (golden.values()[i] != r.values()[i]) {
                    if (mismatches == 0) {
                        problems.add(firstDivergence(config, schedule, i, n, golden.values()[i], r.values()[i], r.writeCycles()[i]));
                    }
                    mismatches++;
                }
            }
            if (mismatches > 0) {
                problems.add(mismatches + " of " + golden.values().length + " outputs differ from the golden GEMM");
            }
            if (golden.overflowedOutputs() != r.overflowedOutputs()) {
                problems.add("overflowed outputs: golden " + golden.overflowedOutputs() + ", rtl " + r.overflowedOutputs());
            }
            if (simValues != null && goldenError == null && !java.util.Arrays.equals(simValues, golden.values())) {
                problems.add("the Java simulator's outputs differ from the golden GEMM");
            }
        }
        if (goldenError != null && r.overflowedOutputs() == 0) {
            problems.add("golden GEMM stopped (" + goldenError + ") but the RTL flagged no overflowed output");
        }
        if (r.cycles() != schedule.totalCycles()) {
            problems.add("cycles: TIMING.md closed form " + schedule.totalCycles() + ", rtl " + r.cycles());
        }
        if (simCycles >= 0 && simCycles != r.cycles()) {
            problems.add("cycles: Java simulator " + simCycles + ", rtl " + r.cycles());
        }
        if (activity != null && simCycles >= 0) {
            checkMacKinds(ActivityFile.read(activity), stats, config, problems);
        }
        return new CosimReport(what, schedule.totalCycles(), simCycles, r.cycles(), (long) m * n, mismatches,
                r.overflowedOutputs(), List.copyOf(problems), r.seconds());
    }

    /** Where the first wrong output left the array: cycle, PE and the signal that carried it. */
    private static String firstDivergence(ArrayConfig config, FoldSchedule schedule, int index, int n, int expected,
                                          int got, long cycle) {
        int m = index / n;
        int col = index % n;
        ArrayEdges edges = ArrayEdges.of(config.dataflow());
        String pe;
        if (edges.stationary()) {
            // It left the bottom row of the column that held its row of the top operand.
            int j = edges.top() == Operand.ACTIVATION ? m : col;
            pe = String.format(Locale.ROOT, "PE(%d,%d) signal psumOut", config.rows() - 1, j % config.cols());
        } else {
            pe = String.format(Locale.ROOT, "PE(%d,%d) signal out", m % config.rows(), col % config.cols());
        }
        return String.format(Locale.ROOT, "first divergence: output [%d][%d] (index %d) written at cycle %d by %s: expected %d, got %d",
                m, col, index, cycle, pe, expected, got);
    }

    private static void checkMacKinds(ActivityFile act, ArrayStats stats, ArrayConfig config, List<String> problems) {
        long[] rtlKinds = act.macTotals();
        long[] simKinds = new long[MacKind.COUNT];
        for (MacKind k : MacKind.values()) {
            simKinds[k.ordinal()] = stats.ops(k);
        }
        if (!java.util.Arrays.equals(rtlKinds, simKinds)) {
            problems.add(String.format(Locale.ROOT, "MAC kinds (zero, special, normal): simulator %s, rtl %s",
                    java.util.Arrays.toString(simKinds), java.util.Arrays.toString(rtlKinds)));
        }
        long[] simPe = stats.peMacs();
        for (int i = 0; i < simPe.length; i++) {
            long rtlPe = act.macs(i / config.cols(), i % config.cols());
            if (rtlPe != simPe[i]) {
                problems.add(String.format(Locale.ROOT, "MACs of PE(%d,%d): simulator %d, rtl %d", i / config.cols(),
                        i % config.cols(), simPe[i], rtlPe));
                break;
            }
        }
    }
}
