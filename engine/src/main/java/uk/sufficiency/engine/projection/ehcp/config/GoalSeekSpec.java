package uk.sufficiency.engine.projection.ehcp.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Goal-seek: which lever to turn (a multiplier whose factor is searched) and what it must achieve:
 * {@code measure} {@code total_count}, {@code setting_count} (needs {@code targetSetting}) or
 * {@code spend_gbp} (high-needs spend in the financial year starting in April of
 * {@code targetYear}); otherwise the count at the January census of {@code targetYear}. The chosen
 * {@code statistic} (median or mean across simulations) must reach {@code targetValue}. The factor
 * is searched between {@code lower} and {@code upper} by Brent's method, every trial using the same
 * seeds (common random numbers) so that trials differ only by the lever.
 */
public record GoalSeekSpec(RateMultiplier lever, Measure measure, String targetSetting, Integer targetYear,
        Double targetValue, Statistic statistic, Double lower, Double upper, Double tolerance,
        Integer maxIterations, Integer simulations) {

    public enum Measure {
        @JsonProperty("total_count") TOTAL_COUNT,
        @JsonProperty("setting_count") SETTING_COUNT,
        @JsonProperty("spend_gbp") SPEND_GBP
    }

    public enum Statistic {
        @JsonProperty("median") MEDIAN,
        @JsonProperty("mean") MEAN
    }

    public GoalSeekSpec {
        measure = measure == null ? Measure.TOTAL_COUNT : measure;
        statistic = statistic == null ? Statistic.MEDIAN : statistic;
        lower = lower == null ? 0.0 : lower;
        upper = upper == null ? 2.0 : upper;
        tolerance = tolerance == null ? 0.001 : tolerance;
        maxIterations = maxIterations == null ? 30 : maxIterations;
        simulations = simulations == null ? 200 : simulations;
    }
}
