package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.benchmark.HoldoutBenchmark;
import uk.sufficiency.engine.forecast.benchmark.SyntheticSeries;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.model.io.OutputDirectory;

/** {@code sufficiency bench forecast}: out-of-sample accuracy and interval coverage of every method. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Holds out each series' last H points, forecasts them from the rest with auto and with every",
            "method, and scores the forecasts: sMAPE, MASE and coverage of the 80%% and 95%% intervals.",
            "Writes accuracy.csv (one row per method and series) and summary.csv; prints the summary."
        },
        footer = {
            "",
            "Examples:",
            "  sufficiency bench forecast bench/forecast/cla-la-series.csv --horizon 1",
            "  sufficiency bench forecast --synthetic 1000 --seed 42 --horizon 6",
        })
public final class BenchForecastCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "series in long form: series_id,period,value")
    Path file;

    @Option(names = "--horizon", required = true, description = "points held out and forecast per series")
    int horizon;

    @Option(names = "--synthetic", paramLabel = "N", description = "benchmark N generated yearly series instead of FILE")
    Integer synthetic;

    @Option(names = "--seed", defaultValue = "42", description = "seed for --synthetic (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", defaultValue = "bench-forecast", paramLabel = "DIR",
            description = "directory for accuracy.csv and summary.csv (default ${DEFAULT-VALUE})")
    Path out;

    /** CPU time of the whole process (all threads), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    @Override
    public Integer call() {
        if ((file == null) == (synthetic == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either FILE or --synthetic N");
        }
        if (horizon < 1 || horizon > 50) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--horizon must be between 1 and 50");
        }
        if (synthetic != null && synthetic < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--synthetic must be at least 1");
        }
        List<TimeSeries> series = file != null ? new SeriesReader().read(file) : SyntheticSeries.generate(synthetic, seed);
        PrintWriter printer = spec.commandLine().getOut();

        // Time auto alone, as a user would run it: selection, fit and intervals for every series.
        List<TimeSeries> usable = series.stream().filter(s -> s.length() >= horizon + 3).map(s -> s.head(s.length() - horizon)).toList();
        Forecaster forecaster = new Forecaster();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        IntStream.range(0, usable.size()).parallel().forEach(i -> forecaster.forecast(usable.get(i), ForecastSpec.auto(horizon)));
        double autoSeconds = (System.nanoTime() - start) / 1e9;
        double autoCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;

        HoldoutBenchmark.Outcome outcome = new HoldoutBenchmark(horizon).run(series);
        List<HoldoutBenchmark.Summary> summaries = HoldoutBenchmark.summarise(outcome.scores());

        OutputDirectory output = new OutputDirectory(out);
        output.write("accuracy.csv", writer -> {
            List<List<String>> rows = new ArrayList<>();
            for (HoldoutBenchmark.Score s : outcome.scores()) {
                rows.add(List.of(s.method(), s.series(), CsvOut.number(s.smape(), 4), CsvOut.number(s.mase(), 4),
                        CsvOut.number(s.coverage80(), 4), CsvOut.number(s.coverage95(), 4)));
            }
            CsvOut.write(writer, List.of("method", "series", "smape", "mase", "coverage80", "coverage95"), rows);
        });
        output.write("summary.csv", writer -> {
            List<List<String>> rows = new ArrayList<>();
            for (HoldoutBenchmark.Summary s : summaries) {
                rows.add(List.of(s.method(), Integer.toString(s.series()), CsvOut.number(s.smape(), 3),
                        CsvOut.number(s.mase(), 3), CsvOut.number(s.coverage80(), 3), CsvOut.number(s.coverage95(), 3)));
            }
            CsvOut.write(writer, List.of("method", "series", "smape", "mase", "coverage80", "coverage95"), rows);
        });

        printer.printf(Locale.ROOT, "%d series, last %d point(s) held out; %d skipped as too short.%n",
                usable.size(), horizon, outcome.skipped().size());
        printer.printf(Locale.ROOT, "auto (selection + fit + calibrated intervals): %.2f s wall, %.2f s CPU for %d series on %d core(s).%n",
                autoSeconds, autoCpuSeconds, usable.size(), Runtime.getRuntime().availableProcessors());
        printer.println("method             series   sMAPE%    MASE  cover80  cover95");
        for (HoldoutBenchmark.Summary s : summaries) {
            printer.printf(Locale.ROOT, "%-18s %6d %8.2f %7.3f %8.3f %8.3f%n", s.method(), s.series(), s.smape(), s.mase(),
                    s.coverage80(), s.coverage95());
        }
        output.written().forEach(path -> printer.println("wrote " + path));
        printer.flush();
        return ExitCodes.OK;
    }
}
