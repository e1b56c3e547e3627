package dintsim.reports.explore;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.Optional;

/**
 * Solves an {@link AllocationProblem} exactly with OR-Tools CP-SAT: one Boolean per layer and
 * option, exactly one per layer, each budget a linear constraint, the objective linear. CP-SAT
 * works in integers and proves optimality, so the answer is the exact optimum. One search worker
 * and a fixed seed make it deterministic (the same optimum of several is returned every run).
 */
public final class CpSatAllocator {
    private CpSatAllocator() {
    }

    /** The optimum, or empty when no allocation keeps every budget. */
    public static Optional<Allocation> solve(AllocationProblem problem) {
        NativeLibraries.load();
        CpModel model = new CpModel();
        int n = problem.layers();
        int m = problem.options();
        BoolVar[] x = new BoolVar[n * m];
        for (int i = 0; i < n; i++) {
            BoolVar[] row = new BoolVar[m];
            for (int j = 0; j < m; j++) {
                row[j] = model.newBoolVar("x_" + i + "_" + j);
                x[i * m + j] = row[j];
            }
            model.addExactlyOne(row);
        }
        for (AllocationProblem.Budget b : problem.budgets()) {
            model.addLessOrEqual(LinearExpr.weightedSum(x, flatten(b.cost())), b.limit());
        }
        model.minimize(LinearExpr.weightedSum(x, flatten(problem.objective())));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return Optional.empty();
        }
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT ended with status " + status + " (not proven optimal)");
        }
        int[] choice = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (solver.booleanValue(x[i * m + j])) {
                    choice[i] = j;
                }
            }
        }
        return Optional.of(new Allocation(choice, problem.objectiveOf(choice)));
    }

    private static long[] flatten(long[][] a) {
        int m = a[0].length;
        long[] out = new long[a.length * m];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, out, i * m, m);
        }
        return out;
    }

    /** OR-Tools' native library, loaded once from its Maven jar. */
    private static final class NativeLibraries {
        private static boolean loaded;

        static synchronized void load() {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }
}
