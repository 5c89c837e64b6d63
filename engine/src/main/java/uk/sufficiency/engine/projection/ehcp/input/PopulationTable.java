package uk.sufficiency.engine.projection.ehcp.input;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * General (background) population by calendar year and academic year: the exposure joiners are a
 * rate of. Years after the last one given carry that last year's figures forward.
 */
public final class PopulationTable {

    private final NavigableMap<Integer, Map<Integer, Double>> byYear;

    public PopulationTable(Map<Integer, Map<Integer, Double>> byYear) {
        TreeMap<Integer, Map<Integer, Double>> copy = new TreeMap<>();
        byYear.forEach((year, row) -> copy.put(year, Map.copyOf(row)));
        this.byYear = copy;
    }

    public boolean isEmpty() {
        return byYear.isEmpty();
    }

    public int firstYear() {
        return byYear.firstKey();
    }

    public int lastYear() {
        return byYear.lastKey();
    }

    /** Population in a year and academic year; 0 when not given. Later years use the last year given. */
    public double population(int calendarYear, int academicYear) {
        Map.Entry<Integer, Map<Integer, Double>> entry = byYear.floorEntry(Math.min(calendarYear, lastYear()));
        if (entry == null) {
            return 0.0;
        }
        return entry.getValue().getOrDefault(academicYear, 0.0);
    }

    /** True when the year itself is in the table (not carried forward). */
    public boolean hasYear(int calendarYear) {
        return byYear.containsKey(calendarYear);
    }
}
