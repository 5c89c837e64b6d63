package uk.sufficiency.engine.projection.ehcp.backtest;

import uk.sufficiency.model.uncertainty.Interval;

/**
 * One projection made from an earlier census, set against what was later counted.
 *
 * @param originYear   the census the projection started from (fitted on censuses up to it)
 * @param targetYear   the census projected
 * @param setting      a setting code, or {@code ALL} for the total
 * @param actual       plans counted at the target census
 * @param projected    the projection's summary across simulations
 * @param errorPlans   projected median minus actual
 * @param errorPercent error as a percentage of actual (NaN when actual is 0)
 */
public record HindcastRow(int originYear, int targetYear, String setting, double actual, Interval projected,
        double errorPlans, double errorPercent) {

    public int horizon() {
        return targetYear - originYear;
    }

    public boolean total() {
        return "ALL".equals(setting);
    }
}
