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

    /**
     * The last day of the period written {@code raw} (a date stays itself): how a target read from a
     * file states its date, e.g. {@code 2022} becomes 31 December 2022, {@code 2022-Q1} 31 March.
     */
    public static LocalDate endDate(String raw) {
        Period period = parse(raw);
        if (period == null) {
            return null;
        }
        if (period.date() != null) {
            return period.date();
        }
        int lastMonth = period.step() * period.frequency().monthsPerPeriod();
        return java.time.YearMonth.of(period.year(), lastMonth).atEndOfMonth();
    }
}
