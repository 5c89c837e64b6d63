package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The one place option ranges are checked, so every command accepts and refuses the same values. */
final class Ranges {

    private Ranges() {
    }

    static long check(CommandSpec spec, String option, long value, long min, long max, String meaning) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), String.format(java.util.Locale.ROOT,
                    "Invalid value for option '%s': %d is not %s from %,d to %,d", option, value, meaning, min, max));
        }
        return value;
    }
}
