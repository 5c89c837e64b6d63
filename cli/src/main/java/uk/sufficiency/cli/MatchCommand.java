package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.report.WaitingList;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;

/** Proposes matches of waiting children to placements and writes matches, unplaced and summary files. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {
            "Match waiting children to placements (OptaPlanner). Writes DIR/matches.csv, DIR/unplaced.csv",
            "(with the binding reason for each child who cannot be placed) and DIR/summary.json.",
            "Progress goes to stderr; Ctrl-C stops early and still writes the best proposal found."
        },
        footer = {"", "Examples:",
            "  sufficiency match scenarios/leicestershire-2015 --time-limit 30s --out out/match",
            "  sufficiency match scenarios/leicestershire-2015 --steps 2000 --seed 7   (reproducible)"})
public final class MatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml.")
    Path scenarioDir;

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "Wall-clock limit for the whole command, reading, solving and writing included "
                    + "(JVM start aside; default ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--converged-after", defaultValue = "10s", converter = DurationConverter.class,
            description = "Stop once local search has not improved the best proposal for this long "
                    + "(default ${DEFAULT-VALUE}; 0s = use the whole time limit).")
    Duration convergedAfter;

    @picocli.CommandLine.Mixin
    uk.sufficiency.cli.options.SeedOption seedOption;

    @Option(names = "--steps", description = "Stop after this many local-search steps: with the same seed the "
            + "output is byte-identical (the time limit still applies if reached first).")
    Long steps;

    @Option(names = "--max-candidates", defaultValue = "0",
            description = "Keep at most this many cheapest eligible placements per child or group (0 = all).")
    int maxCandidates;

    @Option(names = "--out", defaultValue = "match-results", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Scenario scenario = ScenarioLoader.load(scenarioDir);
        if (maxCandidates < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-candidates must be 0 or more");
        }
        MatchingOptions options = new MatchingOptions(timeLimit, seed(), steps,
                convergedAfter.isZero() ? null : convergedAfter, maxCandidates, false);
        PrintWriter stdout = spec.commandLine().getOut();
        // Everything the user must see happens inside solveThen: after Ctrl-C the JVM exits as
        // soon as it returns.
        solveThen(scenario, options, started, spec.commandLine().getErr(), solved -> {
            MatchingReport report = new MatchingReport(scenario, solved, seed());
            report.writeTo(new OutputDirectory(out));
            // The commissioner's answer first, in waiting-list terms; the solver's own count after.
            WaitingList answer = WaitingList.of(report.matchesTable(), report.unplacedTable(), scenario.leftClosedHomes());
            stdout.printf(Locale.ROOT, "%s%n", answer.sentence());
            for (String more : List.of(answer.emergenciesLeftSentence(), answer.closedHomesSentence())) {
                if (!more.isEmpty()) {
                    stdout.printf(Locale.ROOT, "%s%n", more);
                }
            }
            stdout.printf(Locale.ROOT, "solver: %s%n", describe(solved));
            stdout.printf("wrote %s, %s, %s%n", out.resolve("matches.csv"), out.resolve("unplaced.csv"),
                    out.resolve("summary.json"));
            stdout.flush();
        });
        return ExitCodes.OK;
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

    /** How long a Ctrl-C waits for the proposal to be built, constructed and written before giving up. */
    static final Duration STOP_WAIT = Duration.ofMinutes(5);

    /**
     * Solves with progress on stderr (at most once a second), then hands the result to {@code write}.
     * A Ctrl-C (or SIGTERM) hook stops the solver and waits until {@code write} has finished, so an
     * interrupted run still writes the best proposal found, completely; the JVM then exits with
     * {@link ExitCodes#INTERRUPTED}. {@code write} must therefore do everything the user needs to
     * see (files and stdout): once it returns, an interrupted JVM may halt at any moment.
     */
    static MatchingResult solveThen(Scenario scenario, MatchingOptions options, long startedNanos, PrintWriter err,
            Consumer<MatchingResult> write) {
        long[] lastPrint = {-1000};
        MatchingService service = new MatchingService(options, progress -> {
            if (progress.timeMillis() - lastPrint[0] >= 1000) {
                lastPrint[0] = progress.timeMillis();
                err.printf(Locale.ROOT, "  %6.1fs  best score %s%n", progress.timeMillis() / 1000.0,
                        progress.bestScore());
                err.flush();
            }
        });
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("stopping: writing the best proposal found so far...");
            err.flush();
            service.terminateEarly();
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
            MatchingResult result = service.solve(scenario, startedNanos, true);
            err.printf(Locale.ROOT, "solved in %.1fs: %s%n", result.stats().timeMillis() / 1000.0, result.score());
            err.flush();
            write.accept(result);
            return result;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook is running and now returns
            }
        }
    }

    /** --seed, else the one default seed every command and run share. */
    private long seed() {
        return seedOption.seed() == null ? uk.sufficiency.engine.pipeline.PipelineContext.DEFAULT_SEED : seedOption.seed();
    }
}
