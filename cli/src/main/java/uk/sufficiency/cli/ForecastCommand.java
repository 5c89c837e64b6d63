package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.rate.RateForecaster;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.rate.AgeRange;
import uk.sufficiency.engine.population.PopulationProjection;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;
import uk.sufficiency.engine.forecast.targets.TargetAssessor;
import uk.sufficiency.engine.forecast.targets.TargetReader;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.validation.ProblemCollector;

/** {@code sufficiency forecast}: forecasts each series in a file, with calibrated intervals and targets. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts yearly, quarterly or monthly series with auto (a combination chosen on many series),",
            "intervals calibrated on rolling-origin errors, the track record of forecasts made the same way",
            "from earlier origins and, optionally, targets and a population-driven rate.",
            "Writes forecast.csv, methods.csv and track-record.csv (and targets.csv) to --out; prints a table."
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

    private int horizon = 5;

    @Option(names = "--horizon", paramLabel = "N", description = "periods to forecast, 1 to 100 (default 5)")
    void setHorizon(int value) {
        horizon = Ranges.HORIZON.checkInt(spec, "--horizon", value);
    }

    @Option(names = "--method", defaultValue = ForecastSpec.AUTO,
            description = "auto (the pooled combination) or one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = MethodNames.class)
    String method;

    private List<Double> levels = List.of(80.0, 95.0);

    @Option(names = "--level", split = ",", paramLabel = "PERCENT",
            description = "prediction interval levels, percent, each above 0 and below 100 (default 80,95)")
    void setLevels(List<Double> values) {
        values.forEach(level -> Ranges.percentLevel(spec, "--level", level));
        levels = List.copyOf(values);
    }

    @Option(names = "--targets", paramLabel = "FILE",
            description = "series_id,date,value,direction[,amber_tolerance][,label]; direction at_most or at_least")
    Path targetsFile;

    private double amberTolerance = 0.05;

    @Option(names = "--amber-tolerance", paramLabel = "FRACTION",
            description = "a target missed by at most this fraction of its value is amber, not red, 0 to below 1"
                    + " (default 0.05)")
    void setAmberTolerance(double value) {
        amberTolerance = Ranges.fractionBelowOne(spec, "--amber-tolerance", value);
    }

    @Option(names = "--population", paramLabel = "FILE",
            description = "area,age,year,population: forecast the rate per 10,000 and scale by this projection")
    Path populationFile;

    @Option(names = "--ages", defaultValue = "0-17", description = "age range of the population (default ${DEFAULT-VALUE})")
    String ages;

    @Option(names = "--area", description = "area in the population file (needed when it holds several)")
    String area;

    @Option(names = "--calibration", defaultValue = "auto", paramLabel = "auto|series|panel",
            description = ForecastRun.CALIBRATION_HELP + "; not with --population")
    String calibration;

    @Option(names = "--panel", paramLabel = "FILE",
            description = "series_id,period,value of like series (e.g. every authority's EHCP counts) whose pooled"
                    + " errors set the intervals instead of the file's own series; implies --calibration panel")
    Path panelFile;

    @Option(names = "--out", defaultValue = "forecast-output", paramLabel = "DIR",
            description = "folder for the result files, replaced whole (default ${DEFAULT-VALUE})")
    Path out;

    /** Method names for help and validation. */
    static final class MethodNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        MethodNames() {
            super(MethodCatalogue.names());
        }
    }

    @Override
    public Integer call() throws Exception {
        ForecastSpec forecastSpec = validateOptions();
        AgeRange ageRange = populationFile == null ? null : AgeRange.parse(ages);
        List<Path> inputs = java.util.stream.Stream.of(seriesFile, targetsFile, populationFile, panelFile)
                .filter(java.util.Objects::nonNull).toList();
        ResultsFolder.check(out, "--out", inputs);

        ProblemCollector problems = new ProblemCollector();
        List<TimeSeries> allSeries = new SeriesReader().read(seriesFile);
        for (TimeSeries series : allSeries) {
            if (!Forecaster.canForecast(method, series)) {
                problems.error(seriesFile, 0, "value", null, "method " + method + " cannot be fitted to series '"
                        + series.id() + "' (too few points, or log/seasonal methods on unsuitable values)");
            }
        }
        ForecastRun.Population rates = readPopulation(allSeries, ageRange, problems);
        List<Target> targets = readTargets(allSeries, problems);
        List<TimeSeries> reference = panelFile != null && !allSeries.isEmpty()
                ? ForecastRun.readPanel(panelFile, allSeries.get(0).frequency(), problems)
                : calibration.equals("panel") ? allSeries : null;
        problems.throwIfErrors();
        if (reference != null) {
            ForecastRun.unalignedPanelWarning(reference).ifPresent(spec.commandLine().getErr()::println);
        }

        // Everything is valid: compute, then write.
        List<ForecastRun.SeriesForecast> forecasts = reference != null || !calibration.equals("auto")
                ? ForecastRun.forecastAll(allSeries, forecastSpec, targets, rates, reference)
                : ForecastRun.forecastAllByDefault(allSeries, forecastSpec, targets, rates);
        List<ForecastResult> results = forecasts.stream().map(ForecastRun.SeriesForecast::result).toList();
        List<TargetAssessment> assessments = forecasts.stream().flatMap(f -> f.assessments().stream()).toList();

        List<Path> written = ResultsFolder.write(out, "--out", inputs, output -> {
            output.write("forecast.csv", writer -> CsvTableWriter.write(ForecastTables.forecasts("forecast", forecasts),
                    writer));
            output.write("methods.csv", writer -> CsvTableWriter.write(ForecastTables.methods("methods", results), writer));
            output.write("track-record.csv", writer -> CsvTableWriter.write(
                    ForecastTables.trackRecord("track-record", results), writer));
            if (targetsFile != null) {
                output.write("targets.csv", writer -> CsvTableWriter.write(ForecastTables.targets("targets", assessments),
                        writer));
            }
        });
        ForecastReport.print(spec.commandLine().getOut(), forecasts);
        PrintWriter printer = spec.commandLine().getOut();
        written.forEach(path -> printer.println("wrote " + path));
        printer.flush();
        return ExitCodes.OK;
    }

    /** The population settings, every problem with them added to {@code problems}; null without --population. */
    private ForecastRun.Population readPopulation(List<TimeSeries> allSeries, AgeRange ageRange, ProblemCollector problems) {
        if (populationFile == null) {
            return null;
        }
        PopulationProjection population = PopulationProjection.read(populationFile, problems);
        if (population == null) {
            return null;
        }
        String populationArea = area;
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
        return new ForecastRun.Population(population, populationArea, ageRange);
    }

    /** The targets, each checked to name a series and fall in its forecast; empty without --targets. */
    private List<Target> readTargets(List<TimeSeries> allSeries, ProblemCollector problems) {
        if (targetsFile == null) {
            return List.of();
        }
        String onlyId = allSeries.size() == 1 ? allSeries.get(0).id() : null;
        List<Target> targets = TargetReader.read(targetsFile, onlyId, amberTolerance, problems);
        for (Target target : targets) {
            TimeSeries series = allSeries.stream().filter(s -> s.id().equals(target.series())).findFirst().orElse(null);
            if (series == null) {
                problems.error(targetsFile, 0, "series_id", target.series(), "no series with this id in " + seriesFile);
                continue;
            }
            Period period = Period.ofDate(series.frequency(), target.by());
            boolean forecast = java.util.stream.IntStream.rangeClosed(1, horizon)
                    .anyMatch(h -> TargetAssessor.sameBucket(series.lastPeriod().plus(h), period));
            if (!forecast) {
                problems.error(targetsFile, 0, "date", target.by().toString(), "target period must fall within the forecast of '"
                        + series.id() + "', " + series.lastPeriod().plus(1).label() + " to "
                        + series.lastPeriod().plus(horizon).label() + " (raise --horizon to reach it)");
            }
        }
        return targets;
    }

    private ForecastSpec validateOptions() {
        if (MethodCatalogue.byName(method).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method must be one of "
                    + MethodCatalogue.names());
        }
        if (populationFile != null && AgeRange.parse(ages) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ages must be a range such as 0-17");
        }
        if (!ForecastRun.CALIBRATIONS.contains(calibration)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calibration must be one of "
                    + ForecastRun.CALIBRATIONS + ": " + calibration);
        }
        if (panelFile != null && calibration.equals("series")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--panel sets the intervals from a panel:"
                    + " it cannot be used with --calibration series");
        }
        if (panelFile != null && populationFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--panel cannot be used with --population");
        }
        if (calibration.equals("panel") && populationFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calibration panel cannot be used with --population");
        }
        return new ForecastSpec(horizon, method, levels, ForecastSpec.DEFAULT_MAX_ORIGINS);
    }
}
