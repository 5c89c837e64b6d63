package uk.sufficiency.engine.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Matching's one entry point, called by {@code match} and {@code explain} (after their options have
 * become overrides of the {@code matching} section) and by {@code run}'s matching step alike, so all
 * three propose the same placements for the same scenario and seed. The solver's result is shared in
 * the pipeline context: the plan counts its current supply from it. One instance runs one solve;
 * {@link #terminateEarly()} (a Ctrl-C hook) stops it and the best proposal found is returned as usual.
 */
public final class MatchingCapability implements Capability<MatchingSettings, MatchingReport> {

    private final Long startedNanos;
    private final AtomicReference<MatchingService> running = new AtomicReference<>();
    private volatile boolean stopRequested;

    /** For a pipeline step: a time limit counts from when the solve starts. */
    public MatchingCapability() {
        this(null);
    }

    private MatchingCapability(Long startedNanos) {
        this.startedNanos = startedNanos;
    }

    /**
     * For a command whose time limit covers the whole command: counted from {@code startedNanos}
     * (before it read the scenario), leaving time to explain and write the result.
     */
    public static MatchingCapability forCommand(long startedNanos) {
        return new MatchingCapability(startedNanos);
    }

    @Override
    public String id() {
        return "matching";
    }

    @Override
    public String section() {
        return MatchingSettings.SECTION;
    }

    /** Matching runs on every scenario: without a matching section its documented defaults apply. */
    @Override
    public boolean configured(Scenario scenario) {
        return true;
    }

    @Override
    public MatchingSettings settings(Scenario scenario, ProblemCollector problems) {
        return MatchingSettings.read(scenario.settings(section()), problems);
    }

    @Override
    public MatchingReport run(MatchingSettings settings, PipelineContext context) {
        MatchingOptions options = settings.options(context);
        context.progress().note(options.stepLimit() != null
                ? "solving with a budget of " + options.stepLimit() + " local-search steps"
                : "solving for up to " + options.timeLimit().toMillis() / 1000.0 + " s");
        MatchingService service = new MatchingService(options, throttled(context.progress()));
        running.set(service);
        if (stopRequested) {
            service.terminateEarly();
        }
        MatchingResult result;
        try {
            result = startedNanos == null ? service.solve(context.scenario())
                    : service.solve(context.scenario(), startedNanos, true);
        } finally {
            running.set(null);
        }
        context.share(MatchingResult.class, result);
        return new MatchingReport(context.scenario(), result, options.seed(), used(settings, options, context));
    }

    /** The settings as used: the section's (with defaults), then what the run itself decided. */
    private static List<Assumption> used(MatchingSettings settings, MatchingOptions options, PipelineContext context) {
        List<Assumption> used = new ArrayList<>(settings.assumptions());
        if (context.quick() && !java.util.Objects.equals(options.stepLimit(), settings.steps())) {
            used.add(new Assumption("matching.steps.used", String.valueOf(options.stepLimit()), "local-search steps",
                    "--quick"));
        }
        used.add(new Assumption("matching.seed", Long.toString(options.seed()), "", context.seedGiven() ? "--seed"
                : settings.sectionSeed() != null ? "scenario.yaml matching.seed" : "default (one seed for every step)"));
        return used;
    }

    @Override
    public List<Table> tables(MatchingReport report) {
        return List.of(report.matchesTable(), report.unplacedTable(), report.settingsTable());
    }

    /**
     * Stops the solve early, whenever called (before or during it): the construction still completes
     * and {@link #run} returns the best proposal found so far. Thread-safe.
     */
    public void terminateEarly() {
        stopRequested = true;
        MatchingService service = running.get();
        if (service != null) {
            service.terminateEarly();
        }
    }

    /** The best score while solving, at most once a second. */
    private static Consumer<MatchingService.Progress> throttled(ProgressListener listener) {
        long[] last = {-1000};
        return progress -> {
            if (progress.timeMillis() - last[0] >= 1000) {
                last[0] = progress.timeMillis();
                listener.note(String.format(Locale.ROOT, "  %6.1fs  best score %s", progress.timeMillis() / 1000.0,
                        progress.bestScore()));
            }
        };
    }
}
