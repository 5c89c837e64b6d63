package uk.sufficiency.engine.forecast;

import uk.sufficiency.engine.forecast.series.Period;

/**
 * The forecast for one future period: a central value and one interval per requested level (in
 * the order of {@link ForecastResult#levels()}).
 *
 * @param period the period forecast
 * @param step   steps after the last observation, from 1
 * @param mean   point forecast (the median for log-scale methods)
 * @param lower  lower bound per level
 * @param upper  upper bound per level
 */
public record ForecastPoint(Period period, int step, double mean, double[] lower, double[] upper) {

    public ForecastPoint {
        lower = lower.clone();
        upper = upper.clone();
    }

    public double lower(int levelIndex) {
        return lower[levelIndex];
    }

    public double upper(int levelIndex) {
        return upper[levelIndex];
    }
}
