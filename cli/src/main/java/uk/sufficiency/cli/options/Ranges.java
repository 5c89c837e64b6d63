package uk.sufficiency.cli.options;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;

/**
 * The one place option ranges are checked, so every command accepts and refuses the same values.
 * Each range is named once here and used by every command that has the option; the bounds keep any
 * accepted value from exhausting memory or overflowing (figures in docs/BENCHMARKS.md, "Option
 * ranges"). Options are checked in their setters, so picocli refuses a value before the command runs
 * (exit status 2, nothing written).
 */
public final class Ranges {

    /** A closed range of whole numbers, with what a value means for the message. */
    public record Whole(long min, long max, String meaning) {

        /** The value, or a parse error naming the option and the range. */
        public long check(CommandSpec spec, String option, long value) {
            return Ranges.check(spec, option, value, min, max, meaning);
        }

        public int checkInt(CommandSpec spec, String option, int value) {
            return (int) check(spec, option, value);
        }
    }

    /** Seeds stay below 2^53 so that they survive a round trip through JSON (run.json). */
    public static final Whole SEED = new Whole(0, (1L << 53) - 1, "a seed");

    /** Years projected or planned ahead. */
    public static final Whole YEARS = new Whole(1, 30, "a number of years");

    /** Monte Carlo simulations: the range every capability's settings have (PipelineContext.MAX_SIMULATIONS). */
    public static final Whole SIMULATIONS = new Whole(1, PipelineContext.MAX_SIMULATIONS, "a number of simulations");

    /** Generated children: the generator's own range (100,000 writes in about 12 s, validates in 6 s). */
    public static final Whole CHILDREN = new Whole(ScenarioGenerator.MIN_CHILDREN, ScenarioGenerator.MAX_CHILDREN,
            "a number of children");

    /** Periods forecast ahead: 100 is 25 years of quarters or 8 years of months. */
    public static final Whole HORIZON = new Whole(1, 100, "a number of periods");

    /**
     * Generated series in a forecast benchmark: every forecast (series x origins x methods) is kept for
     * scoring, so the range stays near the documented run (1,000 series, BENCHMARKS.md "Forecasting").
     */
    public static final Whole SYNTHETIC_SERIES = new Whole(1, 2_000, "a number of series");

    /** Latest origins per series in a forecast benchmark ({@code --origins last:K}). */
    public static final Whole ORIGINS = new Whole(1, 1_000, "a number of origins");

    /**
     * Children per matching benchmark instance: the largest measured, 10,000 all waiting, took
     * 1.4 GiB (BENCHMARKS.md); the solver's memory grows with children times candidate placements.
     */
    public static final Whole INSTANCE_CHILDREN = new Whole(1, 10_000, "a number of children");

    /** Largest instance an installed exact method is run on (0 = never). */
    public static final Whole EXACT_CHILDREN = new Whole(0, 10_000, "a number of children");

    /** Households recruited in one year: the range of plan.supply.recruit_cap_per_year. */
    public static final Whole RECRUIT_CAP = new Whole(0, 100_000, "a number of households a year");

    /** Probability a plan's goal must be met with: the range of plan.goal_probability. */
    public static final double MIN_GOAL_PROBABILITY = 0.5;
    public static final double MAX_GOAL_PROBABILITY = 0.99;

    /** Cheapest placements kept per request in a matching benchmark; 0 keeps all. */
    public static final Whole CANDIDATES = new Whole(0, 1_000_000, "a number of placements (0 = all)");

    /** Solver and exact-method time limits: from a millisecond to a day (no overflow in nanoseconds). */
    public static final Duration MIN_TIME_LIMIT = Duration.ofMillis(1);
    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);

    private Ranges() {
    }

    public static long check(CommandSpec spec, String option, long value, long min, long max, String meaning) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "Invalid value for option '%s': %d is not %s from %,d to %,d", option, value, meaning, min, max));
        }
        return value;
    }

    /** A share (a fraction from 0 to 1, both included). */
    public static double share(CommandSpec spec, String option, double value) {
        return decimal(spec, option, value, 0, 1, "a share");
    }

    /** A fraction from 0 up to but not including 1 (a tolerance). */
    public static double fractionBelowOne(CommandSpec spec, String option, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "Invalid value for option '%s': %s is not a fraction from 0 to below 1", option, value));
        }
        return value;
    }

    /** An interval level in percent, above 0 and below 100. */
    public static double percentLevel(CommandSpec spec, String option, double value) {
        if (!(value > 0 && value < 100)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "Invalid value for option '%s': %s is not a level in percent above 0 and below 100", option, value));
        }
        return value;
    }

    /** A decimal from min to max, both included; NaN and infinities are outside every range. */
    public static double decimal(CommandSpec spec, String option, double value, double min, double max, String meaning) {
        if (!(value >= min && value <= max)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "Invalid value for option '%s': %s is not %s from %s to %s", option, value, meaning,
                    plain(min), plain(max)));
        }
        return value;
    }

    /** A time limit within {@link #MIN_TIME_LIMIT} and {@link #MAX_TIME_LIMIT}, as match's --time-limit. */
    public static Duration timeLimit(CommandSpec spec, String option, Duration value) {
        return check(spec, option, value, MIN_TIME_LIMIT, MAX_TIME_LIMIT, "a time limit");
    }

    /** Checks {@code min <= value <= max} for a duration option ({@code --time-limit 30s}). */
    public static Duration check(CommandSpec spec, String option, Duration value, Duration min, Duration max,
            String meaning) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "Invalid value for option '%s': %s is not %s from %s to %s", option, text(value), meaning,
                    text(min), text(max)));
        }
        return value;
    }

    private static String text(Duration d) {
        return d.toMillis() % 1000 != 0 ? d.toMillis() + "ms" : d.toSeconds() % 3600 == 0 && d.toSeconds() > 0
                ? d.toHours() + "h" : d.toSeconds() + "s";
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
