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
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.model.io.OutputDirectory;
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

    @Option(names = "--horizon", defaultValue = "5", description = "periods to forecast (default ${DEFAULT-VALUE})")
    int horizon;

    @Option(names = "--method", defaultValue = ForecastSpec.AUTO,
            description = "auto (the pooled combination) or one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = MethodNames.class)
    String method;

    @Option(names = "--level", split = ",", defaultValue = "80,95",
            description = "prediction interval levels, percent (default ${DEFAULT-VALUE})")
    List<Double> levels;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "series_id,date,value,direction[,amber_tolerance][,label]; direction at_most or at_least")
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
        ForecastRun.Population rates = readPopulation(allSeries, ageRange, problems);
        List<Target> targets = readTargets(allSeries, problems);
        problems.throwIfErrors();

        // Everything is valid: compute, then write.
        List<ForecastRun.SeriesForecast> forecasts = ForecastRun.forecastAll(allSeries, forecastSpec, targets, rates);
        List<ForecastResult> results = forecasts.stream().map(ForecastRun.SeriesForecast::result).toList();
        List<TargetAssessment> assessments = forecasts.stream().flatMap(f -> f.assessments().stream()).toList();

        OutputDirectory output = new OutputDirectory(out);
        output.write("forecast.csv", writer -> CsvTableWriter.write(ForecastTables.forecasts("forecast", forecasts), writer));
        output.write("methods.csv", writer -> CsvTableWriter.write(ForecastTables.methods("methods", results), writer));
        output.write("track-record.csv", writer -> CsvTableWriter.write(ForecastTables.trackRecord("track-record", results),
                writer));
        if (targetsFile != null) {
            output.write("targets.csv", writer -> CsvTableWriter.write(ForecastTables.targets("targets", assessments), writer));
        }
        ForecastReport.print(spec.commandLine().getOut(), forecasts);
        PrintWriter printer = spec.commandLine().getOut();
        output.written().forEach(path -> printer.println("wrote " + path));
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
        if (horizon < 1 || horizon > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--horizon must be between 1 and 100");
        }
        if (MethodCatalogue.byName(method).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method must be one of "
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
}
