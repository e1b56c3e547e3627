package dintsim.traces.stats;

import java.util.Arrays;

/**
 * Summary statistics of a set of positive scales.
 *
 * @param count  number of scales
 * @param min    smallest
 * @param median middle value (mean of the two middle ones for an even count)
 * @param mean   arithmetic mean
 * @param max    largest
 */
public record ScaleSummary(int count, double min, double median, double mean, double max) {
    public static ScaleSummary of(float[] scales) {
        if (scales.length == 0) {
            throw new IllegalArgumentException("no scales to summarise");
        }
        double[] s = new double[scales.length];
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = scales[i];
            sum += s[i];
        }
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        return new ScaleSummary(n, s[0], median, sum / n, s[n - 1]);
    }
}
