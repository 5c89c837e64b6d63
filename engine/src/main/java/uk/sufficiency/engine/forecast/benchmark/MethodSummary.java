package uk.sufficiency.engine.forecast.benchmark;

import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.forecast.evaluation.Accuracy;

/**
 * Mean measures of one method over many benchmark forecasts: all steps ({@code step} 0) or one.
 * Widths are medians (a few near-zero forecasts would dominate a mean).
 *
 * @param method     method name
 * @param step       steps ahead, or 0 for all
 * @param forecasts  number of forecasts
 * @param mape       mean absolute percentage error, percent (actuals of 0 left out)
 * @param smape      mean symmetric absolute percentage error, percent
 * @param mase       mean absolute scaled error
 * @param msis       mean scaled interval score of the 95% interval
 * @param coverage80 share of outcomes inside the 80% interval
 * @param coverage95 share of outcomes inside the 95% interval
 * @param width80    median 80% width / forecast
 * @param width95    median 95% width / forecast
 */
public record MethodSummary(String method, int step, int forecasts, double mape, double smape, double mase, double msis,
        double coverage80, double coverage95, double width80, double width95) {

    static MethodSummary of(String method, int step, List<ForecastScore> scores) {
        return new MethodSummary(method, step, scores.size(),
                Accuracy.mean(scores.stream().mapToDouble(ForecastScore::ape).toArray()),
                Accuracy.mean(scores.stream().mapToDouble(ForecastScore::sape).toArray()),
                Accuracy.mean(scores.stream().mapToDouble(ForecastScore::ase).toArray()),
                Accuracy.mean(scores.stream().mapToDouble(ForecastScore::intervalScore).toArray()),
                scores.stream().filter(ForecastScore::in80).count() / (double) scores.size(),
                scores.stream().filter(ForecastScore::in95).count() / (double) scores.size(),
                median(scores.stream().mapToDouble(ForecastScore::width80).toArray()),
                median(scores.stream().mapToDouble(ForecastScore::width95).toArray()));
    }

    static double median(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        int middle = finite.length / 2;
        return finite.length % 2 == 1 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
    }
}
