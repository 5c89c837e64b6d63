package uk.sufficiency.cli.report;

import java.util.Objects;

/**
 * One headline figure, shown first in the report and compared between runs.
 *
 * @param key   stable identifier within its step ({@code weekly-cost}), used to match runs
 * @param label how the report names it ("Weekly cost of current placements")
 * @param value the figure
 * @param unit  its unit: {@code GBP}, {@code GBP/week}, {@code %}, or a count noun ({@code children})
 */
public record Headline(String key, String label, double value, String unit) {

    public Headline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        unit = unit == null ? "" : unit;
    }
}
