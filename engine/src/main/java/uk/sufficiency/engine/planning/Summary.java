package uk.sufficiency.engine.planning;

import java.util.Arrays;

/**
 * Mean and quantiles of a figure across the demand simulations: the 80% interval is p10-p90 and
 * the 95% interval p2.5-p97.5 (quantiles interpolate linearly between order statistics, R type 7).
 */
public record Summary(double mean, double p2_5, double p10, double p50, double p90, double p97_5) {

    public static Summary of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Summary(sum / sorted.length, quantile(sorted, 0.025), quantile(sorted, 0.10),
                quantile(sorted, 0.50), quantile(sorted, 0.90), quantile(sorted, 0.975));
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
