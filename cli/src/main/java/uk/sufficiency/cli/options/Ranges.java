package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The one place option ranges are checked, so every command accepts and refuses the same values. */
public final class Ranges {

    private Ranges() {
    }

    public static long check(CommandSpec spec, String option, long value, long min, long max, String meaning) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "Invalid value for option '%s': %d is not %s from %,d to %,d", option, value, meaning, min, max));
        }
        return value;
    }

    /** Checks {@code min <= value <= max} for a duration option ({@code --time-limit 30s}). */
    public static java.time.Duration check(CommandSpec spec, String option, java.time.Duration value,
            java.time.Duration min, java.time.Duration max, String meaning) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "Invalid value for option '%s': %s is not %s from %s to %s", option, text(value), meaning,
                    text(min), text(max)));
        }
        return value;
    }

    private static String text(java.time.Duration d) {
        return d.toMillis() % 1000 != 0 ? d.toMillis() + "ms" : d.toSeconds() % 3600 == 0 && d.toSeconds() > 0
                ? d.toHours() + "h" : d.toSeconds() + "s";
    }
}
