package uk.sufficiency.engine.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The {@code matching:} section of scenario.yaml, every default filled (docs/methods/matching.md):
 * how long the solver searches. The one default is a budget of {@link #DEFAULT_STEPS} local-search
 * steps and no time limit, so {@code match}, {@code explain} and {@code run} propose the same
 * placements for the same scenario and seed on any machine. A {@code time_limit_seconds} without
 * {@code steps} searches until the limit instead (not reproducible: it depends on the machine).
 *
 * @param steps          local-search step budget, or null for a time-limited search
 * @param timeLimit      wall-clock limit, or null for none
 * @param convergedAfter stop once local search has not improved for this long, or null
 * @param maxCandidates  cheapest eligible placements kept per child or group (0 = all)
 * @param sectionSeed    the section's seed, or null (then --seed, else the one default)
 * @param assumptions    every value used and where it came from
 */
public record MatchingSettings(Long steps, Duration timeLimit, Duration convergedAfter, int maxCandidates,
        Long sectionSeed, List<Assumption> assumptions) {

    public static final String SECTION = "matching";
    /** Local-search steps by default: enough for the built-in scenario's search to settle, reproducible. */
    public static final long DEFAULT_STEPS = 2_000;
    /** Steps of a {@code --quick} search, at most. */
    public static final long QUICK_STEPS = 200;
    /** How long a time-limited search may go without improving, by default. */
    public static final Duration DEFAULT_CONVERGED_AFTER = Duration.ofSeconds(10);
    static final long MAX_STEPS = 1_000_000_000L;
    static final double MAX_SECONDS = 86_400;
    static final int MAX_CANDIDATES = 1_000_000;
    static final long MAX_SEED = (1L << 53) - 1;

    /** The section's keys as written (snake_case in the yaml). */
    record Section(Long steps, Double timeLimitSeconds, Double convergedAfterSeconds, Integer maxCandidates, Long seed) {
    }

    public MatchingSettings {
        assumptions = List.copyOf(assumptions);
    }

    /** Binds and checks the section, adding every problem; null when there were errors. */
    static MatchingSettings read(ConfigSection section, ProblemCollector problems) {
        Section s = section.bind(Section.class, problems);
        if (s == null) {
            return null;
        }
        int before = problems.problems().size();
        section.checkRange(problems, "/steps", s.steps(), 0, MAX_STEPS, "a number of local-search steps");
        section.checkRange(problems, "/time_limit_seconds", s.timeLimitSeconds(), 0.001, MAX_SECONDS, "a time limit in seconds");
        section.checkRange(problems, "/converged_after_seconds", s.convergedAfterSeconds(), 0, MAX_SECONDS,
                "seconds without improvement (0 = off)");
        section.checkRange(problems, "/max_candidates", s.maxCandidates(), 0, MAX_CANDIDATES,
                "a number of candidate placements (0 = all)");
        section.checkRange(problems, "/seed", s.seed(), 0, MAX_SEED, "a seed");
        if (problems.problems().size() > before) {
            return null;
        }
        List<Assumption> assumptions = new ArrayList<>();
        Duration timeLimit = s.timeLimitSeconds() == null ? null : seconds(s.timeLimitSeconds());
        Long steps = timeLimit != null && s.steps() == null ? null : section.valueOrDefault(s.steps(), "/steps",
                DEFAULT_STEPS, "local-search steps", "default: a step budget keeps matching reproducible", assumptions);
        if (timeLimit != null) {
            section.valueOrDefault(s.timeLimitSeconds(), "/time_limit_seconds", null, "seconds", "", assumptions);
        }
        Duration convergedAfter = s.convergedAfterSeconds() != null ? seconds(s.convergedAfterSeconds())
                : steps == null ? DEFAULT_CONVERGED_AFTER : null;
        if (convergedAfter != null) {
            section.valueOrDefault(s.convergedAfterSeconds(), "/converged_after_seconds",
                    (double) DEFAULT_CONVERGED_AFTER.toSeconds(), "seconds", "default for a time-limited search", assumptions);
        }
        int maxCandidates = section.valueOrDefault(s.maxCandidates(), "/max_candidates", 0, "placements (0 = all)",
                "default: every eligible placement", assumptions);
        return new MatchingSettings(steps, timeLimit, convergedAfter == null || convergedAfter.isZero() ? null
                : convergedAfter, maxCandidates, s.seed(), assumptions);
    }

    /** The solver's options in a pipeline: the seed rule, and at most {@link #QUICK_STEPS} steps when quick. */
    public MatchingOptions options(PipelineContext context) {
        Long budget = context.quick() ? Long.valueOf(steps == null ? QUICK_STEPS : Math.min(QUICK_STEPS, steps)) : steps;
        return new MatchingOptions(timeLimit, context.seed(sectionSeed), budget, convergedAfter, maxCandidates, false);
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
