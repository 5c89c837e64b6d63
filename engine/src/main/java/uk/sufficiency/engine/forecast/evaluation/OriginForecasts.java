package uk.sufficiency.engine.forecast.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.forecast.interval.PanelQuantiles;
import uk.sufficiency.engine.forecast.method.FitCache;
import uk.sufficiency.engine.forecast.method.ForecastDistribution;
import uk.sufficiency.engine.forecast.method.ForecastMethod;
import uk.sufficiency.engine.forecast.series.Period;

/**
 * One method's forecasts from every origin of one series: at origin {@code j} the method is fitted
 * to the first {@code j} values and forecasts {@code horizon} steps. Computed once, these serve the
 * interval calibration at any later origin, the track record and the benchmark, so no fit is
 * repeated (docs/methods/forecasting.md, "Rolling origins").
 */
public final class OriginForecasts {

    /** Fewest values a model is fitted to in a backtest. */
    public static final int FIRST_ORIGIN = 3;

    private final String method;
    private final double[] values;
    private final int horizon;
    private final int firstOrigin;
    private final double[][] points;
    private final double[][] parametricSd;

    private OriginForecasts(String method, double[] values, int horizon, int firstOrigin, int lastOrigin) {
        this.method = method;
        this.values = values;
        this.horizon = horizon;
        this.firstOrigin = firstOrigin;
        this.points = new double[Math.max(0, lastOrigin - firstOrigin + 1)][];
        this.parametricSd = new double[points.length][];
    }

    /**
     * Forecasts of every method from every origin {@code firstOrigin..lastOrigin} (training lengths;
     * {@code lastOrigin = values.length} forecasts the future). Fits are shared between methods at
     * the same origin (combinations reuse their members'). A method that cannot be fitted at an
     * origin has no forecast there.
     */
    public static Map<String, OriginForecasts> compute(List<ForecastMethod> methods, double[] values, int seasonLength,
            int horizon, int firstOrigin, int lastOrigin) {
        Map<String, OriginForecasts> all = new LinkedHashMap<>();
        double[] copy = values.clone();
        for (ForecastMethod method : methods) {
            all.put(method.name(), new OriginForecasts(method.name(), copy, horizon, firstOrigin, lastOrigin));
        }
        for (int origin = firstOrigin; origin <= lastOrigin; origin++) {
            double[] training = Arrays.copyOf(copy, origin);
            FitCache cache = new FitCache(training, seasonLength);
            for (ForecastMethod method : methods) {
                if (!method.appliesTo(training, seasonLength)) {
                    continue;
                }
                ForecastDistribution forecast = cache.fit(method).forecast(horizon);
                double[] point = forecast.points();
                if (Arrays.stream(point).allMatch(Double::isFinite)) {
                    OriginForecasts own = all.get(method.name());
                    own.points[origin - firstOrigin] = point;
                    double[] sd = new double[horizon];
                    for (int h = 0; h < horizon; h++) {
                        sd[h] = forecast.dataScaleSd(h);
                    }
                    own.parametricSd[origin - firstOrigin] = sd;
                }
            }
        }
        return all;
    }

    public String method() {
        return method;
    }

    public int horizon() {
        return horizon;
    }

    /** The whole series (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** Point forecasts from the origin (training length), or null if the method could not be fitted there. */
    public double[] pointsAt(int origin) {
        int i = origin - firstOrigin;
        return i >= 0 && i < points.length && points[i] != null ? points[i].clone() : null;
    }

    /** The model's own (parametric) standard deviations on the data scale at the origin, or null. */
    public double[] parametricSdAt(int origin) {
        int i = origin - firstOrigin;
        return i >= 0 && i < parametricSd.length && parametricSd[i] != null ? parametricSd[i].clone() : null;
    }

    /**
     * Every forecast whose outcome was known before {@code cut}: origin {@code j < cut}, step
     * {@code h} with {@code j + h <= cut}. These are what a forecast made at {@code cut} can learn from.
     */
    public List<OutcomeError> realisedBefore(int cut) {
        List<OutcomeError> errors = new ArrayList<>();
        for (int origin = firstOrigin; origin < cut; origin++) {
            double[] point = pointsAt(origin);
            if (point == null) {
                continue;
            }
            for (int h = 1; h <= horizon && origin + h <= cut && origin + h <= values.length; h++) {
                errors.add(new OutcomeError(origin, h, values[origin + h - 1], point[h - 1]));
            }
        }
        return errors;
    }

    /**
     * Every forecast with a known outcome as a pooled error for a panel calibration
     * ({@link PanelQuantiles}), dated by its origin's and outcome's periods ({@code periods} = the series'
     * periods) and weighted by the series' MASE scale at its origin ({@code seasonLength} its lag).
     */
    public List<PanelQuantiles.PooledError> pooledErrors(List<Period> periods, int seasonLength) {
        Map<Integer, Double> scales = new HashMap<>();
        return realisedBefore(values.length).stream()
                .map(error -> PanelQuantiles.PooledError.of(periods.get(error.origin() - 1),
                        periods.get(error.origin() + error.step() - 1), error, scales.computeIfAbsent(error.origin(),
                                origin -> Accuracy.maseScale(Arrays.copyOf(values, origin), seasonLength))))
                .toList();
    }
}
