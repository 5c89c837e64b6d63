package uk.sufficiency.engine.forecast.targets;

/**
 * A target for one series in one period, e.g. "EHCPs at most 5,106 by January 2022".
 *
 * @param seriesId            the series it applies to
 * @param period              the period as written (2022, 2022-01-31, 2022-03, 2022-Q1)
 * @param value               the target value, in the series' unit
 * @param direction           which side is good
 * @param amberTolerance      a miss by at most this fraction of the value is amber, not red (0.05 = 5%)
 */
public record Target(String seriesId, String period, double value, Direction direction, double amberTolerance) {

    /** The default amber tolerance, as in {@code scenario.yaml}: 5% of the target. */
    public static final double DEFAULT_AMBER_TOLERANCE = 0.05;

    public Target {
        if (!(amberTolerance >= 0)) {
            throw new IllegalArgumentException("amber tolerance must be 0 or more");
        }
    }

    /** A scenario's target (from {@code scenario.yaml}) in the forecaster's terms. */
    public static Target of(uk.sufficiency.model.scenario.Target target) {
        Direction direction = target.direction() == uk.sufficiency.model.scenario.Target.Direction.AT_MOST
                ? Direction.AT_MOST : Direction.AT_LEAST;
        return new Target(target.series(), target.by().toString(), target.value(), direction, target.amberTolerance());
    }
}
