package uk.sufficiency.engine.forecast.interval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.sufficiency.engine.forecast.evaluation.OutcomeError;
import uk.sufficiency.engine.forecast.method.Transform;

/**
 * Calibrates prediction intervals from a method's rolling-origin errors on the series, pooled
 * across origins and horizons, with the tail width taken from errors pooled across many series
 * ({@link PooledSpread}).
 *
 * <p>Errors are on the log scale ({@code e = ln(actual / forecast)}) for a series whose values are
 * all positive, plain differences otherwise. For each step {@code h} with errors, {@code r_h} is
 * their root mean square; a curve {@code r_h = a h^b} is fitted by least squares on logs weighted
 * by the number of errors, with {@code b} held to [{@value #MIN_GROWTH}, {@value #MAX_GROWTH}] (1
 * when only one step has errors). The curve sets every step's scale, smoothing the few long-horizon
 * errors and reaching beyond them. The interval's t quantile and spread come from the pooled table
 * for the number of origins the errors came from. With no error yet (a series of 3 points), the
 * scale is the root mean square of the one-step changes (log changes for a positive series) times
 * {@code h}, with the table's widest entry.
 */
public final class IntervalCalibrator {

    public static final double MIN_GROWTH = 0.5;
    public static final double MAX_GROWTH = 1.0;

    /** Weight, in backtest origins, of the one-step-change scale the backtest scale is shrunk toward. */
    public static final double PRIOR_ORIGINS = 2;

    /** Error recorded on the log scale when a forecast or outcome is at or below zero (a factor of e^3). */
    static final double LOG_MISS = 3;

    private IntervalCalibrator() {
    }

    /** The error scale for a series: logs when every training value is positive. */
    public static Transform errorScale(double[] training) {
        for (double value : training) {
            if (!(value > 0)) {
                return Transform.IDENTITY;
            }
        }
        return Transform.LOG;
    }

    /**
     * @param errors   the method's forecasts whose outcomes are known (from earlier origins)
     * @param training the values the forecast being calibrated is made from
     * @param horizon  steps to calibrate
     */
    public static Calibration calibrate(List<OutcomeError> errors, double[] training, int horizon) {
        Transform transform = errorScale(training);
        int maxStep = errors.stream().mapToInt(OutcomeError::step).max().orElse(0);
        double[] sumSquares = new double[maxStep + 1];
        double[] counts = new double[maxStep + 1];
        Set<Integer> origins = new TreeSet<>();
        for (OutcomeError error : errors) {
            double e = error(transform, error);
            sumSquares[error.step()] += e * e;
            counts[error.step()]++;
            origins.add(error.origin());
        }
        double[] curve = curve(sumSquares, counts, horizon);
        if (curve == null) {
            return fallback(training, horizon, transform);
        }
        // shrink toward the one-step-change scale, worth PRIOR_ORIGINS origins of evidence: a scale
        // from one or two origins alone is mostly noise
        double[] prior = fallback(training, horizon, transform).scale();
        int evidence = origins.size();
        double[] scale = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            scale[i] = Math.sqrt((evidence * curve[i] * curve[i] + PRIOR_ORIGINS * prior[i] * prior[i])
                    / (evidence + PRIOR_ORIGINS));
        }
        PooledSpread.Entry entry = PooledSpread.forOrigins(evidence);
        return new Calibration(Calibration.Basis.BACKTEST, transform, scale, entry.degreesOfFreedom(), entry.spread(),
                errors.size(), evidence, growth(sumSquares, counts));
    }

    static double error(Transform transform, OutcomeError error) {
        if (transform == Transform.IDENTITY) {
            return error.actual() - error.forecast();
        }
        if (!(error.actual() > 0) || !(error.forecast() > 0)) {
            return LOG_MISS;
        }
        // a forecast off by more than a factor e^3 (about 20) counts as off by that factor: one wild
        // forecast from a near-zero point must not set the scale of every interval
        return Math.max(-LOG_MISS, Math.min(LOG_MISS, Math.log(error.actual() / error.forecast())));
    }

    /** Weighted least-squares fit of {@code ln r_h = ln a + b ln h}; {@code [ln a, b]} or null without errors. */
    private static double[] fit(double[] sumSquares, double[] counts) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int h = 1; h < counts.length; h++) {
            if (counts[h] <= 0 || sumSquares[h] <= 0) {
                continue;
            }
            double w = counts[h];
            double x = Math.log(h);
            double y = 0.5 * Math.log(sumSquares[h] / counts[h]);
            sw += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }
        if (sw == 0) {
            return null;
        }
        double meanX = sx / sw;
        double meanY = sy / sw;
        double varianceX = sxx / sw - meanX * meanX;
        double growth = varianceX > 1e-12 ? (sxy / sw - meanX * meanY) / varianceX : 1.0;
        growth = Math.max(MIN_GROWTH, Math.min(MAX_GROWTH, growth));
        return new double[] {meanY - growth * meanX, growth};
    }

    private static double[] curve(double[] sumSquares, double[] counts, int horizon) {
        double[] fit = fit(sumSquares, counts);
        if (fit == null) {
            return null;
        }
        double[] scale = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            scale[i] = Math.exp(fit[0] + fit[1] * Math.log(i + 1));
        }
        return scale;
    }

    private static double growth(double[] sumSquares, double[] counts) {
        double[] fit = fit(sumSquares, counts);
        return fit == null ? Double.NaN : fit[1];
    }

    /** No out-of-sample error yet: one-step changes, growing as a random walk's ({@code sqrt h}). */
    static Calibration fallback(double[] training, int horizon, Transform transform) {
        double sumSquares = 0;
        int count = 0;
        for (int t = 1; t < training.length; t++) {
            double change = transform == Transform.LOG ? Math.log(training[t] / training[t - 1])
                    : training[t] - training[t - 1];
            sumSquares += change * change;
            count++;
        }
        double oneStep = count == 0 ? 0 : Math.sqrt(sumSquares / count);
        double[] scale = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            scale[i] = oneStep * Math.sqrt(i + 1);
        }
        PooledSpread.Entry entry = PooledSpread.forOrigins(0);
        return new Calibration(Calibration.Basis.FALLBACK, transform, scale, entry.degreesOfFreedom(), entry.spread(),
                0, 0, Double.NaN);
    }
}
