package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.rate.AgeRange;
import uk.sufficiency.engine.population.PopulationProjection;
import uk.sufficiency.engine.forecast.rate.RateForecast;
import uk.sufficiency.engine.forecast.rate.RateForecaster;
import uk.sufficiency.engine.forecast.selection.CandidateScore;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.Periods;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.Target;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;
import uk.sufficiency.engine.forecast.targets.TargetAssessor;
import uk.sufficiency.engine.forecast.targets.TargetReader;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.validation.ProblemCollector;

/** {@code sufficiency forecast}: forecasts each series in a file, with calibrated intervals and targets. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts yearly, quarterly or monthly series with automatic method choice by backtest,",
            "calibrated prediction intervals and, optionally, targets and a population-driven rate.",
            "Writes forecast.csv and candidates.csv (and targets.csv) to --out; prints a table."
        },
        footer = {
            "",
            "Examples:",
            "  sufficiency forecast scenarios/leicestershire-2015/series/ehcp.csv --horizon 6",
            "  sufficiency forecast ehcp.csv --horizon 6 --targets targets.csv --out results",
            "  sufficiency forecast cla.csv --population snpp.csv --ages 0-17 --area E10000018",
        })
public final class ForecastCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERIES.csv",
            description = "date,value or period,value (one series), or series_id,date,value (several)")
    Path seriesFile;

    @Option(names = "--horizon", defaultValue = "5", description = "periods to forecast (default ${DEFAULT-VALUE})")
    int horizon;

    @Option(names = "--method", defaultValue = ForecastSpec.AUTO,
            description = "auto (choose by backtest) or one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = MethodNames.class)
    String method;

    @Option(names = "--level", split = ",", defaultValue = "80,95",
            description = "prediction interval levels, percent (default ${DEFAULT-VALUE})")
    List<Double> levels;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "series_id,date,value,direction[,amber_tolerance]; direction at_most or at_least")
    Path targetsFile;

    @Option(names = "--amber-tolerance", defaultValue = "0.05", paramLabel = "FRACTION",
            description = "a target missed by at most this fraction of its value is amber, not red (default ${DEFAULT-VALUE})")
    double amberTolerance;

    @Option(names = "--population", paramLabel = "FILE",
            description = "area,age,year,population: forecast the rate per 10,000 and scale by this projection")
    Path populationFile;

    @Option(names = "--ages", defaultValue = "0-17", description = "age range of the population (default ${DEFAULT-VALUE})")
    String ages;

    @Option(names = "--area", description = "area in the population file (needed when it holds several)")
    String area;

    @Option(names = "--out", defaultValue = "forecast-output", paramLabel = "DIR",
            description = "directory for the result files (default ${DEFAULT-VALUE})")
    Path out;

    /** Method names for help and validation. */
    static final class MethodNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        MethodNames() {
            super(MethodCatalogue.names());
        }
    }

    private record Job(TimeSeries series, List<Target> targets) {
    }

    @Override
    public Integer call() {
        ForecastSpec forecastSpec = validateOptions();
        AgeRange ageRange = populationFile == null ? null : AgeRange.parse(ages);

        ProblemCollector problems = new ProblemCollector();
        List<TimeSeries> allSeries = new SeriesReader().read(seriesFile);
        for (TimeSeries series : allSeries) {
            if (!Forecaster.canForecast(method, series)) {
                problems.error(seriesFile, 0, "value", null, "method " + method + " cannot be fitted to series '"
                        + series.id() + "' (too few points, or log/seasonal methods on unsuitable values)");
            }
        }
        PopulationProjection population = null;
        String populationArea = area;
        if (populationFile != null) {
            population = PopulationProjection.read(populationFile, problems);
            if (population != null) {
                if (populationArea == null && population.areas().size() == 1) {
                    populationArea = population.areas().iterator().next();
                }
                if (populationArea == null) {
                    problems.error(populationFile, 0, "area", null, "the file holds several areas " + population.areas()
                            + "; choose one with --area");
                } else if (!population.areas().contains(populationArea)) {
                    problems.error(populationFile, 0, "area", populationArea, "area not found in the population file");
                } else if (!problems.hasErrors()) {
                    for (TimeSeries series : allSeries) {
                        List<Integer> missing = RateForecaster.missingYears(series, horizon, population, populationArea, ageRange);
                        if (!missing.isEmpty()) {
                            problems.error(populationFile, 0, "year", missing.toString(), "the population of area "
                                    + populationArea + ", ages " + ageRange + " is missing (or 0) for these years, needed by series '"
                                    + series.id() + "'");
                        }
                    }
                }
            }
        }
        List<Target> targets = List.of();
        if (targetsFile != null) {
            String onlyId = allSeries.size() == 1 ? allSeries.get(0).id() : null;
            targets = TargetReader.read(targetsFile, onlyId, amberTolerance, problems);
            for (Target target : targets) {
                TimeSeries series = allSeries.stream().filter(s -> s.id().equals(target.seriesId())).findFirst().orElse(null);
                if (series == null) {
                    problems.error(targetsFile, 0, "series_id", target.seriesId(), "no series with this id in " + seriesFile);
                    continue;
                }
                Period period = Periods.parse(target.period());
                boolean forecast = java.util.stream.IntStream.rangeClosed(1, horizon)
                        .anyMatch(h -> TargetAssessor.sameBucket(series.lastPeriod().plus(h), period));
                if (!forecast) {
                    problems.error(targetsFile, 0, "date", target.period(), "target period must fall within the forecast of '"
                            + series.id() + "', " + series.lastPeriod().plus(1).label() + " to "
                            + series.lastPeriod().plus(horizon).label() + " (raise --horizon to reach it)");
                }
            }
        }
        problems.throwIfErrors();

        // Everything is valid: compute, then write.
        Forecaster forecaster = new Forecaster();
        List<ForecastResult> results = new ArrayList<>();
        List<RateForecast> rateForecasts = new ArrayList<>();
        for (TimeSeries series : allSeries) {
            if (population != null) {
                RateForecast rateForecast = new RateForecaster().forecast(series, forecastSpec, population, populationArea, ageRange);
                rateForecasts.add(rateForecast);
                results.add(rateForecast.counts());
            } else {
                results.add(forecaster.forecast(series, forecastSpec));
            }
        }
        List<TargetAssessment> assessments = new ArrayList<>();
        for (Target target : targets) {
            ForecastResult result = results.stream().filter(r -> r.series().id().equals(target.seriesId())).findFirst().orElseThrow();
            int step = TargetAssessor.stepFor(result, Periods.parse(target.period())).orElseThrow();
            assessments.add(TargetAssessor.assess(result, target, step));
        }

        boolean withPopulation = population != null;
        OutputDirectory output = new OutputDirectory(out);
        output.write("forecast.csv", writer -> CsvOut.write(writer, forecastHeader(withPopulation),
                forecastRows(results, rateForecasts)));
        output.write("candidates.csv", writer -> CsvOut.write(writer, List.of("series_id", "method", "chosen", "basis",
                "mase", "smape", "mape", "aicc", "score", "origins"), candidateRows(results)));
        if (targetsFile != null) {
            output.write("targets.csv", writer -> CsvOut.write(writer, targetHeader(), targetRows(assessments)));
        }
        ForecastReport.print(spec.commandLine().getOut(), results, assessments);
        PrintWriter printer = spec.commandLine().getOut();
        output.written().forEach(path -> printer.println("wrote " + path));
        printer.flush();
        return ExitCodes.OK;
    }

    private ForecastSpec validateOptions() {
        if (horizon < 1 || horizon > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--horizon must be between 1 and 100");
        }
        if (!ForecastSpec.AUTO.equals(method) && MethodCatalogue.byName(method).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method must be auto or one of "
                    + MethodCatalogue.names());
        }
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--level values must be between 0 and 100");
            }
        }
        if (populationFile != null && AgeRange.parse(ages) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ages must be a range such as 0-17");
        }
        if (!(amberTolerance >= 0 && amberTolerance < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--amber-tolerance must be a fraction from 0 to below 1");
        }
        return new ForecastSpec(horizon, method, levels, ForecastSpec.DEFAULT_MAX_ORIGINS);
    }

    private List<String> forecastHeader(boolean withPopulation) {
        List<String> header = new ArrayList<>(List.of("series_id", "period", "method", "mean"));
        for (double level : levels) {
            header.add("lo" + CsvOut.level(level));
            header.add("hi" + CsvOut.level(level));
        }
        header.add("interval_basis");
        if (withPopulation) {
            header.add("population");
            header.add("rate_per_10000");
        }
        return header;
    }

    private List<List<String>> forecastRows(List<ForecastResult> results, List<RateForecast> rates) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            ForecastResult result = results.get(r);
            for (ForecastPoint point : result.points()) {
                List<String> row = new ArrayList<>(List.of(result.series().id(), point.period().label(), result.method(),
                        CsvOut.number(point.mean(), 2)));
                for (int l = 0; l < levels.size(); l++) {
                    row.add(CsvOut.number(point.lower(l), 2));
                    row.add(CsvOut.number(point.upper(l), 2));
                }
                row.add(result.calibration().basis().name().toLowerCase(Locale.ROOT));
                if (!rates.isEmpty()) {
                    row.add(CsvOut.number(rates.get(r).futurePopulation()[point.step() - 1], 0));
                    row.add(CsvOut.number(rates.get(r).rates().points().get(point.step() - 1).mean(), 3));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> candidateRows(List<ForecastResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ForecastResult result : results) {
            for (CandidateScore candidate : result.candidates()) {
                rows.add(List.of(result.series().id(), candidate.method(), Boolean.toString(candidate.chosen()),
                        result.basis().name().toLowerCase(Locale.ROOT), CsvOut.number(candidate.mase(), 4),
                        CsvOut.number(candidate.smape(), 3), CsvOut.number(candidate.mape(), 3),
                        CsvOut.number(candidate.aicc(), 3), CsvOut.number(candidate.score(), 4),
                        Integer.toString(candidate.origins())));
            }
        }
        return rows;
    }

    private List<String> targetHeader() {
        List<String> header = new ArrayList<>(List.of("series_id", "target_period", "direction", "target",
                "amber_tolerance", "forecast_period", "projected", "gap", "probability_met", "status", "first_crossing"));
        return header;
    }

    private static List<List<String>> targetRows(List<TargetAssessment> assessments) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetAssessment a : assessments) {
            rows.add(List.of(a.target().seriesId(), a.target().period(), a.target().direction().label(),
                    CsvOut.number(a.target().value(), 4), CsvOut.number(a.target().amberTolerance(), 4),
                    a.period().label(), CsvOut.number(a.projected(), 2), CsvOut.number(a.gap(), 2),
                    CsvOut.number(a.probabilityMet(), 3), a.status().name().toLowerCase(Locale.ROOT),
                    a.firstCrossing() == null ? "" : a.firstCrossing().label()));
        }
        return rows;
    }
}
