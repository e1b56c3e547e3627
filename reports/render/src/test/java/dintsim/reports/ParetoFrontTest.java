package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dintsim.reports.chart.ParetoFront;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {
    record P(String name, double cost, double quality) {
    }

    @Test
    void keepsOnlyNonDominatedPointsByAscendingCost() {
        P a = new P("a", 1, 10);
        P b = new P("b", 2, 12);
        P c = new P("c", 3, 11); // dominated by b
        P d = new P("d", 2, 9);  // dominated by a and b
        P e = new P("e", 5, 20);
        List<P> front = ParetoFront.of(List.of(e, d, c, b, a), P::cost, P::quality);
        assertEquals(List.of(a, b, e), front);
    }

    @Test
    void equalCostKeepsTheBetterOne() {
        P a = new P("a", 1, 10);
        P b = new P("b", 1, 11);
        assertEquals(List.of(b), ParetoFront.of(List.of(a, b), P::cost, P::quality));
    }
}
