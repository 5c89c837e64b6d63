package uk.sufficiency.engine.projection.ehcp.backtest;

import uk.sufficiency.engine.projection.ehcp.summary.Interval;

/**
 * One backtest comparison: fitted on census years up to {@code originYear}, projected to
 * {@code targetYear}, for one setting (or {@code ALL}).
 *
 * @param errorPlans   projected median minus actual (plans)
 * @param errorPercent error as a percentage of actual (NaN when actual is 0)
 */
public record BacktestRow(int originYear, int targetYear, String setting, double actual, Interval projected,
        double errorPlans, double errorPercent) {
}
