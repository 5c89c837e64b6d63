package uk.sufficiency.engine.forecast.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One period of a series: a year, a quarter or a month. When the input gave ISO dates (for example
 * the DfE's January census as {@code 2019-01-31}) the period keeps a date so that forecasts are
 * labelled the same way; a month-end date stays a month-end date.
 *
 * @param frequency the series frequency
 * @param year      calendar year
 * @param step      1-based quarter or month within the year; 1 for yearly periods
 * @param date      the date as written in the input, or null when the input gave a period label
 */
public record Period(Frequency frequency, int year, int step, LocalDate date) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(frequency, "frequency");
        if (step < 1 || step > frequency.periodsPerYear()) {
            throw new IllegalArgumentException("step " + step + " out of range for " + frequency);
        }
    }

    public static Period year(int year) {
        return new Period(Frequency.YEARLY, year, 1, null);
    }

    public static Period month(int year, int month) {
        return new Period(Frequency.MONTHLY, year, month, null);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Frequency.QUARTERLY, year, quarter, null);
    }

    /** A period anchored on a date, for series given as ISO dates. */
    public static Period ofDate(Frequency frequency, LocalDate date) {
        int step = (date.getMonthValue() - 1) / frequency.monthsPerPeriod() + 1;
        return new Period(frequency, date.getYear(), step, date);
    }

    /** Consecutive periods have consecutive indexes, whatever the frequency. */
    public long index() {
        return (long) year * frequency.periodsPerYear() + (step - 1);
    }

    /** 0-based position within the seasonal cycle. */
    public int seasonIndex() {
        return step - 1;
    }

    /** The period {@code count} steps later (earlier when negative). */
    public Period plus(int count) {
        if (date != null) {
            LocalDate shifted = date.plusMonths((long) count * frequency.monthsPerPeriod());
            if (date.getDayOfMonth() == YearMonth.from(date).lengthOfMonth()) {
                shifted = YearMonth.from(shifted).atEndOfMonth();
            }
            return ofDate(frequency, shifted);
        }
        long target = index() + count;
        int perYear = frequency.periodsPerYear();
        int newYear = (int) Math.floorDiv(target, perYear);
        int newStep = (int) Math.floorMod(target, perYear) + 1;
        return new Period(frequency, newYear, newStep, null);
    }

    /** The label written in output files: the input's date, or 2019, 2019-03, 2019-Q1. */
    public String label() {
        if (date != null) {
            return date.toString();
        }
        return switch (frequency) {
            case YEARLY -> Integer.toString(year);
            case QUARTERLY -> year + "-Q" + step;
            case MONTHLY -> String.format("%d-%02d", year, step);
        };
    }

    @Override
    public int compareTo(Period other) {
        return Long.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return label();
    }
}
