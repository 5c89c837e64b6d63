package uk.sufficiency.engine.forecast.targets;

import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.model.scenario.Target;

/**
 * A target held against a forecast.
 *
 * @param target         the target
 * @param period         the forecast period the target falls in
 * @param projected      the point forecast for that period
 * @param gap            projected minus target (positive = above the target)
 * @param probabilityMet probability, under the calibrated forecast distribution, that the target
 *                       is met in that period (0-1)
 * @param status         red/amber/green from the point forecast and the amber tolerance
 * @param firstCrossing  first forecast period whose point forecast is on the wrong side of the
 *                       target value; null if none within the horizon
 */
public record TargetAssessment(Target target, Period period, double projected, double gap, double probabilityMet,
        Status status, Period firstCrossing) {
}
