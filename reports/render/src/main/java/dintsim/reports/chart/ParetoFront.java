package dintsim.reports.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The points no other point beats on both axes: lower cost AND higher quality. */
public final class ParetoFront {
    private ParetoFront() {
    }

    /**
     * The non-dominated points, by ascending cost. A point is dominated when another has cost
     * <= its cost and quality >= its quality, one of them strictly.
     */
    public static <T> List<T> of(List<T> points, ToDoubleFunction<T> cost, ToDoubleFunction<T> quality) {
        List<T> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(cost).thenComparing(Comparator.comparingDouble(quality).reversed()));
        List<T> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (T p : sorted) {
            if (quality.applyAsDouble(p) > best) {
                front.add(p);
                best = quality.applyAsDouble(p);
            }
        }
        return front;
    }
}
