package uk.sufficiency.engine.forecast.evaluation;

import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.interval.IntervalCalibrator;
import uk.sufficiency.engine.forecast.interval.PanelQuantiles;
import uk.sufficiency.engine.forecast.series.Period;

/**
 * A method's forecast from one origin with intervals calibrated only on what was known there: the
 * errors of its forecasts from earlier origins whose outcomes fell before it. The same rule serves
 * the forecast itself (origin = the series' end), its track record and the benchmark.
 *
 * @param points      point forecasts per step
 * @param lower       lower bound per level, then per step
 * @param upper       upper bound per level, then per step
 * @param calibration how the bounds were set
 */
public record CalibratedForecast(double[] points, double[][] lower, double[][] upper, Calibration calibration) {

    /**
     * The forecast from {@code origin} (a training length), or null if the method has none there.
     *
     * @param levels interval levels in percent
     */
    public static CalibratedForecast at(OriginForecasts forecasts, int origin, List<Double> levels) {
        return at(forecasts, origin, levels, null, null);
    }

    /**
     * The same, with the bounds of every step the panel has errors for (known by the end of
     * {@code originPeriod}) taken from the method's errors pooled over the panel ({@link PanelQuantiles},
     * {@link Calibration#withPanel}), the point moved to the middle of those errors when the panel's
     * record supports it ({@link PanelQuantiles#at}); without a panel, the series' own calibration alone.
     */
    public static CalibratedForecast at(OriginForecasts forecasts, int origin, List<Double> levels, PanelQuantiles panel,
            Period originPeriod) {
        double[] points = forecasts.pointsAt(origin);
        if (points == null) {
            return null;
        }
        double[] training = Arrays.copyOf(forecasts.values(), origin);
        boolean floorAtZero = Arrays.stream(training).allMatch(v -> v >= 0);
        if (floorAtZero) {
            for (int h = 0; h < points.length; h++) {
                points[h] = Math.max(0, points[h]);
            }
        }
        Calibration own = IntervalCalibrator.calibrate(forecasts.realisedBefore(origin), training, points.length);
        Calibration calibration = panel == null ? own : own.withPanel(panel.at(originPeriod, points.length));
        for (int h = 0; h < points.length; h++) {
            points[h] *= calibration.pointMultiplier(h);
        }
        double[][] lower = new double[levels.size()][points.length];
        double[][] upper = new double[levels.size()][points.length];
        for (int l = 0; l < levels.size(); l++) {
            double level = levels.get(l) / 100;
            for (int h = 0; h < points.length; h++) {
                lower[l][h] = calibration.lower(points[h], h, level);
                upper[l][h] = calibration.upper(points[h], h, level);
                if (floorAtZero) {
                    lower[l][h] = Math.max(0, lower[l][h]);
                    upper[l][h] = Math.max(0, upper[l][h]);
                }
            }
        }
        return new CalibratedForecast(points, lower, upper, calibration);
    }
}
