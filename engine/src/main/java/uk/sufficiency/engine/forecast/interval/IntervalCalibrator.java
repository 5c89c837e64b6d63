package uk.sufficiency.engine.forecast.interval;

import java.util.Set;
import java.util.TreeSet;
import uk.sufficiency.engine.forecast.method.ForecastDistribution;
import uk.sufficiency.engine.forecast.selection.Backtest;

/**
 * Calibrates a method's prediction intervals from its own out-of-sample errors.
 *
 * <p>For each backtest error, {@code e = T(actual) - location} on the model's scale ({@code T} is
 * the log for log-scale methods). For each horizon {@code h} with at least two errors the root mean
 * square {@code r_h} is taken; a curve {@code r_h = a h^b} is fitted by least squares on
 * {@code log r_h} against {@code log h}, weighted by the number of errors, with the growth exponent
 * {@code b} held within [{@value #MIN_GROWTH}, {@value #MAX_GROWTH}] (random-walk growth to
 * trend-like growth). The curve, not the raw {@code r_h}, sets each step's scale, which smooths the
 * few long-horizon errors and extends to horizons beyond the backtest. The scale used is the larger
 * of the curve and the model's own parametric standard deviation: out-of-sample evidence may widen
 * an interval, never narrow it. Quantiles are Student's t with as many degrees of freedom as there
 * were backtest origins, because the scales are themselves estimated from few errors.
 */
public final class IntervalCalibrator {

    public static final double MIN_GROWTH = 0.5;
    public static final double MAX_GROWTH = 1.5;

    private IntervalCalibrator() {
    }

    public static Calibration fromBacktest(Backtest.Result result, ForecastDistribution forecast) {
        int maxStep = result.errors().stream().mapToInt(Backtest.Error::step).max().orElse(0);
        double[] sumSquares = new double[maxStep + 1];
        int[] counts = new int[maxStep + 1];
        Set<Integer> origins = new TreeSet<>();
        for (Backtest.Error error : result.errors()) {
            sumSquares[error.step()] += error.modelScaleError() * error.modelScaleError();
            counts[error.step()]++;
            origins.add(error.origin());
        }
        // weighted least squares of log r_h on log h over horizons with >= 2 errors
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int h = 1; h <= maxStep; h++) {
            if (counts[h] < 2 || sumSquares[h] <= 0) {
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
            return parametric(forecast, origins.size() + 2);
        }
        double meanX = sx / sw;
        double meanY = sy / sw;
        double varianceX = sxx / sw - meanX * meanX;
        double growth = varianceX > 1e-12 ? (sxy / sw - meanX * meanY) / varianceX : 1.0;
        growth = Math.max(MIN_GROWTH, Math.min(MAX_GROWTH, growth));
        double logA = meanY - growth * meanX;
        double[] scale = new double[forecast.horizon()];
        for (int i = 0; i < scale.length; i++) {
            double empirical = Math.exp(logA + growth * Math.log(i + 1));
            scale[i] = Math.max(empirical, forecast.scale(i));
        }
        return new Calibration(Calibration.Basis.BACKTEST, scale, Math.max(1, origins.size()),
                result.errors().size(), growth);
    }

    /**
     * Without a backtest: the model's own standard deviations, with Student's t on
     * {@code observations - 2} degrees of freedom (at least 1) to allow for the estimated variance.
     */
    public static Calibration parametric(ForecastDistribution forecast, int observations) {
        double[] scale = new double[forecast.horizon()];
        for (int i = 0; i < scale.length; i++) {
            scale[i] = forecast.scale(i);
        }
        return new Calibration(Calibration.Basis.PARAMETRIC, scale, Math.max(1, observations - 2), 0, Double.NaN);
    }
}
