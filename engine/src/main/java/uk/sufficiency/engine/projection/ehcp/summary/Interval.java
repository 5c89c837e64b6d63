package uk.sufficiency.engine.projection.ehcp.summary;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Summary of one quantity across simulations: mean, median and the central 80% and 95% intervals
 * (10th-90th and 2.5th-97.5th percentiles, R type 7 interpolation).
 */
public record Interval(double mean, double median, double low95, double high95, double low80, double high80) {

    public static Interval of(double[] values) {
        if (values.length == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return new Interval(sum / values.length, percentile.evaluate(50), percentile.evaluate(2.5),
                percentile.evaluate(97.5), percentile.evaluate(10), percentile.evaluate(90));
    }

    /** A known value: every statistic equal to it. */
    public static Interval exactly(double value) {
        return new Interval(value, value, value, value, value, value);
    }

    public boolean within95(double value) {
        return value >= low95 && value <= high95;
    }

    public boolean within80(double value) {
        return value >= low80 && value <= high80;
    }
}
