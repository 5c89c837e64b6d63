package uk.sufficiency.engine.forecast.interval;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The forecast error distribution per step, on the model's scale: the error at step {@code h} is
 * {@code scale[h-1]} times a Student's t variable with {@link #degreesOfFreedom()} degrees of
 * freedom (standard normal when infinite). The level-{@code L} interval is
 * {@code location +/- q scale[h-1]}, {@code q} the {@code (1 + L)/2} quantile.
 *
 * @param basis            where the scales came from
 * @param scale            error scale per step, on the model's scale (log for log methods)
 * @param degreesOfFreedom t degrees of freedom; {@code Double.POSITIVE_INFINITY} for the normal
 * @param evidence         number of out-of-sample errors the scales rest on (0 for parametric)
 * @param growth           fitted exponent {@code b} of {@code RMSE_h = a h^b} (NaN for parametric)
 */
public record Calibration(Basis basis, double[] scale, double degreesOfFreedom, int evidence, double growth) {

    /** Source of the calibration. */
    public enum Basis {
        /** Root mean square of the method's own backtest errors, by horizon. */
        BACKTEST,
        /** No backtest was possible: the model's standard deviations with a small-sample t quantile. */
        PARAMETRIC
    }

    public Calibration {
        scale = scale.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    public double scale(int stepIndex) {
        return scale[stepIndex];
    }

    private RealDistribution distribution() {
        return Double.isInfinite(degreesOfFreedom) ? new NormalDistribution(null, 0, 1)
                : new TDistribution(null, degreesOfFreedom);
    }

    /** Quantile {@code q} such that +/- q scales hold probability {@code level} in (0, 1). */
    public double quantile(double level) {
        // the t inverse is iterative and slow; the same few (df, level) pairs recur constantly
        return QUANTILES.computeIfAbsent(degreesOfFreedom + "/" + level,
                key -> distribution().inverseCumulativeProbability(0.5 + level / 2));
    }

    private static final java.util.Map<String, Double> QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Probability that the error at step index {@code stepIndex} is at most {@code error}. */
    public double cumulative(int stepIndex, double error) {
        if (!(scale[stepIndex] > 0)) {
            return error >= 0 ? 1 : 0; // no spread at all: the forecast is certain
        }
        return distribution().cumulativeProbability(error / scale[stepIndex]);
    }
}
