package uk.sufficiency.engine.projection.lac;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Summary of one quantity across simulations: mean and the 2.5, 10, 50, 90 and 97.5 percentiles
 * (so 80 % and 95 % central intervals), by linear interpolation between order statistics (R type 7).
 */
public record Distribution(double mean, double p2_5, double p10, double p50, double p90, double p97_5) {

    public static Distribution of(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        return new Distribution(sum / values.length, percentile.evaluate(2.5), percentile.evaluate(10),
                percentile.evaluate(50), percentile.evaluate(90), percentile.evaluate(97.5));
    }

    public boolean within80(double value) {
        return value >= p10 && value <= p90;
    }

    public boolean within95(double value) {
        return value >= p2_5 && value <= p97_5;
    }
}
