package uk.sufficiency.engine.forecast.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.evaluation.Accuracy;
import uk.sufficiency.engine.forecast.evaluation.CalibratedForecast;
import uk.sufficiency.engine.forecast.evaluation.OriginForecasts;
import uk.sufficiency.engine.forecast.method.ForecastMethod;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Rolling-origin evaluation of methods over a panel of series. At each chosen origin of each
 * series every method forecasts up to {@code horizon} steps (fewer near the end of the data) with
 * intervals calibrated only on what was known at that origin, exactly as {@code forecast} would
 * have made them then; the forecasts are scored against the held-back values (docs/methods/forecasting.md,
 * "Benchmark measures").
 */
public final class PanelBenchmark {

    /** Levels every benchmark scores: 80% and 95% (MSIS uses the 95% interval, as in M4). */
    public static final List<Double> LEVELS = List.of(80.0, 95.0);

    /** One method's forecasts of one series from one origin, scored. */
    public record SeriesScore(String method, String series, String origin, int steps, double mase, double smape,
            double msis, double coverage80, double coverage95) {
    }

    /** All forecasts and their scores. */
    public record Outcome(List<ForecastScore> forecasts, List<SeriesScore> scores, List<String> skipped, double seconds) {
    }

    private final int horizon;
    private final OriginChoice originChoice;
    private final List<ForecastMethod> methods;

    public PanelBenchmark(int horizon, OriginChoice originChoice, List<ForecastMethod> methods) {
        this.horizon = horizon;
        this.originChoice = originChoice;
        this.methods = List.copyOf(methods);
    }

    /** Scores every series that has at least one chosen origin; lists the others as skipped. */
    public Outcome run(List<TimeSeries> series) {
        long start = System.nanoTime();
        List<List<ForecastScore>> perSeries = IntStream.range(0, series.size()).parallel()
                .mapToObj(i -> score(series.get(i))).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<ForecastScore> forecasts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (perSeries.get(i).isEmpty()) {
                skipped.add(series.get(i).id());
            }
            forecasts.addAll(perSeries.get(i));
        }
        return new Outcome(forecasts, seriesScores(forecasts), skipped, seconds);
    }

    private List<ForecastScore> score(TimeSeries series) {
        List<Integer> origins = originChoice.origins(series, horizon);
        if (origins.isEmpty()) {
            return List.of();
        }
        double[] y = series.values();
        int seasonLength = series.frequency().seasonLength();
        int first = Math.max(OriginForecasts.FIRST_ORIGIN, origins.get(0) - ForecastSpec.DEFAULT_MAX_ORIGINS);
        Map<String, OriginForecasts> all = OriginForecasts.compute(methods, y, seasonLength, horizon, first,
                origins.get(origins.size() - 1));
        List<ForecastScore> scores = new ArrayList<>();
        for (int origin : origins) {
            double scale = Accuracy.maseScale(java.util.Arrays.copyOf(y, origin), seasonLength);
            for (ForecastMethod method : methods) {
                CalibratedForecast forecast = CalibratedForecast.at(all.get(method.name()), origin, LEVELS);
                if (forecast == null) {
                    continue;
                }
                for (int h = 1; h <= horizon && origin + h <= y.length; h++) {
                    scores.add(ForecastScore.of(method.name(), series.id(), series.periods().get(origin - 1).label(), h,
                            y[origin + h - 1], forecast, scale));
                }
            }
        }
        return scores;
    }

    private static List<SeriesScore> seriesScores(List<ForecastScore> forecasts) {
        Map<String, List<ForecastScore>> groups = new LinkedHashMap<>();
        for (ForecastScore f : forecasts) {
            groups.computeIfAbsent(f.method() + "\u0000" + f.series() + "\u0000" + f.origin(), k -> new ArrayList<>()).add(f);
        }
        List<SeriesScore> scores = new ArrayList<>();
        for (List<ForecastScore> group : groups.values()) {
            ForecastScore first = group.get(0);
            MethodSummary summary = MethodSummary.of(first.method(), 0, group);
            scores.add(new SeriesScore(first.method(), first.series(), first.origin(), group.size(), summary.mase(),
                    summary.smape(), summary.msis(), summary.coverage80(), summary.coverage95()));
        }
        return scores;
    }

    /** Mean measures per method over all forecasts (step 0), then per method and step. */
    public static List<MethodSummary> summarise(List<ForecastScore> forecasts) {
        Map<String, List<ForecastScore>> byMethod = new LinkedHashMap<>();
        Map<String, Map<Integer, List<ForecastScore>>> byStep = new LinkedHashMap<>();
        for (ForecastScore f : forecasts) {
            byMethod.computeIfAbsent(f.method(), k -> new ArrayList<>()).add(f);
            byStep.computeIfAbsent(f.method(), k -> new java.util.TreeMap<>()).computeIfAbsent(f.step(), k -> new ArrayList<>())
                    .add(f);
        }
        List<MethodSummary> summaries = new ArrayList<>();
        byMethod.forEach((method, list) -> summaries.add(MethodSummary.of(method, 0, list)));
        byStep.forEach((method, steps) -> steps.forEach((step, list) -> summaries.add(MethodSummary.of(method, step, list))));
        return summaries;
    }
}
