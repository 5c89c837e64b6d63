package uk.sufficiency.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant that is written in files as a lower-case word ({@code in_house_foster}).
 * Parsing is case-insensitive and accepts hyphens for underscores, as spreadsheet users type both.
 */
public interface Word {

    /** The word as written in CSV and YAML files. */
    default String word() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Word> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.word().equals(normalised)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** "one of: a, b, c", for error messages. */
    static <E extends Enum<E> & Word> String choices(Class<E> type) {
        return "one of: " + Arrays.stream(type.getEnumConstants()).map(Word::word).collect(Collectors.joining(", "));
    }
}
