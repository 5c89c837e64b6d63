package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.node.IntNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.QuickOption;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.cli.options.SolveLimitOptions;
import uk.sufficiency.cli.region.RegionMatch;
import uk.sufficiency.cli.region.RegionRun;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.engine.matching.MatchingCapability;
import uk.sufficiency.engine.matching.MatchingSettings;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.report.WaitingList;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;

/**
 * {@code sufficiency match}: proposes matches of waiting children to placements through matching's one
 * entry point, {@link MatchingCapability}, as {@code run}'s matching step does: its options become
 * overrides of the scenario's {@code matching} section, so the two propose the same placements for the
 * same scenario and seed. Writes matches, unplaced and summary files as one results folder.
 */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {
            "Match waiting children to placements (OptaPlanner). Writes DIR/matches.csv, DIR/unplaced.csv",
            "(with the binding reason for each child who cannot be placed), DIR/settings.csv (how the solver",
            "was run, each value with its source) and DIR/summary.json.",
            "By default the solver takes 2000 local-search steps (the scenario's matching section may say",
            "otherwise), as 'run' does. Progress goes to stderr; Ctrl-C stops early and still writes the",
            "best proposal found."
        },
        footer = {"", "Examples:",
            "  sufficiency match scenarios/leicestershire-2015 --out out/match   (the same placements as run)",
            "  sufficiency match scenarios/leicestershire-2015 --time-limit 30s --out out/match"})
public final class MatchCommand implements Callable<Integer> {

    /** The file each of the capability's tables is written to. */
    static final Map<String, String> FILES = Map.of(MatchingReport.MATCHES_TABLE, "matches.csv",
            MatchingReport.UNPLACED_TABLE, "unplaced.csv", MatchingReport.SETTINGS_TABLE, "settings.csv");

    /** How long a Ctrl-C waits for the proposal to be built, constructed and written before giving up. */
    static final Duration STOP_WAIT = Duration.ofMinutes(5);

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml (or a region's"
            + " region.yaml: then pooled against each council alone, the region-*.csv tables of run).")
    Path scenarioDir;

    @Mixin
    SolveLimitOptions limits;

    @Mixin
    SeedOption seedOption;

    @Mixin
    QuickOption quick;

    private Integer maxCandidates;

    @Option(names = "--out", defaultValue = "match-results", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--max-candidates", paramLabel = "N", description = "Keep at most this many cheapest eligible "
            + "placements per child or group, 0 to 1,000,000 (0 = all; default: the scenario's matching.max_candidates, else 0).")
    void setMaxCandidates(int value) {
        maxCandidates = (int) Ranges.check(spec, "--max-candidates", value, 0, 1_000_000, "a number of placements");
    }

    /** What a command does with the proposal; it may throw, as writing files may. */
    @FunctionalInterface
    interface Then {
        void accept(MatchingReport report) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (RegionRun.isRegion(scenarioDir)) {
            // a region: pooled against each council alone, as run's region step (decision 0073)
            return RegionMatch.run(scenarioDir, limits, seedOption.seed(), quick.quick(), out, spec.commandLine().getOut(),
                    spec.commandLine().getErr(), this::withMaxCandidates);
        }
        Scenario scenario = withMaxCandidates(limits.applyTo(ScenarioLoader.load(scenarioDir)));
        List<Path> inputs = new ArrayList<>(scenario.inputFiles());
        inputs.addAll(scenario.chain());
        ResultsFolder.check(out, "--out", inputs);
        MatchingCapability capability = MatchingCapability.forCommand(started);
        MatchingSettings settings = capability.settingsOrThrow(scenario);
        PrintWriter stdout = spec.commandLine().getOut();
        Map<String, String> leftClosedHomes = scenario.leftClosedHomes();
        // Everything the user must see happens inside solveThen: after Ctrl-C the JVM exits as
        // soon as it returns.
        solveThen(capability, settings, context(scenario, seedOption, quick.quick(), spec), spec.commandLine().getErr(),
                report -> {
                    ResultsFolder.write(out, "--out", inputs, folder -> write(folder, capability, report));
                    // The commissioner's answer first, in waiting-list terms; the solver's own count after.
                    List<Table> tables = capability.tables(report);
                    WaitingList answer = WaitingList.of(named(tables, MatchingReport.MATCHES_TABLE),
                            named(tables, MatchingReport.UNPLACED_TABLE), leftClosedHomes);
                    stdout.printf(Locale.ROOT, "%s%n", answer.sentence());
                    for (String more : List.of(answer.emergenciesLeftSentence(), answer.closedHomesSentence())) {
                        if (!more.isEmpty()) {
                            stdout.printf(Locale.ROOT, "%s%n", more);
                        }
                    }
                    stdout.printf(Locale.ROOT, "solver: %s%n", describe(report.result()));
                    stdout.printf("wrote %s, %s, %s, %s%n", out.resolve("matches.csv"), out.resolve("unplaced.csv"),
                            out.resolve("settings.csv"), out.resolve("summary.json"));
                    stdout.flush();
                });
        return ExitCodes.OK;
    }

