package uk.sufficiency.engine.forecast.method;

/**
 * Whether a series may be seasonal enough to try seasonal methods: at least three full cycles, and
 * after removing a least-squares line, a positive autocorrelation at the seasonal lag {@code m} above
 * the 90% white-noise limit {@code 1.645 / sqrt(n)}. The gate is deliberately permissive: a seasonal
 * method is then used only if it wins the backtest.
 */
public final class SeasonalityTest {

    public static final double CRITICAL_VALUE = 1.645;

    private SeasonalityTest() {
    }

    public static boolean isSeasonal(double[] y, int m) {
        int n = y.length;
        if (m <= 1 || n < 3 * m) {
            return false;
        }
        double[] r = autocorrelations(detrended(y), m);
        return r[m] > CRITICAL_VALUE / Math.sqrt(n);
    }

    /** Residuals from the least-squares line: a trend would otherwise correlate every lag. */
    private static double[] detrended(double[] y) {
        org.apache.commons.math3.stat.regression.SimpleRegression line =
                new org.apache.commons.math3.stat.regression.SimpleRegression();
        for (int t = 0; t < y.length; t++) {
            line.addData(t, y[t]);
        }
        double[] residuals = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            residuals[t] = y[t] - line.predict(t);
        }
        return residuals;
    }

    static double[] autocorrelations(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double value : y) {
            mean += value;
        }
        mean /= n;
        double denominator = 0;
        for (double value : y) {
            denominator += (value - mean) * (value - mean);
        }
        double[] r = new double[maxLag + 1];
        r[0] = 1;
        for (int k = 1; k <= maxLag && k < n; k++) {
            double numerator = 0;
            for (int t = k; t < n; t++) {
                numerator += (y[t] - mean) * (y[t - k] - mean);
            }
            r[k] = denominator > 0 ? numerator / denominator : 0;
        }
        return r;
    }
}
