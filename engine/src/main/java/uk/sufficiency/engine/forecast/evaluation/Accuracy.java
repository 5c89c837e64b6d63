package uk.sufficiency.engine.forecast.evaluation;

/**
 * Point-forecast accuracy measures, each a mean over forecast errors.
 * <ul>
 * <li>sMAPE, percent: {@code 200 |a - f| / (|a| + |f|)} (0 when both are 0);</li>
 * <li>MAPE, percent: {@code 100 |a - f| / |a|}, skipping actuals of 0;</li>
 * <li>MASE: {@code |a - f|} divided by the in-sample mean absolute (seasonal) one-step change of
 * the training data, so that 1.0 means "as good as the naive method was in sample".</li>
 * </ul>
 */
public final class Accuracy {

    private Accuracy() {
    }

    public static double sape(double actual, double forecast) {
        double denominator = Math.abs(actual) + Math.abs(forecast);
        return denominator == 0 ? 0 : 200 * Math.abs(actual - forecast) / denominator;
    }

    /** NaN when the actual is 0. */
    public static double ape(double actual, double forecast) {
        return actual == 0 ? Double.NaN : 100 * Math.abs(actual - forecast) / Math.abs(actual);
    }

    /**
     * MASE denominator: mean absolute change over {@code lag} steps (the season length, or 1) in
     * the training data; falls back to lag 1; NaN for a constant series (nothing to scale by, as in R,
     * where the ratio is infinite), so that such forecasts drop out of scaled means.
     */
    public static double maseScale(double[] training, int lag) {
        int useLag = training.length > lag ? lag : 1;
        double sum = 0;
        int count = 0;
        for (int t = useLag; t < training.length; t++) {
            sum += Math.abs(training[t] - training[t - useLag]);
            count++;
        }
        double scale = count == 0 ? 0 : sum / count;
        return scale > 0 ? scale : Double.NaN;
    }

    /** Mean of the finite values; NaN when there are none. */
    public static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
