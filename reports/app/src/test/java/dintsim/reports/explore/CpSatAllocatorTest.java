package dintsim.reports.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** CP-SAT's allocation has exactly the optimum of exhaustive search, on random small instances. */
class CpSatAllocatorTest {

    @Test
    void equalsExhaustiveSearchOnRandomInstances() {
        int infeasible = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int layers = 2 + r.nextInt(5);
            int options = 2 + r.nextInt(3);
            AllocationProblem p = random(r, layers, options, 1 + r.nextInt(2));
            Optional<Allocation> solved = CpSatAllocator.solve(p);
            Optional<Long> best = exhaustive(p);
            assertEquals(best.isPresent(), solved.isPresent(), "seed " + seed);
            if (solved.isEmpty()) {
                infeasible++;
                continue;
            }
            assertTrue(p.feasible(solved.get().choice()), "seed " + seed);
            assertEquals(best.get(), solved.get().objective(), "seed " + seed);
            assertEquals(p.objectiveOf(solved.get().choice()), solved.get().objective());
        }
        assertTrue(infeasible < 40, "every instance was infeasible: the test would check nothing");
    }

    /** Losses may be negative; each budget's limit lies between its cheapest and dearest allocation. */
    private static AllocationProblem random(SplittableRandom r, int layers, int options, int budgets) {
        long[][] objective = new long[layers][options];
        for (long[] row : objective) {
            for (int j = 0; j < options; j++) {
                row[j] = r.nextLong(-1_000, 1_000_000);
            }
        }
        List<AllocationProblem.Budget> bs = new ArrayList<>();
        for (int b = 0; b < budgets; b++) {
            long[][] cost = new long[layers][options];
            long min = 0;
            long max = 0;
            for (long[] row : cost) {
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (int j = 0; j < options; j++) {
                    row[j] = r.nextLong(1, 1_000_000_000L);
                    lo = Math.min(lo, row[j]);
                    hi = Math.max(hi, row[j]);
                }
                min += lo;
                max += hi;
            }
            bs.add(new AllocationProblem.Budget("b" + b, cost, min + (long) (r.nextDouble() * 1.1 * (max - min)) - (max - min) / 20));
        }
        return new AllocationProblem(objective, bs);
    }

    /** The optimum over every allocation, or empty when none is feasible. */
    private static Optional<Long> exhaustive(AllocationProblem p) {
        int[] choice = new int[p.layers()];
        Long best = null;
        while (true) {
            if (p.feasible(choice)) {
                long v = p.objectiveOf(choice);
                best = best == null ? v : Math.min(best, v);
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == p.options()) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                return Optional.ofNullable(best);
            }
        }
    }
}
