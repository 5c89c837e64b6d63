package uk.sufficiency.engine.forecast;

import uk.sufficiency.engine.forecast.series.Period;

/**
 * The forecast for one future period: a central value and one interval per requested level (in
 * the order of {@link ForecastResult#levels()}).
 *
 * @param period the period forecast
 * @param step   steps after the last observation, from 1
 * @param mean   point forecast; the calibrated error distribution is centred on it (on the log scale for a
 *               positive series), so it is also the forecast median ({@link #median()})
 * @param lower  lower bound per level
 * @param upper  upper bound per level
 */
public record ForecastPoint(Period period, int step, double mean, double[] lower, double[] upper) {

    public ForecastPoint {
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForecastPoint that && period.equals(that.period) && step == that.step
                && Double.compare(mean, that.mean) == 0 && java.util.Arrays.equals(lower, that.lower)
                && java.util.Arrays.equals(upper, that.upper);
    }

    @Override
    public int hashCode() {
        return period.hashCode() * 31 + Double.hashCode(mean);
    }

    /** The forecast median: the point forecast, on which the calibrated distribution is centred. */
    public double median() {
        return mean;
    }

    public double lower(int levelIndex) {
        return lower[levelIndex];
    }

    public double upper(int levelIndex) {
        return upper[levelIndex];
    }
}
