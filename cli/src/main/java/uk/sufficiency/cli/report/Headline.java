package uk.sufficiency.cli.report;

import java.util.Objects;

/**
 * One headline figure, shown first in the report and compared between runs.
 *
 * @param key        stable identifier within its step ({@code weekly-cost}), used to match runs
 * @param label      how the report names it ("Weekly cost of current placements"), without its interval
 * @param value      the figure
 * @param unit       its unit: {@code GBP}, {@code GBP/week}, {@code %}, {@code year}, or a count noun ({@code children})
 * @param lower80    lower end of its 80% interval, in the same unit, or null when it has none
 * @param upper80    upper end of its 80% interval, or null
 * @param engineWide true for a total over everything the engine handled (e.g. every child, placed or
 *                   not) rather than the answer to the section's question: shown below the answer, labelled so
 * @param change     true when the value is a change between two runs (B minus A): shown with its sign ("+£700 a week")
 * @param moneyInMillions true to show money in millions ("+£0.5m") whatever the figure's own size: a
 *                   change shown beside A and B figures of a million or more reads on their scale
 */
public record Headline(String key, String label, double value, String unit, Double lower80, Double upper80,
        boolean engineWide, boolean change, boolean moneyInMillions) {

    public Headline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        unit = unit == null ? "" : unit;
        if ((lower80 == null) != (upper80 == null)) {
            throw new IllegalArgumentException("headline " + key + ": an interval needs both ends");
        }
    }

    /** A figure of one run (not a change between runs). */
    public Headline(String key, String label, double value, String unit, Double lower80, Double upper80,
            boolean engineWide) {
        this(key, label, value, unit, lower80, upper80, engineWide, false, false);
    }

    /** A change between two runs (B minus A), shown with its sign. */
    public static Headline change(String key, String label, double change, String unit) {
        return change(key, label, change, unit, false);
    }

    /** A change between two runs, money in millions when {@code moneyInMillions} (the scale of A and B beside it). */
    public static Headline change(String key, String label, double change, String unit, boolean moneyInMillions) {
        return new Headline(key, label, change, unit, null, null, false, true, moneyInMillions);
    }

    /** A figure with no interval that answers the section's question. */
    public Headline(String key, String label, double value, String unit) {
        this(key, label, value, unit, null, null, false);
    }

    public boolean hasInterval() {
        return lower80 != null;
    }
}
