package uk.sufficiency.engine.projection.ehcp.config;

import java.util.List;

/**
 * At most {@code places} plans in a setting (census count) in years {@code fromYear..untilYear};
 * plans arriving beyond that go to the first setting in {@code overflowTo} that is valid for their
 * need and year and has room.
 */
public record CapacityCap(String setting, Integer places, List<String> overflowTo, Integer fromYear, Integer untilYear) {

    public CapacityCap {
        overflowTo = overflowTo == null ? List.of() : List.copyOf(overflowTo);
    }

    public boolean appliesInYear(int censusYear) {
        return (fromYear == null || censusYear >= fromYear) && (untilYear == null || censusYear <= untilYear);
    }
}
