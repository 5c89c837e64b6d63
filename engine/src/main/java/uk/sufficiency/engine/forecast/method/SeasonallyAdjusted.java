package uk.sufficiency.engine.forecast.method;

/**
 * Classical decomposition followed by a non-seasonal method: seasonal indices are the average
 * ratio (multiplicative, for positive series) or difference (additive otherwise) of each season's
 * observations to a centred moving average of one cycle (a 2x{@code m} average when {@code m} is
 * even), normalised to average 1 (or 0). The inner method forecasts the seasonally adjusted
 * series; its forecasts and standard deviations are then reseasonalised.
 */
public final class SeasonallyAdjusted implements ForecastMethod {

    private final ForecastMethod inner;

    public SeasonallyAdjusted(ForecastMethod inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return "seasonal_" + inner.name();
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        if (seasonLength <= 1 || values.length < 3 * seasonLength) {
            return false;
        }
        double[] indices = seasonalIndices(values, seasonLength, allPositive(values));
        return inner.appliesTo(adjust(values, indices, seasonLength, allPositive(values)), seasonLength);
    }

    @Override
    public FittedModel fit(double[] y, int m) {
        boolean multiplicative = allPositive(y);
        double[] indices = seasonalIndices(y, m, multiplicative);
        FittedModel model = inner.fit(adjust(y, indices, m, multiplicative), m);
        int n = y.length;
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                ForecastDistribution adjusted = model.forecast(horizon);
                double[] location = adjusted.location();
                double[] scale = adjusted.scale();
                for (int h = 0; h < horizon; h++) {
                    double index = indices[(n + h) % m];
                    if (adjusted.transform() == Transform.LOG) {
                        location[h] += Math.log(index);
                    } else if (multiplicative) {
                        location[h] *= index;
                        scale[h] *= index;
                    } else {
                        location[h] += index;
                    }
                }
                return new ForecastDistribution(adjusted.transform(), location, scale);
            }

            @Override
            public double aicc() {
                return Double.NaN; // chosen only by backtest, never by information criterion
            }
        };
    }

    static boolean allPositive(double[] values) {
        for (double value : values) {
            if (!(value > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Index per cycle position (position 0 = the first observation's season). */
    static double[] seasonalIndices(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        double[] sums = new double[m];
        int[] counts = new int[m];
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double average;
            if (m % 2 == 0) {
                double sum = 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int k = t - half + 1; k < t + half; k++) {
                    sum += y[k];
                }
                average = sum / m;
            } else {
                double sum = 0;
                for (int k = t - half; k <= t + half; k++) {
                    sum += y[k];
                }
                average = sum / m;
            }
            sums[t % m] += multiplicative ? y[t] / average : y[t] - average;
            counts[t % m]++;
        }
        double[] indices = new double[m];
        double total = 0;
        for (int s = 0; s < m; s++) {
            indices[s] = counts[s] > 0 ? sums[s] / counts[s] : (multiplicative ? 1 : 0);
            total += indices[s];
        }
        double mean = total / m;
        for (int s = 0; s < m; s++) {
            indices[s] = multiplicative ? indices[s] / mean : indices[s] - mean;
        }
        return indices;
    }

    static double[] adjust(double[] y, double[] indices, int m, boolean multiplicative) {
        double[] adjusted = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            adjusted[t] = multiplicative ? y[t] / indices[t % m] : y[t] - indices[t % m];
        }
        return adjusted;
    }
}
