package uk.sufficiency.engine.projection.ehcp.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scenario lever: multiplies one kind of rate for the plans it matches, in census years
 * {@code fromYear..untilYear} (inclusive; blank = open). Blank setting, need or academic-year
 * bounds match everything.
 *
 * <ul>
 *   <li>{@code joiners}: the rate of new plans arriving in the matching setting/need/year
 *       (raises or lowers total joiners);</li>
 *   <li>{@code leavers}: the chance a matching plan ends in the year (capped at 1);</li>
 *   <li>{@code movers}: the chance a matching plan moves out of its setting;</li>
 *   <li>{@code moves_into}: the weight of the matching setting as a movers' destination (shifts
 *       where movers go, not how many move).</li>
 * </ul>
 */
public record RateMultiplier(Lever lever, String setting, String need, Integer academicYearFrom,
        Integer academicYearTo, Integer fromYear, Integer untilYear, Double factor, String label) {

    public enum Lever {
        @JsonProperty("joiners") JOINERS,
        @JsonProperty("leavers") LEAVERS,
        @JsonProperty("movers") MOVERS,
        @JsonProperty("moves_into") MOVES_INTO
    }

    /** The factor, 1 (no change) when not set (a goal-seek lever has none). */
    public double factorOrOne() {
        return factor == null ? 1.0 : factor;
    }

    public boolean appliesInYear(int censusYear) {
        return (fromYear == null || censusYear >= fromYear) && (untilYear == null || censusYear <= untilYear);
    }

    public boolean matches(String stateSetting, String stateNeed, int academicYear) {
        return (setting == null || setting.equals(stateSetting))
                && (need == null || need.equals(stateNeed))
                && (academicYearFrom == null || academicYear >= academicYearFrom)
                && (academicYearTo == null || academicYear <= academicYearTo);
    }

    public RateMultiplier withFactor(double newFactor) {
        return new RateMultiplier(lever, setting, need, academicYearFrom, academicYearTo, fromYear, untilYear,
                newFactor, label);
    }
}
