package uk.sufficiency.engine.forecast;

import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.forecast.evaluation.MethodScore;
import uk.sufficiency.engine.forecast.evaluation.TrackRecord;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * A forecast of one series, with the evidence behind it.
 *
 * @param series       the series forecast
 * @param method       the method used ({@code auto} or a named one)
 * @param description  what the method did here, e.g. "mean of dotm, log_damped, log_shrunk_drift and log_drift"
 * @param scores       the method's, its members' and the naive method's backtest on this series
 * @param levels       interval levels, percent
 * @param points       one per future period
 * @param calibration  how the intervals were set
 * @param trackRecord  how forecasts made the same way from earlier origins turned out
 * @param modelPoints  point forecasts of the modelled quantity (before {@code multipliers})
 * @param multipliers  per step, the factor from the modelled quantity to the reported one (1 for a
 *                     direct forecast; population / 10,000 for a rate-driven one)
 */
public record ForecastResult(TimeSeries series, String method, String description, List<MethodScore> scores,
        List<Double> levels, List<ForecastPoint> points, Calibration calibration, TrackRecord trackRecord,
        double[] modelPoints, double[] multipliers) {

    public ForecastResult {
        scores = List.copyOf(scores);
        levels = List.copyOf(levels);
        points = List.copyOf(points);
        modelPoints = modelPoints.clone();
        multipliers = multipliers.clone();
    }

    public int horizon() {
        return points.size();
    }

    /**
     * Probability, under the calibrated forecast distribution, that the value at step {@code step}
     * (1-based) is at most {@code value}.
     */
    public double probabilityAtMost(int step, double value) {
        int i = step - 1;
        return calibration.cumulative(modelPoints[i], i, value / multipliers[i]);
    }

    @Override
    public double[] modelPoints() {
        return modelPoints.clone();
    }

    @Override
    public double[] multipliers() {
        return multipliers.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForecastResult that && series.equals(that.series) && method.equals(that.method)
                && points.equals(that.points) && Arrays.equals(multipliers, that.multipliers);
    }

    @Override
    public int hashCode() {
        return series.hashCode() * 31 + method.hashCode();
    }
}
