package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.forecast.benchmark.MethodSummary;
import uk.sufficiency.engine.forecast.benchmark.OriginChoice;
import uk.sufficiency.engine.forecast.benchmark.PanelBenchmark;
import uk.sufficiency.engine.forecast.benchmark.SyntheticSeries;
import uk.sufficiency.engine.forecast.method.ForecastMethod;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.series.YearlyTotals;
import uk.sufficiency.model.io.ResultsFolder;

/** {@code sufficiency bench forecast}: rolling-origin accuracy, interval coverage and sharpness of methods over a panel. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts every series of a long-form panel (series_id,period,value) from each chosen origin with",
            "each method, intervals calibrated only on what was known at the origin, and scores the forecasts",
            "against the held-back values: MAPE, sMAPE, MASE, MSIS, coverage of the 80%% and 95%% intervals and",
            "their median width relative to the forecast, over all steps and per step.",
            "Writes summary.csv, by-horizon.csv, scores.csv (per series and origin) and series.csv (the panel as"
                + " evaluated); prints the summary."
        },
        footer = {
            "",
            "Examples:",
            "  sufficiency bench forecast ../shared/data/ehcp-la-2010-2019/ehcp_la_2010_2019.csv --horizon 6 --origins 2013-2018",
            "  sufficiency bench forecast ../shared/data/m3-quarterly/M3_quarterly_TSTS.csv --horizon 6 --yearly-sum",
            "  sufficiency bench forecast --synthetic 1000 --seed 42 --horizon 6 --origins last:3",
            "  sufficiency bench forecast ../shared/data/cla-la-2010-2020/cla_la_2010_2020.csv --horizon 5 --origins 2014-2019"
                + " --calibration panel",
        })
public final class BenchForecastCommand implements Callable<Integer> {

    /** Methods scored unless --methods says otherwise: auto, its members, and the usual yardsticks. */
    static final String DEFAULT_METHODS = "auto,naive,drift,ses,holt,damped,theta,dotm,ets,log_damped,log_shrunk_drift,log_drift,"
            + "log_linear_trend,comb_mean,comb_median";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "series in long form: series_id,period,value (period may be date or timestamp)")
    Path file;

    private int horizon;

    @Option(names = "--horizon", required = true, paramLabel = "N", description = "steps forecast from each origin, 1 to 100")
    void setHorizon(int value) {
        horizon = Ranges.HORIZON.checkInt(spec, "--horizon", value);
    }

    @Option(names = "--origins", defaultValue = "holdout",
            description = "holdout (last H values held out), last:K (the K latest origins), or periods such as 2013-2018")
    String origins;

    @Option(names = "--methods", defaultValue = DEFAULT_METHODS, split = ",",
            description = "methods to score (default ${DEFAULT-VALUE})")
    List<String> methods;

    @Option(names = "--calibration", defaultValue = "auto", paramLabel = "auto|series|panel",
            description = ForecastRun.CALIBRATION_HELP)
    String calibration;

    @Option(names = "--yearly-sum", description = "sum monthly or quarterly series to complete calendar years first")
    boolean yearlySum;

    private Integer synthetic;

    @Option(names = "--synthetic", paramLabel = "N",
            description = "benchmark N generated yearly series instead of FILE, 1 to 2,000")
    void setSynthetic(int value) {
        synthetic = Ranges.SYNTHETIC_SERIES.checkInt(spec, "--synthetic", value);
    }

    private long seed = 42;

    @Option(names = "--seed", paramLabel = "N", description = "seed for --synthetic, 0 to 2^53-1 (default 42)")
    void setSeed(long value) {
        seed = Ranges.SEED.check(spec, "--seed", value);
    }

    @Option(names = "--out", defaultValue = "bench-forecast", paramLabel = "DIR",
            description = "folder for the result files, replaced whole (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        OriginChoice originChoice = validate();
        List<Path> inputs = file == null ? List.of() : List.of(file);
        ResultsFolder.check(out, "--out", inputs);
        List<ForecastMethod> chosen = methods.stream().map(name -> MethodCatalogue.byName(name).orElseThrow()).toList();
        List<TimeSeries> series = file != null ? new SeriesReader().read(file) : SyntheticSeries.generate(synthetic, seed);
        if (yearlySum) {
            series = series.stream().map(s -> YearlyTotals.of(s, 4)).filter(Objects::nonNull).toList();
        }
        PanelBenchmark.Calibration intervals = PanelBenchmark.Calibration.valueOf(calibration.toUpperCase(Locale.ROOT));
        if (intervals == PanelBenchmark.Calibration.PANEL) {
            ForecastRun.unalignedPanelWarning(series).ifPresent(spec.commandLine().getErr()::println);
        }
        PanelBenchmark.Outcome outcome = new PanelBenchmark(horizon, originChoice, chosen, intervals).run(series);
        List<MethodSummary> summaries = PanelBenchmark.summarise(outcome.forecasts());
        List<TimeSeries> evaluated = series;
        List<Path> written = ResultsFolder.write(out, "--out", inputs, output -> {
            output.write("summary.csv", writer -> CsvTableWriter.write(summaryTable("summary", summaries, true), writer));
            output.write("by-horizon.csv", writer -> CsvTableWriter.write(summaryTable("by-horizon", summaries, false),
                    writer));
            output.write("scores.csv", writer -> CsvTableWriter.write(scoreTable(outcome.scores()), writer));
            output.write("series.csv", writer -> CsvTableWriter.write(seriesTable(evaluated), writer));
        });

        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "%d series (%d skipped: no chosen origin), origins %s, up to %d steps ahead;"
                + " %d forecasts in %.2f s on %d core(s).%n", series.size() - outcome.skipped().size(), outcome.skipped().size(),
                originChoice.text(), horizon, outcome.forecasts().size(), outcome.seconds(), Runtime.getRuntime().availableProcessors());
        printer.println("method              forecasts   MAPE%  sMAPE%    MASE    MSIS  cover80  cover95  width80  width95");
        for (MethodSummary s : summaries) {
            if (s.step() == 0) {
                printer.printf(Locale.ROOT, "%-18s %10d %7.2f %7.2f %7.3f %7.2f %8.3f %8.3f %8.3f %8.3f%n", s.method(), s.forecasts(),
                        s.mape(), s.smape(), s.mase(), s.msis(), s.coverage80(), s.coverage95(), s.width80(), s.width95());
            }
        }
        written.forEach(path -> printer.println("wrote " + path));
        printer.flush();
        return ExitCodes.OK;
    }

    private OriginChoice validate() {
        if ((file == null) == (synthetic == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either FILE or --synthetic N");
        }
        for (String name : methods) {
            if (MethodCatalogue.byName(name).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--methods: unknown method '" + name
                        + "'; choose from " + MethodCatalogue.names());
            }
        }
        if (!ForecastRun.CALIBRATIONS.contains(calibration)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calibration must be one of "
                    + ForecastRun.CALIBRATIONS + ": " + calibration);
        }
        OriginChoice choice;
        try {
            choice = OriginChoice.parse(origins);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (choice.latest() > 0) {
            Ranges.ORIGINS.check(spec, "--origins last:K", choice.latest());
        }
        return choice;
    }

    private static Table summaryTable(String name, List<MethodSummary> summaries, boolean overall) {
        Table.Builder table = Table.builder(name, overall ? "Accuracy over all steps" : "Accuracy by step ahead",
                "method", "step", "forecasts", "mape_percent", "smape_percent", "mase", "msis", "coverage_80",
                "coverage_95", "relative_width_80", "relative_width_95").keys(2);
        for (MethodSummary s : summaries) {
            if ((s.step() == 0) == overall) {
                table.row(s.method(), s.step() == 0 ? "all" : Integer.toString(s.step()), s.forecasts(), r(s.mape(), 3),
                        r(s.smape(), 3), r(s.mase(), 4), r(s.msis(), 4), r(s.coverage80(), 4), r(s.coverage95(), 4),
                        r(s.width80(), 4), r(s.width95(), 4));
            }
        }
        return table.build();
    }

    private static Table scoreTable(List<PanelBenchmark.SeriesScore> scores) {
        Table.Builder table = Table.builder("scores", "Scores per series and origin", "method", "series_id", "origin",
                "steps", "mase", "smape_percent", "msis", "coverage_80", "coverage_95").keys(3);
        for (PanelBenchmark.SeriesScore s : scores) {
            table.row(s.method(), s.series(), s.origin(), s.steps(), r(s.mase(), 4), r(s.smape(), 3), r(s.msis(), 4),
                    r(s.coverage80(), 4), r(s.coverage95(), 4));
        }
        return table.build();
    }

    /** The panel as evaluated (after --yearly-sum), so that another tool can score the same series. */
    private static Table seriesTable(List<TimeSeries> series) {
        Table.Builder table = Table.builder("series", "Series evaluated", "series_id", "period", "value").keys(2);
        for (TimeSeries s : series) {
            double[] values = s.values();
            for (int t = 0; t < values.length; t++) {
                table.row(s.id(), s.periods().get(t).label(), values[t]);
            }
        }
        return table.build();
    }

    private static Double r(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
