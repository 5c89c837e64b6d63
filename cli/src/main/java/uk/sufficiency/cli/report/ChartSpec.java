package uk.sufficiency.cli.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, independent of how it is drawn. Steps make these; the report writer turns
 * them into Chart.js charts, each followed by the table it was drawn from.
 *
 * @param title   the chart's title
 * @param type    how the series are drawn
 * @param xLabels the category of each point, in order (years, levels, placement types)
 * @param unit    the y axis' unit ("children", "GBP/week")
 * @param series  the series, each with one value (or null) per x label
 * @param table   name of the table under the chart, holding the same figures
 */
public record ChartSpec(String title, Type type, List<String> xLabels, String unit, List<Series> series,
        String table) {

    public enum Type {
        BAR, STACKED_BAR, LINE,
        /** Bars drawn across, one per category, with long category labels wrapped onto lines. */
        HBAR,
        /** A sensitivity ("tornado") chart: horizontal bars of each driver's low and high effect, stacked about zero. */
        TORNADO,
        /**
         * A map (Leaflet, offline, no tiles; decision 0076): x labels are "group|id" or "group|id|detail",
         * the four series longitude, latitude and (for a line from the point) the other end's longitude
         * and latitude.
         */
        MAP,
        /**
         * The table drawn as cards, one a row ({@link CardsView}): no x labels or series. The key columns
         * title each card, short text columns with a few values are badges and filters, the others fields.
         */
        CARDS,
        /** Lines with shaded prediction intervals ({@link Role#BAND_LOW} then {@link Role#BAND_HIGH}) and targets. */
        FAN
    }

    /** What a series is in the chart. */
    public enum Role {
        VALUE,
        /** Lower edge of a shaded interval; the next series must be its {@link #BAND_HIGH}. */
        BAND_LOW,
        BAND_HIGH,
        /** A target: drawn as dashed line and marked points. */
        TARGET
    }

    /** One series; {@code values} has one entry per x label, null where there is no value. */
    public record Series(String name, Role role, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public static Series of(String name, Double... values) {
            return new Series(name, Role.VALUE, Arrays.asList(values));
        }

        public static Series of(String name, List<Double> values) {
            return new Series(name, Role.VALUE, values);
        }
    }

    public ChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        xLabels = List.copyOf(xLabels);
        series = List.copyOf(series);
        unit = unit == null ? "" : unit;
        for (Series s : series) {
            if (s.values().size() != xLabels.size()) {
                throw new IllegalArgumentException("chart '" + title + "': series '" + s.name() + "' has "
                        + s.values().size() + " values for " + xLabels.size() + " x labels");
            }
        }
    }
}
