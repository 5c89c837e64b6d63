package uk.sufficiency.sweep.task;

import java.io.Serializable;

/**
 * One measure in one year, one value per simulation of a block: what a sweep step extracts from
 * its capability's result, before blocks are pooled into intervals.
 *
 * @param measure the column-style name ({@code lac_children_in_care})
 * @param unit    its unit ({@code children}, {@code GBP per year})
 * @param year    the year ending 31 March the value belongs to (the stock on that day, or the
 *                financial year that ends then)
 * @param values  one value per simulation, in simulation order
 */
public record MeasureValues(String measure, String unit, int year, double[] values) implements Serializable {

    private static final long serialVersionUID = 1L;
}
