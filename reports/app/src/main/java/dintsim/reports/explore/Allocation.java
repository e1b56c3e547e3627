package dintsim.reports.explore;

/**
 * An optimal allocation: the option chosen for each layer and the objective it reaches.
 *
 * @param choice    option index per layer
 * @param objective the problem's objective at {@code choice}
 */
public record Allocation(int[] choice, long objective) {
    public Allocation {
        choice = choice.clone();
    }

    @Override
    public int[] choice() {
        return choice.clone();
    }
}
