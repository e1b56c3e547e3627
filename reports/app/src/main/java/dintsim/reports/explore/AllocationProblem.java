package dintsim.reports.explore;

import java.util.List;

/**
 * Choose one option per layer to minimise the sum of the chosen options' objective values, with
 * the sum of each budget's chosen costs at most its limit. Every number is an integer (the caller
 * states its unit), so the optimum is exact and the same for any exact solver.
 *
 * @param objective [layer][option] value to minimise
 * @param budgets   additive constraints, each [layer][option] costs and a limit
 */
public record AllocationProblem(long[][] objective, List<Budget> budgets) {
    public AllocationProblem {
        if (objective.length == 0) {
            throw new IllegalArgumentException("allocation: no layers");
        }
        int options = objective[0].length;
        if (options == 0) {
            throw new IllegalArgumentException("allocation: no options");
        }
        for (long[] row : objective) {
            if (row.length != options) {
                throw new IllegalArgumentException("allocation: every layer needs " + options + " options");
            }
        }
        for (Budget b : budgets) {
            if (b.cost().length != objective.length || b.cost()[0].length != options) {
                throw new IllegalArgumentException("budget " + b.name() + ": costs are not " + objective.length + " x " + options);
            }
        }
        budgets = List.copyOf(budgets);
    }

    public int layers() {
        return objective.length;
    }

    public int options() {
        return objective[0].length;
    }

    /** The objective of an allocation (option per layer). */
    public long objectiveOf(int[] choice) {
        return sum(objective, choice);
    }

    /** Whether an allocation keeps every budget. */
    public boolean feasible(int[] choice) {
        return budgets.stream().allMatch(b -> sum(b.cost(), choice) <= b.limit());
    }

    static long sum(long[][] values, int[] choice) {
        long s = 0;
        for (int i = 0; i < choice.length; i++) {
            s = Math.addExact(s, values[i][choice[i]]);
        }
        return s;
    }

    /**
     * An additive budget: sum over layers of cost[layer][chosen option] at most {@code limit}.
     *
     * @param name what it bounds, for messages (e.g. "energy")
     */
    public record Budget(String name, long[][] cost, long limit) {
    }
}
