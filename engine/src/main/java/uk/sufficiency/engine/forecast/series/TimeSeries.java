package uk.sufficiency.engine.forecast.series;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A complete, evenly spaced series of observations: no gaps, no duplicates, oldest first.
 *
 * @param id      the series id (the file name stem for one-series files)
 * @param periods one period per observation, consecutive
 * @param values  observations in the series' own unit (counts, rates per 10,000, GBP, ...)
 */
public record TimeSeries(String id, List<Period> periods, double[] values) {

    public TimeSeries {
        Objects.requireNonNull(id, "id");
        periods = List.copyOf(periods);
        values = values.clone();
        if (periods.size() != values.length) {
            throw new IllegalArgumentException("periods and values differ in length");
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a series needs at least one observation");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).index() != periods.get(i - 1).index() + 1) {
                throw new IllegalArgumentException("periods must be consecutive: " + periods.get(i - 1)
                        + " then " + periods.get(i));
            }
        }
    }

    /** A yearly series starting in {@code firstYear}. */
    public static TimeSeries yearly(String id, int firstYear, double... values) {
        Period first = Period.year(firstYear);
        return new TimeSeries(id, consecutive(first, values.length), values);
    }

    /** A series whose first period is {@code first}, one value per consecutive period. */
    public static TimeSeries starting(String id, Period first, double... values) {
        return new TimeSeries(id, consecutive(first, values.length), values);
    }

    private static List<Period> consecutive(Period first, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(first::plus).toList();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    public Frequency frequency() {
        return periods.get(0).frequency();
    }

    public Period lastPeriod() {
        return periods.get(periods.size() - 1);
    }

    /** The first {@code length} observations. */
    public TimeSeries head(int length) {
        return new TimeSeries(id, periods.subList(0, length), Arrays.copyOf(values, length));
    }

    /** The same periods with new values (a transformed series, such as a rate). */
    public TimeSeries withValues(double[] newValues) {
        return new TimeSeries(id, periods, newValues);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSeries that && id.equals(that.id) && periods.equals(that.periods)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, periods, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + id + ", " + periods.get(0) + ".." + lastPeriod() + ", n=" + values.length + "]";
    }
}
