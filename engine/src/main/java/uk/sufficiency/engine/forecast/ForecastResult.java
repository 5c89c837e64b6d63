package uk.sufficiency.engine.forecast;

import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.method.ForecastDistribution;
import uk.sufficiency.engine.forecast.selection.CandidateScore;
import uk.sufficiency.engine.forecast.selection.SelectionBasis;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * A forecast of one series, with the evidence behind it.
 *
 * @param series       the series forecast
 * @param method       the method used
 * @param basis        why that method
 * @param candidates   every candidate considered, chosen one flagged, in catalogue order
 * @param levels       interval levels, percent
 * @param points       one per future period
 * @param distribution the chosen model's forecast distribution (model scale)
 * @param calibration  how the distribution's standard deviations were turned into intervals
 * @param multipliers  per step, the factor from the modelled quantity to the reported one (1 for a
 *                     direct forecast; population / 10,000 for a rate-driven one)
 * @param floorAtZero  whether forecasts were floored at zero (series without negative values)
 */
public record ForecastResult(TimeSeries series, String method, SelectionBasis basis, List<CandidateScore> candidates,
        List<Double> levels, List<ForecastPoint> points, ForecastDistribution distribution, Calibration calibration,
        double[] multipliers, boolean floorAtZero) {

    public ForecastResult {
        candidates = List.copyOf(candidates);
        levels = List.copyOf(levels);
        points = List.copyOf(points);
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
        double modelled = value / multipliers[i];
        if (floorAtZero && value < 0) {
            return 0;
        }
        double transformed = distribution.transform().apply(modelled);
        if (Double.isNaN(transformed)) {
            return 0; // below the support of a log-scale model
        }
        return calibration.cumulative(i, transformed - distribution.location(i));
    }

    /** The candidate that was chosen. */
    public CandidateScore chosen() {
        return candidates.stream().filter(CandidateScore::chosen).findFirst().orElseThrow();
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
