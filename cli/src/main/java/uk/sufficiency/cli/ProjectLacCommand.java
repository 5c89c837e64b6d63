package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.projection.lac.LacConfigLoader;
import uk.sufficiency.engine.projection.lac.LacOutputWriter;
import uk.sufficiency.engine.projection.lac.LacProjection;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.PopulationProjection;
import uk.sufficiency.engine.projection.lac.EpisodeHistory;
import uk.sufficiency.engine.projection.lac.AgeBands;
import uk.sufficiency.engine.projection.lac.LacHistorySource;
import uk.sufficiency.engine.projection.lac.LacAggregates;
import uk.sufficiency.engine.projection.lac.LacAggregatesReader;
import uk.sufficiency.engine.projection.lac.LacHistory;
import uk.sufficiency.engine.projection.lac.StateSpace;
import java.util.List;
import uk.sufficiency.engine.ssda903.Ssda903Data;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** {@code sufficiency project-lac}: looked-after children by month, placement category and age band, and their cost. */
@Command(
        name = "project-lac",
        mixinStandardHelpOptions = true,
        description = {
            "Projects looked-after children by month, placement category and age band, with 80%% and 95%%",
            "intervals, and their cost by financial year; backtests the model on the history it was given.",
            "DIR is a folder of SSDA903 returns (<year>-header.csv and <year>-episodes.csv), a folder holding",
            "lac-aggregates.csv (yearly aggregates, for LAs without child-level data) or that file itself,",
            "or a scenario folder whose scenario.yaml has a lac_projection section."
        })
public final class ProjectLacCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "SSDA903 folder, aggregates file or folder, or scenario folder.")
    Path dir;

    @Option(names = "--years", defaultValue = "5", description = "Years to project (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--simulations", defaultValue = "1000", description = "Monte Carlo simulations (default ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--seed", defaultValue = "903", description = "Random seed; same inputs and seed give the same outputs (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reference-window", paramLabel = "WINDOW",
            description = "History the rates are estimated on, e.g. 12m or 2y (default: the config's, else 12m).")
    String referenceWindow;

    @Option(names = "--config", paramLabel = "FILE", description = "LAC projection settings (YAML); see docs/methods/lac-projection.md.")
    Path configFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "lac-projection", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (years < 1 || years > 25) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--years must be between 1 and 25");
        }
        if (simulations < 10) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--simulations must be at least 10");
        }
        LacProjectionConfig config = loadConfig();
        if (referenceWindow != null) {
            try {
                LacConfigLoader.windowMonths(referenceWindow);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reference-window: " + e.getMessage());
            }
            config = config.withReferenceWindow(referenceWindow);
        }
        // Every input file is checked before any problem is reported, so one run lists them all.
        ProblemCollector inputs = new ProblemCollector();
        PopulationProjection population = null;
        if (config.entries().mode().equals("population")) {
            population = PopulationProjection.read(Path.of(config.entries().populationFile()),
                    config.entries().populationArea(), AgeBands.parse(config.ageBands()), inputs);
        }
        Path aggregatesFile = aggregatesFile(config);
        Path returns = Ssda903Reader.looksLikeReturns(dir) ? dir
                : config.ssda903Dir() != null ? Path.of(config.ssda903Dir()) : null;
        LacHistorySource.Loaded loaded = LacHistorySource.load(config, configFile,
                aggregatesFile != null ? null : returns, aggregatesFile, dir, inputs);
        LacHistory history = loaded.history();
        List<Problem> dataQuality = loaded.dataQuality();
        LacProjectionResult result = LacProjection.run(config, history, population, dataQuality, years, simulations, seed);
        OutputDirectory output = new OutputDirectory(out);
        LacOutputWriter.write(result, output);

        var outStream = spec.commandLine().getOut();
        outStream.printf(Locale.ROOT, "%s%n", result.historyDescription());
        outStream.printf(Locale.ROOT, "%d children in care at %s; %d simulations, seed %d%n",
                result.observations().population().size(), result.observations().windowEnd(), simulations, seed);
        var sim = result.simulation();
        int last = sim.months().size() - 1;
        double[] finalTotals = new double[sim.simulations()];
        for (int i = 0; i < finalTotals.length; i++) {
            finalTotals[i] = sim.stock(i, last, -1, -1);
        }
        var d = uk.sufficiency.engine.projection.lac.Distribution.of(finalTotals);
        outStream.printf(Locale.ROOT, "projected at %s: mean %.1f children (80%% %.0f-%.0f, 95%% %.0f-%.0f)%n",
                sim.months().get(last).atEndOfMonth(), d.mean(), d.p10(), d.p90(), d.p2_5(), d.p97_5());
        var bt = result.backtest();
        if (bt.skipReason() == null) {
            outStream.printf(Locale.ROOT, "backtest from %s: mean absolute error %.1f%%, 80%% interval coverage %.0f%%, 95%% coverage %.0f%%%n",
                    bt.origin(), bt.meanAbsolutePercentageError(), bt.coverage80() * 100, bt.coverage95() * 100);
        } else {
            outStream.println("backtest skipped: " + bt.skipReason());
        }
        outStream.printf(Locale.ROOT, "%d data-quality warning(s); results in %s%n", dataQuality.size(), out);
        outStream.flush();
        return ExitCodes.OK;
    }

    /**
     * Child-level returns win when both kinds of history are given: DIR's SSDA903 returns, then DIR's
     * (or DIR as) aggregates file, then the settings' ssda903_dir, then their aggregates_file.
     */
    private Path aggregatesFile(LacProjectionConfig config) {
        if (Files.isRegularFile(dir)) {
            return dir;
        }
        if (Ssda903Reader.looksLikeReturns(dir)) {
            return null;
        }
        if (Files.isRegularFile(dir.resolve(LacAggregatesReader.FILE_NAME))) {
            return dir.resolve(LacAggregatesReader.FILE_NAME);
        }
        if (config.ssda903Dir() != null) {
            return null;
        }
        return config.aggregatesFile() == null ? null : Path.of(config.aggregatesFile());
    }

    private LacProjectionConfig loadConfig() throws IOException {
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw InvalidInputException.of(Problem.error(configFile, 0, null, null, "the --config file does not exist"));
            }
            return LacConfigLoader.load(configFile);
        }
        if (Files.isRegularFile(dir)) {
            return LacProjectionConfig.defaults();
        }
        Path scenario = dir.resolve("scenario.yaml");
        if (Files.isRegularFile(scenario)) {
            // Read only the lac_projection section, not the whole scenario: a projection needs no
            // children or placements tables, so a folder holding just this section is enough.
            JsonNode root;
            try {
                root = LacConfigLoader.mapper().readTree(scenario.toFile());
            } catch (IOException e) {
                throw InvalidInputException.of(Problem.error(scenario, 0, null, null, "could not read YAML: " + e.getMessage()));
            }
            JsonNode section = root == null ? null : root.get("lac_projection");
            return LacConfigLoader.bind(section, scenario, dir.toAbsolutePath());
        }
        return LacProjectionConfig.defaults();
    }
}
