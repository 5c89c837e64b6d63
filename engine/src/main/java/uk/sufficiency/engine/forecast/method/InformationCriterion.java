package uk.sufficiency.engine.forecast.method;

/**
 * AICc from one-step residuals under a Gaussian likelihood with the variance at its maximum
 * likelihood value: {@code n log(SSE/n) + 2k + 2k(k+1)/(n-k-1)}, where {@code n} counts residuals
 * and {@code k} the estimated parameters including the variance. The constant {@code n(1+log 2pi)}
 * is left out; it is the same for every model fitted to the same residual count.
 */
public final class InformationCriterion {

    private InformationCriterion() {
    }

    /**
     * @param residuals  one-step residuals; NaN entries (no forecast possible) are skipped
     * @param parameters estimated parameters, not counting the variance
     */
    public static double aicc(double[] residuals, int parameters) {
        double sse = 0;
        int n = 0;
        for (int t = 1; t < residuals.length; t++) {
            double residual = residuals[t];
            if (Double.isFinite(residual)) {
                sse += residual * residual;
                n++;
            }
        }
        int k = parameters + 1;
        if (n - k - 1 <= 0) {
            return Double.NaN;
        }
        double variance = Math.max(sse / n, 1e-12);
        return n * Math.log(variance) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }

    /** Standard deviation of the finite residuals with {@code parameters} degrees of freedom spent. */
    public static double residualSd(double[] residuals, int parameters) {
        double sse = 0;
        int n = 0;
        for (double residual : residuals) {
            if (Double.isFinite(residual)) {
                sse += residual * residual;
                n++;
            }
        }
        int dof = Math.max(1, n - parameters);
        return Math.sqrt(sse / dof);
    }
}
