package dintsim.rtl.power;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.emit.ArrayEdges;
import dintsim.rtl.gen.MacPlan;
import dintsim.rtl.synth.CellLibrary;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drives a gate-level stationary array ({@code StationaryArray}, ws or is: rtl/docs/RTL.md, the
 * ports array_tb.cpp drives) through one GEMM on the fold schedule of sim/docs/TIMING.md, checks
 * every value leaving the bottom row against the golden fold-by-fold partial sums and the final
 * outputs against {@link GoldenGemm}, checks the cycle of the last output against the schedule,
 * and turns the toggles into energy per MAC.
 *
 * <p>The stimulus is open loop: array_tb.cpp feeds a continuing fold the partial sums the array
 * wrote earlier; here they are the golden ones, which the check proves equal to what the netlist
 * wrote. Two reset cycles come first and are not counted.
 */
public final class ArrayActivity {
    private static final int RESET_CYCLES = 2;

    private final CellLibrary library;
    private final Pattern multiplierInstances;

    public ArrayActivity(CellLibrary library, Pattern multiplierInstances) {
        this.library = library;
        this.multiplierInstances = multiplierInstances;
    }

    /** Energy per MAC of {@code array} (built from {@code config} and {@code gemm.design()}) on {@code gemm}. */
    public ArrayEnergy measure(GateLevelModel array, ArrayConfig config, ArrayGemm gemm) {
        ArrayEdges edges = ArrayEdges.of(config.dataflow());
        if (!edges.stationary()) {
            throw new IllegalArgumentException("array energy: dataflow " + config.dataflow().label()
                    + " is output-stationary; the gate-level array run drives the stationary array (ws, is)");
        }
        MacDesign design = gemm.design();
        if (!design.weightFormat().equals(gemm.weights().format())
                || !design.activationFormat().equals(gemm.activations().format())) {
            throw new IllegalArgumentException(gemm.source() + ": operands are " + gemm.weights().format().name() + " x "
                    + gemm.activations().format().name() + ", the array is " + design.name());
        }
        Schedule s = new Schedule(config, edges, gemm);
        ActivityRun run = array.run(s.stimulus(array));
        long lastWrite = s.check(array, run);
        long cycles = lastWrite + 1;
        if (cycles != s.schedule.totalCycles()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: gate-level %s array wrote its last output at "
                    + "cycle %d, TIMING.md's schedule says %d", array.netlist().source(), config.tag(), lastWrite,
                    s.schedule.totalCycles() - 1));
        }
        double switchingFj = 0;
        for (long t = 0; t < cycles; t++) {
            switchingFj += run.cycleEnergyFj()[(int) t + RESET_CYCLES];
        }
        double clockFj = array.energies().clockFjPerCycle() * cycles;
        EnergySplit split = EnergySplit.of(array, library, multiplierInstances, run);
        return new ArrayEnergy(design.name(), config, gemm.source(), gemm.macs(), cycles, (switchingFj + clockFj) / 1000,
                clockFj / 1000, split);
    }

    /** The fold schedule of one GEMM on one array and the golden values of every fold's outputs. */
    private static final class Schedule {
        final ArrayConfig config;
        final FoldSchedule schedule;
        final CodeMatrix left;
        final CodeMatrix top;
        final boolean leftIsActivation;
        final MacPlan plan;
        final AccumulatorSpec acc;
        final int r;
        final int c;
        final int k;
        final int t;
        final int folds;
        final int strideL;
        final int strideP;
        final int bitsL;
        final int bitsP;
        /** Per fold, slot and column: the partial sum entering the top, the one leaving the bottom, its overflow. */
        final long[][] psumIn;
        final long[][] psumOut;
        final boolean[][] ovfIn;
        final boolean[][] ovfOut;
        final ArrayGemm gemm;

        Schedule(ArrayConfig config, ArrayEdges edges, ArrayGemm gemm) {
            this.config = config;
            this.gemm = gemm;
            CodeMatrix a = gemm.activations();
            CodeMatrix w = gemm.weights();
            int n = w.rows();
            schedule = new FoldSchedule(config.shape(), new GemmShape(a.rows(), a.cols(), n));
            left = ArrayEdges.matrix(edges.left(), a, w);
            top = ArrayEdges.matrix(edges.top(), a, w);
            leftIsActivation = left == a;
            plan = new MacPlan(gemm.design());
            acc = plan.accumulator();
            r = config.rows();
            c = config.cols();
            k = a.cols();
            t = schedule.streamLength();
            folds = schedule.folds();
            strideL = ArrayEdges.outputStride(edges.left(), n);
            strideP = ArrayEdges.outputStride(edges.top(), n);
            bitsL = ArrayEdges.bits(edges.left(), plan);
            bitsP = ArrayEdges.bits(edges.top(), plan);
            psumIn = new long[folds][t * c];
            psumOut = new long[folds][t * c];
            ovfIn = new boolean[folds][t * c];
            ovfOut = new boolean[folds][t * c];
            golden(a.rows() * n);
        }

        /** Each fold in order, each column's partial sum down the R PE rows, as the hardware adds it. */
        private void golden(int outputs) {
            long[] obuf = new long[outputs];
            boolean[] oovf = new boolean[outputs];
            for (int f = 0; f < folds; f++) {
                boolean continues = !config.dataflow().startsOutputTile(schedule, f);
                for (int x = 0; x < t; x++) {
                    for (int col = 0; col < c; col++) {
                        int j = schedule.colTile(f) * c + col;
                        boolean real = j < top.rows();
                        int o = x * c + col;
                        long sum = continues && real ? obuf[x * strideL + j * strideP] : 0;
                        boolean ovf = continues && real && oovf[x * strideL + j * strideP];
                        psumIn[f][o] = sum;
                        ovfIn[f][o] = ovf;
                        for (int row = 0; row < r && real; row++) {
                            int kk = schedule.rowTile(f) * r + row;
                            if (kk < k) {
                                long exact = sum + product(left.code(x, kk), top.code(j, kk));
                                ovf |= !acc.fits(exact);
                                sum = acc.wrap(exact);
                            }
                        }
                        psumOut[f][o] = sum;
                        ovfOut[f][o] = ovf;
                        if (real) {
                            obuf[x * strideL + j * strideP] = sum;
                            oovf[x * strideL + j * strideP] = ovf;
                        }
                    }
                }
            }
            GemmResult golden = GoldenGemm.multiply(gemm.design(), gemm.activations(), gemm.weights());
            for (int i = 0; i < outputs; i++) {
                if (golden.values()[i] != obuf[i] || oovf[i]) {
                    throw new IllegalStateException(gemm.source() + ": the array's partial sums of output " + i + " add up to "
                            + obuf[i] + (oovf[i] ? " (overflowed)" : "") + ", the golden GEMM says " + golden.values()[i]);
                }
            }
        }

        private long product(int leftCode, int topCode) {
            return leftIsActivation ? plan.product(topCode, leftCode) : plan.product(leftCode, topCode);
        }

        /**
         * Reset cycles, then the schedule's cycles (TIMING.md's total, the last output's write
         * included): a netlist that is late leaves outputs missing, which {@link #check} reports.
         */
        long[][] stimulus(GateLevelModel array) {
            int reset = array.inputIndex("reset");
            int streamIn = array.inputIndex("streamIn");
            int streamValid = array.inputIndex("streamValid");
            int streamFirst = array.inputIndex("streamFirst");
            int heldIn = array.inputIndex("heldIn");
            int heldValid = array.inputIndex("heldValid");
            int preload = array.inputIndex("preload");
            int psum = array.inputIndex("psumIn");
            int psumValid = array.inputIndex("psumInValid");
            int psumOvf = array.inputIndex("psumInOvf");
            int accW = acc.width();
            if (array.inputs().get(psum).portWidth() != c * accW || array.inputs().get(streamIn).portWidth() != r * bitsL) {
                throw new IllegalArgumentException(array.netlist().source() + ": ports do not match a " + config.tag()
                        + " array of " + gemm.design().name());
            }
            int cycles = Math.toIntExact(schedule.totalCycles());
            long[][] rows = new long[RESET_CYCLES + cycles][array.inputs().size()];
            for (int i = 0; i < RESET_CYCLES; i++) {
                rows[i][reset] = 1;
            }
            int sf = 0;
            int pf = 0;
            for (int cyc = 0; cyc < cycles; cyc++) {
                long[] row = rows[RESET_CYCLES + cyc];
                while (sf < folds && cyc >= schedule.base(sf) + t) {
                    sf++;
                }
                while (pf < folds && cyc >= schedule.preloadStart(pf) + r) {
                    pf++;
                }
                if (pf < folds && cyc >= schedule.preloadStart(pf)) {
                    // Preload: R cycles, one row of held codes a cycle, the bottom PE row's first.
                    int kk = schedule.rowTile(pf) * r + (r - 1 - (int) (cyc - schedule.preloadStart(pf)));
                    for (int col = 0; col < c; col++) {
                        int j = schedule.colTile(pf) * c + col;
                        boolean data = j < top.rows() && kk < k;
                        PortLanes.put(row, heldIn, col * bitsP, bitsP, data ? top.code(j, kk) : 0);
                        PortLanes.put(row, heldValid, col, 1, data ? 1 : 0);
                    }
                    row[preload] = 1;
                }
                if (sf < folds && cyc >= schedule.base(sf)) {
                    int x = (int) (cyc - schedule.base(sf));
                    for (int rr = 0; rr < r; rr++) {
                        int kk = schedule.rowTile(sf) * r + rr;
                        PortLanes.put(row, streamIn, rr * bitsL, bitsL, kk < k ? left.code(x, kk) : 0);
                        PortLanes.put(row, streamValid, rr, 1, kk < k ? 1 : 0);
                        PortLanes.put(row, streamFirst, rr, 1, x == 0 ? 1 : 0);
                    }
                    for (int col = 0; col < c; col++) {
                        PortLanes.put(row, psum, col * accW, accW, psumIn[sf][x * c + col]);
                        PortLanes.put(row, psumOvf, col, 1, ovfIn[sf][x * c + col] ? 1 : 0);
                        PortLanes.put(row, psumValid, col, 1, 1);
                    }
                }
            }
            return rows;
        }

        /**
         * Checks every output against the golden fold values (column e's n-th output is slot n % T
         * of fold n / T); returns the cycle of the last output.
         */
        long check(GateLevelModel array, ActivityRun run) {
            int value = array.outputIndex("psumOut");
            int valid = array.outputIndex("psumOutValid");
            int ovf = array.outputIndex("psumOutOvf");
            int accW = acc.width();
            long[] seen = new long[c];
            long received = 0;
            long lastWrite = -1;
            for (int cyc = 0; cyc + RESET_CYCLES < run.outputs().length; cyc++) {
                long[] row = run.outputs()[cyc + RESET_CYCLES];
                for (int e = 0; e < c; e++) {
                    if (PortLanes.get(row, valid, e, 1) == 0) {
                        continue;
                    }
                    long nth = seen[e]++;
                    int f = (int) (nth / t);
                    int x = (int) (nth % t);
                    String where = String.format(Locale.ROOT, "%s: gate-level %s array of %s, cycle %d, column %d (fold %d, "
                            + "slot %d, %s)", array.netlist().source(), config.tag(), gemm.design().name(), cyc, e, f, x,
                            gemm.source());
                    if (f >= folds) {
                        throw new IllegalStateException(where + ": more outputs than the schedule has folds");
                    }
                    long actual = acc.wrap(PortLanes.get(row, value, e * accW, accW));
                    boolean actualOvf = PortLanes.get(row, ovf, e, 1) != 0;
                    if (actual != psumOut[f][x * c + e] || actualOvf != ovfOut[f][x * c + e]) {
                        throw new IllegalStateException(where + ": netlist partial sum " + actual + (actualOvf ? " (overflow)" : "")
                                + ", golden " + psumOut[f][x * c + e] + (ovfOut[f][x * c + e] ? " (overflow)" : ""));
                    }
                    received++;
                    lastWrite = cyc;
                }
            }
            long expected = (long) folds * t * c;
            if (received != expected) {
                throw new IllegalStateException(array.netlist().source() + ": gate-level " + config.tag() + " array wrote "
                        + received + " outputs in " + (run.outputs().length - RESET_CYCLES) + " cycles, the schedule expects "
                        + expected);
            }
            return lastWrite;
        }
    }
}
