package uk.sufficiency.engine.forecast.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.forecast.method.FitCache;
import uk.sufficiency.engine.forecast.method.FittedModel;
import uk.sufficiency.engine.forecast.method.ForecastDistribution;
import uk.sufficiency.engine.forecast.method.ForecastMethod;

/**
 * Rolling-origin evaluation: for each origin {@code o}, fit to the first {@code o} observations and
 * forecast the next {@code min(h, n - o)} of them, which the model has not seen.
 */
public final class Backtest {

    /** Error recorded on the log scale when the actual is zero (a factor of e^3, about 20). */
    static final double LOG_MISS = 3;

    /**
     * One out-of-sample forecast error.
     *
     * @param origin       number of observations the model was fitted to
     * @param step         steps ahead, from 1
     * @param actual       the held-back observation
     * @param forecast     the point forecast
     * @param standardised (transformed actual - location) / parametric sd: how many model standard
     *                     deviations the forecast was out
     * @param modelScaleError transformed actual minus the model's location (the log ratio of actual
     *                     to forecast for log-scale methods)
     * @param maseScale    in-sample MASE denominator of the training part
     */
    public record Error(int origin, int step, double actual, double forecast, double modelScaleError,
            double maseScale) {
    }

    /** All errors of one method, with the accuracy measures over them. */
    public record Result(String method, int origins, List<Error> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public double mase() {
            return Accuracy.mean(errors.stream().mapToDouble(e -> Math.abs(e.actual() - e.forecast()) / e.maseScale()).toArray());
        }

        public double smape() {
            return Accuracy.mean(errors.stream().mapToDouble(e -> Accuracy.sape(e.actual(), e.forecast())).toArray());
        }

        public double mape() {
            return Accuracy.mean(errors.stream().mapToDouble(e -> Accuracy.ape(e.actual(), e.forecast())).toArray());
        }
    }

    private Backtest() {
    }

    /**
     * Runs the method at every origin; returns null if it cannot be fitted at one of them, so that
     * all candidates are compared on the same forecasts.
     */
    public static Result run(ForecastMethod method, double[] y, int seasonLength, int horizon, List<Integer> origins) {
        return runAll(List.of(method), y, seasonLength, horizon, origins).get(method.name());
    }

    /**
     * Runs every method at every origin, sharing fits between methods (combinations reuse their
     * members'); methods that cannot be fitted at some origin are left out of the map.
     */
    public static java.util.Map<String, Result> runAll(List<ForecastMethod> methods, double[] y, int seasonLength,
            int horizon, List<Integer> origins) {
        java.util.Map<String, List<Error>> errors = new java.util.LinkedHashMap<>();
        methods.forEach(method -> errors.put(method.name(), new ArrayList<>()));
        for (int origin : origins) {
            double[] training = Arrays.copyOf(y, origin);
            FitCache cache = new FitCache(training, seasonLength);
            for (ForecastMethod method : methods) {
                List<Error> own = errors.get(method.name());
                if (own != null && !forecastOrigin(method, cache, training, y, seasonLength, horizon, origin, own)) {
                    errors.remove(method.name());
                }
            }
        }
        java.util.Map<String, Result> results = new java.util.LinkedHashMap<>();
        errors.forEach((name, list) -> results.put(name, new Result(name, origins.size(), list)));
        return results;
    }

    private static boolean forecastOrigin(ForecastMethod method, FitCache cache, double[] training, double[] y,
            int seasonLength, int horizon, int origin, List<Error> errors) {
        {
            if (!method.appliesTo(training, seasonLength)) {
                return false;
            }
            FittedModel model = cache.fit(method);
            int steps = Math.min(horizon, y.length - origin);
            ForecastDistribution forecast = model.forecast(steps);
            double scale = Accuracy.maseScale(training, seasonLength);
            for (int h = 0; h < steps; h++) {
                double actual = y[origin + h];
                double error = forecast.transform().apply(actual) - forecast.location(h);
                if (!Double.isFinite(error)) {
                    // a zero under a log-scale model: count it as a miss by the largest error seen so far
                    error = LOG_MISS;
                }
                double point = forecast.point(h);
                if (!Double.isFinite(point)) {
                    return false;
                }
                errors.add(new Error(origin, h + 1, actual, point, error, scale));
            }
        }
        return true;
    }
}
