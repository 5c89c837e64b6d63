package uk.sufficiency.cli.options;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.sufficiency.cli.DurationConverter;
import uk.sufficiency.engine.matching.MatchingSettings;
import uk.sufficiency.model.scenario.Scenario;

/**
 * {@code --steps}, {@code --time-limit} and {@code --converged-after}: how long the matching solver
 * searches, shared by {@code match} and {@code explain} with one range each. Each becomes an override
 * of the scenario's {@code matching} section, so unset they leave its settings (by default a budget
 * of 2,000 local-search steps and no time limit: the same placements as {@code run}).
 */
public final class SolveLimitOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Long steps;
    private Duration timeLimit;
    private Duration convergedAfter;

    @Option(names = "--steps", paramLabel = "N", description = "Stop after this many local-search steps, 0 to "
            + "1,000,000,000: with the same seed the output is byte-identical (default: the scenario's "
            + "matching.steps, else 2000; a time limit still applies if reached first).")
    void setSteps(long value) {
        this.steps = Ranges.check(spec, "--steps", value, 0, 1_000_000_000L, "a number of steps");
    }

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wall-clock limit for the whole command, reading, solving and writing included (JVM start "
                    + "aside), 1ms to 24h. Without --steps the search then runs until the limit or convergence, "
                    + "which depends on the machine (default: the scenario's matching.time_limit_seconds, else none).")
    void setTimeLimit(Duration value) {
        this.timeLimit = Ranges.timeLimit(spec, "--time-limit", value);
    }

    @Option(names = "--converged-after", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "End each half of local search (the polish between them still runs) once it has not "
                    + "improved the best proposal for this long, 0s to 24h "
                    + "(0s = off; default: 10s for a time-limited search, none under a step budget).")
    void setConvergedAfter(Duration value) {
        this.convergedAfter = Ranges.check(spec, "--converged-after", value, Duration.ZERO, Ranges.MAX_TIME_LIMIT,
                "a duration");
    }

    /** The scenario with the options given as overrides of its matching section. */
    public Scenario applyTo(Scenario scenario) {
        Scenario s = scenario;
        String section = MatchingSettings.SECTION;
        if (steps != null) {
            s = s.withSetting(section, "steps", LongNode.valueOf(steps), "--steps");
        }
        if (timeLimit != null) {
            s = s.withSetting(section, "time_limit_seconds", DoubleNode.valueOf(timeLimit.toMillis() / 1000.0), "--time-limit");
        }
        if (convergedAfter != null) {
            s = s.withSetting(section, "converged_after_seconds", DoubleNode.valueOf(convergedAfter.toMillis() / 1000.0),
                    "--converged-after");
        }
        return s;
    }
}