    /** The scenario with --max-candidates as an override of its matching section, when given. */
    private Scenario withMaxCandidates(Scenario scenario) {
        return maxCandidates == null ? scenario : scenario.withSetting(MatchingSettings.SECTION, "max_candidates",
                IntNode.valueOf(maxCandidates), "--max-candidates");
    }

    private static Table named(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The capability's tables through the shared CSV writer, and the summary. */
    private static void write(OutputDirectory folder, MatchingCapability capability, MatchingReport report) {
        for (Table table : capability.tables(report)) {
            folder.write(FILES.get(table.name()), w -> CsvTableWriter.write(table, w));
        }
        folder.write("summary.json", w -> w.write(report.summaryJson()));
    }

    /** The pipeline context of a matching command: --seed, quick, and progress on stderr. */
    static PipelineContext context(Scenario scenario, SeedOption seed, boolean quick, CommandLine.Model.CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return new PipelineContext(scenario, seed.seed(), quick, message -> {
            err.println(message);
            err.flush();
        });
    }

    static String describe(MatchingResult result) {
        int placed = 0;
        int unplaced = 0;
        for (var request : result.solution().getRequests()) {
            if (request.isPinned()) {
                continue;
            }
            if (request.getHome() != null) {
                placed += request.getSize();
            } else {
                unplaced += request.getSize();
            }
        }
        return String.format(Locale.ROOT, "placed %d of %d children waiting or already placed (%d unplaced); score %s%s%s", placed,
                placed + unplaced, unplaced, result.score(), result.stats().terminatedEarly() ? " (stopped early)" : "",
                result.stats().cutShort() ? " (cut short by the time limit: complete and within every rule, but"
                        + " children the flow had not reached are unplaced; a longer --time-limit may place more)" : "");
    }

    /**
     * Solves through the capability, then hands the proposal to {@code then}. A Ctrl-C (or SIGTERM)
     * hook stops the solver and waits until {@code then} has finished, so an interrupted run still
     * writes the best proposal found, completely; the JVM then exits with {@link ExitCodes#INTERRUPTED}.
     * {@code then} must therefore do everything the user needs to see (files and stdout): once it
     * returns, an interrupted JVM may halt at any moment.
     */
    static MatchingReport solveThen(MatchingCapability capability, MatchingSettings settings, PipelineContext context,
            PrintWriter err, Then then) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("stopping: writing the best proposal found so far...");
            err.flush();
            capability.terminateEarly();
            try {
                // Returning lets the JVM halt, even mid-write: wait for the main thread to finish.
                if (!done.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    err.println("gave up waiting after " + STOP_WAIT.toMinutes() + " minutes; the output may be"
                            + " missing or from an earlier run");
                    err.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "match-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            MatchingReport report = capability.run(settings, context);
            MatchingResult result = report.result();
            err.printf(Locale.ROOT, "solved in %.1fs: %s%n", result.stats().timeMillis() / 1000.0, result.score());
            err.flush();
            then.accept(report);
            return report;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook is running and now returns
            }
        }
    }
}
