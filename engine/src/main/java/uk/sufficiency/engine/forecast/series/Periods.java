package uk.sufficiency.engine.forecast.series;

import java.time.LocalDate;

/** Parses a single period written as in series files (for targets, which name one period each). */
public final class Periods {

    private Periods() {
    }

    /**
     * The period written {@code 2022}, {@code 2022-01}, {@code 2022-Q1} or {@code 2022-01-31} (a
     * date becomes the month that contains it, keeping the date); null if unparseable.
     */
    public static Period parse(String raw) {
        Object key = SeriesReader.parsePeriod(raw == null ? "" : raw.trim());
        if (key instanceof LocalDate date) {
            return Period.ofDate(Frequency.MONTHLY, date);
        }
        return (Period) key;
    }
}
