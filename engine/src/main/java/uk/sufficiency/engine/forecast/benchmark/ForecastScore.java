package uk.sufficiency.engine.forecast.benchmark;

import uk.sufficiency.engine.forecast.evaluation.Accuracy;
import uk.sufficiency.engine.forecast.evaluation.CalibratedForecast;

/**
 * One benchmark forecast (one method, series, origin and step) and its scores. The MASE scale is
 * the in-sample mean absolute (seasonal) change of the data up to the origin.
 *
 * @param method        method name
 * @param series        series id
 * @param origin        last period observed when the forecast was made
 * @param step          steps ahead
 * @param actual        what happened
 * @param forecast      point forecast
 * @param ape           absolute percentage error, percent (NaN when the actual is 0)
 * @param sape          symmetric absolute percentage error, percent
 * @param ase           absolute error / MASE scale
 * @param intervalScore 95% interval score / MASE scale (averaged, this is MSIS)
 * @param in80          whether the 80% interval held the actual
 * @param in95          whether the 95% interval held the actual
 * @param width80       80% interval width / point forecast
 * @param width95       95% interval width / point forecast
 */
public record ForecastScore(String method, String series, String origin, int step, double actual, double forecast,
        double ape, double sape, double ase, double intervalScore, boolean in80, boolean in95, double width80,
        double width95) {

    /** Significance of the interval MSIS is computed on (the 95% interval). */
    static final double ALPHA = 0.05;

    static ForecastScore of(String method, String series, String origin, int step, double actual,
            CalibratedForecast forecast, double scale) {
        int i = step - 1;
        double point = forecast.points()[i];
        double lower80 = forecast.lower()[0][i];
        double upper80 = forecast.upper()[0][i];
        double lower95 = forecast.lower()[1][i];
        double upper95 = forecast.upper()[1][i];
        double score = upper95 - lower95 + (actual < lower95 ? 2 / ALPHA * (lower95 - actual) : 0)
                + (actual > upper95 ? 2 / ALPHA * (actual - upper95) : 0);
        return new ForecastScore(method, series, origin, step, actual, point, Accuracy.ape(actual, point),
                Accuracy.sape(actual, point), Math.abs(actual - point) / scale, score / scale,
                actual >= lower80 && actual <= upper80, actual >= lower95 && actual <= upper95,
                relative(upper80 - lower80, point), relative(upper95 - lower95, point));
    }

    private static double relative(double width, double point) {
        return point != 0 ? width / Math.abs(point) : Double.NaN;
    }
}
