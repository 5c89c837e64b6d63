package uk.sufficiency.engine.forecast.rate;

/**
 * An inclusive range of ages in whole years, written {@code 0-17} (or a single age, {@code 16}).
 *
 * @param from youngest age included
 * @param to   oldest age included
 */
public record AgeRange(int from, int to) {

    public AgeRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("age range must be from <= to, both 0 or more: " + from + "-" + to);
        }
    }

    /** Parses {@code 0-17} or {@code 16}; null if not a valid range. */
    public static AgeRange parse(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length == 1 ? from : Integer.parseInt(parts[1].trim());
            return parts.length > 2 || from < 0 || to < from ? null : new AgeRange(from, to);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean contains(int age) {
        return age >= from && age <= to;
    }

    public int size() {
        return to - from + 1;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
