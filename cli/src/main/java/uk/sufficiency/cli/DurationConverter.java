package uk.sufficiency.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads durations as people type them: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO {@code PT30S}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            switch (t.charAt(t.length() - 1)) {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                default: break;
            }
        } catch (RuntimeException e) {
            // fall through to the clear message below
        }
        throw new CommandLine.TypeConversionException("'" + text + "' is not a duration (e.g. 500ms, 30s, 2m, 1h)");
    }
}
