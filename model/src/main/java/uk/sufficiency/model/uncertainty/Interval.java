package uk.sufficiency.model.uncertainty;

import java.util.Arrays;
import java.util.List;

/**
 * The one summary of an uncertain quantity used everywhere (forecasts, projections, plans): mean,
 * median and the central 80% and 95% intervals, written with the same column names in every table.
 * From draws, the percentiles are R's type 7 (linear interpolation between order statistics), as
 * in R's {@code quantile} default.
 *
 * @param lower80 10th percentile
 * @param upper80 90th percentile
 * @param lower95 2.5th percentile
 * @param upper95 97.5th percentile
 */
public record Interval(double mean, double median, double lower80, double upper80, double lower95, double upper95) {

    /** Column names, in the order of {@link #cells()}. */
    public static final List<String> COLUMNS = List.of("mean", "median", "lower_80", "upper_80", "lower_95", "upper_95");

    /** Column names with a prefix and/or unit suffix: {@code columns("cost", "_gbp")} gives {@code cost_mean_gbp, ...}. */
    public static List<String> columns(String prefix, String unitSuffix) {
        String p = prefix == null || prefix.isEmpty() ? "" : prefix + "_";
        String u = unitSuffix == null ? "" : unitSuffix;
        return COLUMNS.stream().map(c -> p + c + u).toList();
    }

    /** Summarises simulation draws (any order; the array is not changed). */
    public static Interval of(double[] draws) {
        if (draws.length == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Interval(sum / sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.10),
                quantile(sorted, 0.90), quantile(sorted, 0.025), quantile(sorted, 0.975));
    }

    /** A known value: every statistic equal to it. */
    public static Interval exactly(double value) {
        return new Interval(value, value, value, value, value, value);
    }

    /** R type 7 quantile of sorted values: h = (n - 1) p, interpolating between floor(h) and ceil(h). */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public boolean within80(double value) {
        return value >= lower80 && value <= upper80;
    }

    public boolean within95(double value) {
        return value >= lower95 && value <= upper95;
    }

    /** Width of the 95% interval relative to the median (0 when the median is 0). */
    public double relativeWidth95() {
        return median == 0 ? 0 : (upper95 - lower95) / Math.abs(median);
    }

    /** The same summary scaled (e.g. a count times a unit cost). */
    public Interval times(double factor) {
        return factor >= 0
                ? new Interval(mean * factor, median * factor, lower80 * factor, upper80 * factor, lower95 * factor, upper95 * factor)
                : new Interval(mean * factor, median * factor, upper80 * factor, lower80 * factor, upper95 * factor, lower95 * factor);
    }

    /** Table cells in the order of {@link #COLUMNS}. */
    public List<Object> cells() {
        return List.of(mean, median, lower80, upper80, lower95, upper95);
    }
}
