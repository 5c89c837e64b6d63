package uk.sufficiency.engine.forecast.evaluation;

/**
 * One out-of-sample forecast and what happened.
 *
 * @param origin   number of values the model was fitted to
 * @param step     steps ahead, from 1
 * @param actual   the value observed
 * @param forecast the point forecast
 */
public record OutcomeError(int origin, int step, double actual, double forecast) {
}
