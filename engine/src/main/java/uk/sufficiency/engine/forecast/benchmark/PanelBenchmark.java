package uk.sufficiency.engine.forecast.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.evaluation.Accuracy;
import uk.sufficiency.engine.forecast.evaluation.CalibratedForecast;
import uk.sufficiency.engine.forecast.evaluation.OriginForecasts;
import uk.sufficiency.engine.forecast.interval.PanelChoice;
import uk.sufficiency.engine.forecast.interval.PanelQuantiles;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.method.PooledAuto;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.method.ForecastMethod;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Rolling-origin evaluation of methods over a panel of series. At each chosen origin of each
 * series every method forecasts up to {@code horizon} steps (fewer near the end of the data) with
 * intervals calibrated only on what was known at that origin, exactly as {@code forecast} would
 * have made them then; the forecasts are scored against the held-back values (docs/methods/forecasting.md,
 * "Benchmark measures"). With {@link Calibration#PANEL} the intervals of positive series come from
 * the method's errors pooled over the panel ({@link PanelQuantiles}) instead of each series' own.
 */
public final class PanelBenchmark {

    /** Levels every benchmark scores: 80% and 95% (MSIS uses the 95% interval, as in M4). */
    public static final List<Double> LEVELS = List.of(80.0, 95.0);

    /** Where the intervals come from. */
    public enum Calibration {
        /** Each series' own rolling-origin errors with the pooled tail table (decision 0024). */
        SERIES,
        /** The method's errors pooled over the panel's positive series, known by the origin (decision 0026). */
        PANEL,
        /**
         * {@link #PANEL} for a panel of like series ({@link PanelChoice#isPanel}) at the origins where
         * {@code auto}'s record on it shows a shared miss, {@link #SERIES} elsewhere (decision 0102).
         */
        AUTO
    }

    /** One method's forecasts of one series from one origin, scored. */
    public record SeriesScore(String method, String series, String origin, int steps, double mase, double smape,
            double msis, double coverage80, double coverage95) {
    }

    /** All forecasts and their scores. */
    public record Outcome(List<ForecastScore> forecasts, List<SeriesScore> scores, List<String> skipped, double seconds) {
    }

    /** A series' chosen origins and every method's forecasts from the origins they need. */
    private record Fitted(TimeSeries series, List<Integer> origins, Map<String, OriginForecasts> forecasts) {
    }

    private final int horizon;
    private final OriginChoice originChoice;
    private final List<ForecastMethod> methods;
    private final Calibration calibration;

    public PanelBenchmark(int horizon, OriginChoice originChoice, List<ForecastMethod> methods) {
        this(horizon, originChoice, methods, Calibration.SERIES);
    }

    public PanelBenchmark(int horizon, OriginChoice originChoice, List<ForecastMethod> methods, Calibration calibration) {
        this.horizon = horizon;
        this.originChoice = originChoice;
        this.methods = List.copyOf(methods);
        this.calibration = calibration;
    }

    /** Scores every series that has at least one chosen origin; lists the others as skipped. */
    public Outcome run(List<TimeSeries> series) {
        long start = System.nanoTime();
        boolean pools = calibration == Calibration.PANEL || calibration == Calibration.AUTO && PanelChoice.isPanel(series);
        // the default's choice rests on auto's pooled errors: fitted (not scored) when auto is not benchmarked
        List<ForecastMethod> fits = new ArrayList<>(methods);
        if (pools && calibration == Calibration.AUTO && fits.stream().noneMatch(m -> m.name().equals(PooledAuto.NAME))) {
            fits.add(MethodCatalogue.byName(PooledAuto.NAME).orElseThrow());
        }
        List<Fitted> fitted = IntStream.range(0, series.size()).parallel().mapToObj(i -> fit(series.get(i), fits)).toList();
        Map<String, PanelQuantiles> pooled = pools ? pool(fitted, fits) : Map.of();
        PanelChoice choice = calibration == Calibration.PANEL ? PanelChoice.always()
                : pools ? PanelChoice.whereShared(pooled.get(PooledAuto.NAME)) : null;
        List<List<ForecastScore>> perSeries = fitted.parallelStream().map(f -> score(f, pooled, choice)).toList();
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

    private Fitted fit(TimeSeries series, List<ForecastMethod> fits) {
        List<Integer> origins = originChoice.origins(series, horizon);
        if (origins.isEmpty()) {
            return new Fitted(series, origins, Map.of());
        }
        int first = Math.max(OriginForecasts.FIRST_ORIGIN, origins.get(0) - ForecastSpec.DEFAULT_MAX_ORIGINS);
        return new Fitted(series, origins, OriginForecasts.compute(fits, series.values(),
                series.frequency().seasonLength(), horizon, first, origins.get(origins.size() - 1)));
    }

    /** Per method, the errors of every forecast with a known outcome on the panel's positive series. */
    private Map<String, PanelQuantiles> pool(List<Fitted> fitted, List<ForecastMethod> fits) {
        Map<String, PanelQuantiles> pooled = new LinkedHashMap<>();
        for (ForecastMethod method : fits) {
            List<PanelQuantiles.PooledError> errors = new ArrayList<>();
            for (Fitted f : fitted) {
                if (f.forecasts().isEmpty() || !positive(f.series().values())) {
                    continue;
                }
                TimeSeries s = f.series();
                errors.addAll(f.forecasts().get(method.name()).pooledErrors(s.periods(), s.frequency().seasonLength()));
            }
            pooled.put(method.name(), new PanelQuantiles(errors));
        }
        return pooled;
    }

    private List<ForecastScore> score(Fitted fitted, Map<String, PanelQuantiles> pooled, PanelChoice choice) {
        TimeSeries series = fitted.series();
        double[] y = series.values();
        int seasonLength = series.frequency().seasonLength();
        List<ForecastScore> scores = new ArrayList<>();
        for (int origin : fitted.origins()) {
            double scale = Accuracy.maseScale(Arrays.copyOf(y, origin), seasonLength);
            for (ForecastMethod method : methods) {
                Period originPeriod = series.periods().get(origin - 1);
                PanelQuantiles panel = choice != null && choice.usesPanel(originPeriod) ? pooled.get(method.name()) : null;
                CalibratedForecast forecast = CalibratedForecast.at(fitted.forecasts().get(method.name()), origin, LEVELS,
                        panel, originPeriod);
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

    private static boolean positive(double[] values) {
        return Arrays.stream(values).allMatch(v -> v > 0);
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
