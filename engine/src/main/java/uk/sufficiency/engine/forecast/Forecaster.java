package uk.sufficiency.engine.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.forecast.evaluation.Accuracy;
import uk.sufficiency.engine.forecast.evaluation.CalibratedForecast;
import uk.sufficiency.engine.forecast.evaluation.MethodScore;
import uk.sufficiency.engine.forecast.evaluation.OriginForecasts;
import uk.sufficiency.engine.forecast.evaluation.TrackRecord;
import uk.sufficiency.engine.forecast.interval.PanelChoice;
import uk.sufficiency.engine.forecast.interval.PanelQuantiles;
import uk.sufficiency.engine.forecast.method.ForecastMethod;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.method.PooledAuto;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Forecasts a series with {@code auto} or a named method: fits it at every origin the history
 * allows (up to {@link ForecastSpec#maxOrigins()}), calibrates the intervals of the final forecast
 * on the earlier forecasts' errors, and reports the track record of those earlier forecasts.
 * Stateless and thread-safe; the same inputs always give the same result.
 */
public final class Forecaster {

    /** Forecasts the series as the spec says. */
    public ForecastResult forecast(TimeSeries series, ForecastSpec spec) {
        return forecast(series, spec, null);
    }

    /**
     * The spec's method's errors pooled over a panel of like series (every series whose values are
     * all positive and that the method fits): every forecast from every origin the spec allows whose
     * outcome is known (decision 0026).
     */
    public static PanelQuantiles panel(List<TimeSeries> series, ForecastSpec spec) {
        ForecastMethod method = MethodCatalogue.byName(spec.method())
                .orElseThrow(() -> new IllegalArgumentException("unknown method: " + spec.method()));
        List<PanelQuantiles.PooledError> errors = series.parallelStream().filter(s -> Arrays.stream(s.values()).allMatch(v -> v > 0))
                .filter(s -> method.appliesTo(s.values(), s.frequency().seasonLength()))
                .flatMap(s -> OriginForecasts.compute(List.of(method), s.values(), s.frequency().seasonLength(), spec.horizon(),
                        Math.max(OriginForecasts.FIRST_ORIGIN, s.length() - spec.maxOrigins()), s.length())
                        .get(method.name()).pooledErrors(s.periods(), s.frequency().seasonLength()).stream())
                .toList();
        return new PanelQuantiles(errors);
    }

    /**
     * Forecasts the series as the spec says; with a {@code panel} (from {@link #panel}), the intervals
     * of the forecast and of its track record come from the panel's pooled errors known at each origin.
     */
    public ForecastResult forecast(TimeSeries series, ForecastSpec spec, PanelQuantiles panel) {
        return forecast(series, spec, panel, PanelChoice.always());
    }

    /**
     * The same, the panel's errors taken at the origins {@code choice} says (decision 0102) and each
     * series' own calibration at the others.
     */
    public ForecastResult forecast(TimeSeries series, ForecastSpec spec, PanelQuantiles panel, PanelChoice choice) {
        ForecastMethod method = MethodCatalogue.byName(spec.method())
                .orElseThrow(() -> new IllegalArgumentException("unknown method: " + spec.method()));
        double[] y = series.values();
        int seasonLength = series.frequency().seasonLength();
        if (!method.appliesTo(y, seasonLength)) {
            throw new IllegalArgumentException("method " + spec.method() + " cannot be fitted to series " + series.id());
        }
        List<ForecastMethod> scored = new ArrayList<>(List.of(method));
        List<String> roles = new ArrayList<>(List.of("forecast"));
        if (method instanceof PooledAuto) {
            for (ForecastMethod member : PooledAuto.members(y, seasonLength)) {
                scored.add(member);
                roles.add("member");
            }
        }
        if (!method.name().equals("naive")) {
            scored.add(MethodCatalogue.byName("naive").orElseThrow());
            roles.add("yardstick");
        }
        int n = y.length;
        int first = Math.max(OriginForecasts.FIRST_ORIGIN, n - spec.maxOrigins());
        Map<String, OriginForecasts> all = OriginForecasts.compute(scored, y, seasonLength, spec.horizon(), first, n);
        OriginForecasts own = all.get(method.name());
        CalibratedForecast now = CalibratedForecast.at(own, n, spec.levels(), at(panel, choice, series.lastPeriod()),
                series.lastPeriod());
        List<MethodScore> scores = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            String name = scored.get(i).name();
            scores.add(MethodScore.of(name, roles.get(i), all.get(name).realisedBefore(n),
                    origin -> Accuracy.maseScale(Arrays.copyOf(y, origin), seasonLength)));
        }
        String description = method instanceof PooledAuto ? PooledAuto.describe(y, seasonLength) : method.name();
        double[] ones = new double[spec.horizon()];
        Arrays.fill(ones, 1);
        return new ForecastResult(series, method.name(), description, scores, spec.levels(),
                points(series.lastPeriod(), now, ones), now.calibration(),
                trackRecord(series, own, spec.levels(), first, panel, choice),
                now.points(), ones);
    }

    private static List<ForecastPoint> points(Period last, CalibratedForecast forecast, double[] multipliers) {
        List<ForecastPoint> points = new ArrayList<>();
        int levels = forecast.lower().length;
        for (int h = 0; h < forecast.points().length; h++) {
            double[] lower = new double[levels];
            double[] upper = new double[levels];
            for (int l = 0; l < levels; l++) {
                lower[l] = forecast.lower()[l][h] * multipliers[h];
                upper[l] = forecast.upper()[l][h] * multipliers[h];
            }
            points.add(new ForecastPoint(last.plus(h + 1), h + 1, forecast.points()[h] * multipliers[h], lower, upper));
        }
        return points;
    }

    private static PanelQuantiles at(PanelQuantiles panel, PanelChoice choice, Period origin) {
        return panel != null && choice.usesPanel(origin) ? panel : null;
    }

    /** Every earlier origin's forecast with its outcome, intervals calibrated on what was known then. */
    static TrackRecord trackRecord(TimeSeries series, OriginForecasts own, List<Double> levels, int first,
            PanelQuantiles panel, PanelChoice choice) {
        double[] y = series.values();
        List<TrackRecord.PastForecast> past = new ArrayList<>();
        for (int origin = first; origin < y.length; origin++) {
            Period originPeriod = series.periods().get(origin - 1);
            CalibratedForecast then = CalibratedForecast.at(own, origin, levels, at(panel, choice, originPeriod), originPeriod);
            if (then == null) {
                continue;
            }
            for (int h = 1; h <= then.points().length && origin + h <= y.length; h++) {
                double[] lower = new double[levels.size()];
                double[] upper = new double[levels.size()];
                for (int l = 0; l < levels.size(); l++) {
                    lower[l] = then.lower()[l][h - 1];
                    upper[l] = then.upper()[l][h - 1];
                }
                past.add(new TrackRecord.PastForecast(series.periods().get(origin - 1), series.periods().get(origin + h - 1),
                        h, then.points()[h - 1], lower, upper, y[origin + h - 1]));
            }
        }
        return new TrackRecord(levels, past);
    }

    /** Whether a method can forecast this series. */
    public static boolean canForecast(String methodName, TimeSeries series) {
        return MethodCatalogue.byName(methodName)
                .map(method -> method.appliesTo(series.values(), series.frequency().seasonLength()))
                .orElse(false);
    }

    /**
     * The same forecast expressed in another unit: every value at step {@code h} multiplied by
     * {@code multipliers[h-1]}, reported against {@code series} (the series in the new unit).
     */
    public static ForecastResult rescale(ForecastResult forecast, TimeSeries series, double[] multipliers) {
        List<ForecastPoint> points = new ArrayList<>();
        for (ForecastPoint point : forecast.points()) {
            double factor = multipliers[point.step() - 1];
            double[] lower = point.lower();
            double[] upper = point.upper();
            for (int l = 0; l < lower.length; l++) {
                lower[l] *= factor;
                upper[l] *= factor;
            }
            points.add(new ForecastPoint(point.period(), point.step(), point.mean() * factor, lower, upper));
        }
        return new ForecastResult(series, forecast.method(), forecast.description(), forecast.scores(), forecast.levels(),
                points, forecast.calibration(), forecast.trackRecord(), forecast.modelPoints(), multipliers);
    }
}
