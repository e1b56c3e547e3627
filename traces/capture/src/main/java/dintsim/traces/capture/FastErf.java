package dintsim.traces.capture;

/**
 * erf(x) to within 1.5e-7 (absolute), i.e. float precision, at the cost of one exp(): the
 * Abramowitz and Stegun 7.1.26 rational approximation. Commons Math's series-based Erf is exact
 * to double precision but about 20x slower, which dominated the forward pass (6 x 1536 GELUs per
 * token); the test checks this one against it.
 */
final class FastErf {

    static final double SQRT2 = Math.sqrt(2.0);
    private static final double P = 0.3275911;
    private static final double A1 = 0.254829592;
    private static final double A2 = -0.284496736;
    private static final double A3 = 1.421413741;
    private static final double A4 = -1.453152027;
    private static final double A5 = 1.061405429;

    private FastErf() {
    }

    static double erf(double x) {
        double ax = Math.abs(x);
        double t = 1.0 / (1.0 + P * ax);
        double poly = ((((A5 * t + A4) * t + A3) * t + A2) * t + A1) * t;
        double y = 1.0 - poly * Math.exp(-ax * ax);
        return x < 0 ? -y : y;
    }
}
