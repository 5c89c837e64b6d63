package uk.sufficiency.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.interval.PanelChoice;
import uk.sufficiency.engine.forecast.interval.PanelQuantiles;
import uk.sufficiency.engine.forecast.method.PooledAuto;
import uk.sufficiency.engine.forecast.rate.AgeRange;
import uk.sufficiency.engine.population.PopulationProjection;
import uk.sufficiency.engine.forecast.rate.RateForecast;
import uk.sufficiency.engine.forecast.rate.RateForecaster;
import uk.sufficiency.engine.forecast.series.Frequency;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;
import uk.sufficiency.engine.forecast.targets.TargetAssessor;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The one way series are forecast, for the {@code forecast} command and the {@code run} step alike:
 * each series with the spec's method, optionally through a population-driven rate, every target that
 * falls in the forecast assessed. The command only adds option overrides (horizon, method, levels).
 */
public final class ForecastRun {

    /** Fewest periods forecast when the horizon is left to the targets. */
    public static final int MIN_HORIZON = 6;

    /** Population-driven rate settings: forecast the rate per 10,000 and scale by this projection. */
    public record Population(PopulationProjection projection, String area, AgeRange ages) {
    }

    /**
     * One series' forecast.
     *
     * @param result      the forecast (of the count, for a population-driven one)
     * @param rate        the rate forecast behind it, or null
     * @param assessments its targets, in the order given
     */
    public record SeriesForecast(ForecastResult result, RateForecast rate, List<TargetAssessment> assessments) {
        public SeriesForecast {
            assessments = List.copyOf(assessments);
        }
    }

    private ForecastRun() {
    }

    /** The horizon that reaches every target of the series, and at least {@code minimum} periods. */
    public static int horizonFor(TimeSeries series, List<Target> targets, int minimum) {
        int horizon = minimum;
        for (Target target : targets) {
            long ahead = Period.ofDate(series.frequency(), target.by()).index() - series.lastPeriod().index();
            horizon = (int) Math.max(horizon, ahead);
        }
        return horizon;
    }

    /** The calibrations {@code forecast} and {@code bench forecast} take ({@code --calibration}), default first. */
    public static final List<String> CALIBRATIONS = List.of("auto", "series", "panel");

    /** Both commands' help for {@code --calibration}. */
    public static final String CALIBRATION_HELP = "intervals from each series' own backtest errors (series), from the"
            + " method's errors pooled over the file's series, known by each origin in calendar time (panel: for like"
            + " series, e.g. every authority's count of one measure), or (auto, the default) panel for 30 or more series"
            + " ending in the same period at the origins where auto's record on them shows a miss they all shared,"
            + " series elsewhere (docs/methods/forecasting.md)";

    /** Forecasts one series and assesses its targets that fall in the forecast (the others are skipped). */
    public static SeriesForecast forecast(TimeSeries series, ForecastSpec spec, List<Target> targets, Population population) {
        return forecast(series, spec, targets, population, null, PanelChoice.always());
    }

    private static SeriesForecast forecast(TimeSeries series, ForecastSpec spec, List<Target> targets, Population population,
            PanelQuantiles panel, PanelChoice choice) {
        RateForecast rate = population == null ? null
                : new RateForecaster().forecast(series, spec, population.projection(), population.area(), population.ages());
        ForecastResult result = rate != null ? rate.counts() : new Forecaster().forecast(series, spec, panel, choice);
        List<TargetAssessment> assessments = new ArrayList<>();
        for (Target target : targets) {
            if (!target.series().equals(series.id())) {
                continue;
            }
            TargetAssessor.stepFor(result, TargetAssessor.periodOf(result, target))
                    .ifPresent(step -> assessments.add(TargetAssessor.assess(result, target, step)));
        }
        return new SeriesForecast(result, rate, assessments);
    }

    /** Forecasts every series the same way, each on its own calibration. */
    public static List<SeriesForecast> forecastAll(List<TimeSeries> series, ForecastSpec spec, List<Target> targets,
            Population population) {
        return forecastAll(series, spec, targets, population, null);
    }

    /**
     * Forecasts every series the same way, with intervals (and, where the panel's record says so, the
     * point: decision 0102) from the method's errors pooled over {@code reference} when it is given:
     * the series themselves, or a panel of like series they are to be judged against (every
     * authority's count of the same measure); not with a population.
     */
    public static List<SeriesForecast> forecastAll(List<TimeSeries> series, ForecastSpec spec, List<Target> targets,
            Population population, List<TimeSeries> reference) {
        PanelQuantiles panel = reference != null && population == null ? Forecaster.panel(reference, spec) : null;
        return series.stream().map(s -> forecast(s, spec, targets, population, panel, PanelChoice.always())).toList();
    }

    /**
     * Forecasts every series the same way with the default calibration (decision 0102): a file that is a
     * panel of like series ({@link PanelChoice#isPanel}) takes the method's errors pooled over it at the
     * origins where {@code auto}'s record on it shows a miss its series shared every year; every other
     * file, origin and series (and any population-driven forecast) its own calibration.
     */
    public static List<SeriesForecast> forecastAllByDefault(List<TimeSeries> series, ForecastSpec spec, List<Target> targets,
            Population population) {
        if (population != null || !PanelChoice.isPanel(series)) {
            return forecastAll(series, spec, targets, population);
        }
        PanelQuantiles panel = Forecaster.panel(series, spec);
        PanelQuantiles auto = spec.method().equals(PooledAuto.NAME) ? panel
                : Forecaster.panel(series, new ForecastSpec(spec.horizon(), PooledAuto.NAME, spec.levels(), spec.maxOrigins()));
        PanelChoice choice = PanelChoice.whereShared(auto);
        return series.stream().map(s -> forecast(s, spec, targets, population, panel, choice)).toList();
    }

    /**
     * A reference panel's series, read from {@code file}: like series of {@code frequency} (errors pool
     * only over one calendar). A series of another frequency is an error naming the file.
     */
    public static List<TimeSeries> readPanel(Path file, Frequency frequency,
            ProblemCollector problems) {
        List<TimeSeries> panel = new SeriesReader().read(file);
        panel.stream().filter(like -> like.frequency() != frequency).findFirst().ifPresent(like -> problems.error(file, 0,
                "period", null, "the panel's series '" + like.id() + "' is " + word(like.frequency()) + "; the series"
                        + " forecast are " + word(frequency) + " (errors pool only over the same calendar)"));
        return panel;
    }

    private static String word(Frequency frequency) {
        return frequency.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A warning when a panel's series do not share a calendar (they do not all end in the same period):
     * pooled errors then mix eras and kinds of series, and the panel calibration, meant for one measure
     * over units sharing the years, was worse than each series' own on such panels (decision 0102).
     */
    public static Optional<String> unalignedPanelWarning(List<TimeSeries> panel) {
        if (panel.isEmpty() || PanelChoice.sharesCalendar(panel)) {
            return Optional.empty();
        }
        long ends = panel.stream().map(TimeSeries::lastPeriod).distinct().count();
        return Optional.of(String.format(Locale.ROOT, "warning: the panel's %d series end in %d different"
                + " periods (at most %d in the same one): they do not share a calendar, so their pooled errors mix eras and"
                + " kinds of series; the panel calibration is for one measure over units sharing the years, and on such a"
                + " panel each series' own calibration has done better (docs/decisions/0102)", panel.size(), ends,
                PanelChoice.mostInOnePeriod(panel)));
    }
}
