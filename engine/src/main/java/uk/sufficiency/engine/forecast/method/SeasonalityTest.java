package uk.sufficiency.engine.forecast.method;

/**
 * Whether a series shows seasonality worth modelling: the autocorrelation at the seasonal lag
 * {@code m} exceeds its 90% limit {@code 1.645 sqrt((1 + 2 sum_{k<m} r_k^2) / n)} (the test used by
 * the M4 competition's benchmarks), and at least three full cycles are observed.
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
        double[] detrended = firstDifferencesIfTrending(y);
        double[] r = autocorrelations(detrended, m);
        double sum = 0;
        for (int k = 1; k < m; k++) {
            sum += r[k] * r[k];
        }
        double limit = CRITICAL_VALUE * Math.sqrt((1 + 2 * sum) / detrended.length);
        return Math.abs(r[m]) > limit;
    }

    /** A strong trend makes every autocorrelation large; test the differences instead. */
    private static double[] firstDifferencesIfTrending(double[] y) {
        double[] r = autocorrelations(y, 1);
        if (r[1] < 0.9) {
            return y;
        }
        double[] differences = new double[y.length - 1];
        for (int t = 1; t < y.length; t++) {
            differences[t - 1] = y[t] - y[t - 1];
        }
        return differences;
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
