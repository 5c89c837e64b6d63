package uk.sufficiency.engine.forecast.method;

/**
 * A forecasting method: fits a model to a series' values (oldest first). Implementations are
 * immutable and thread-safe; all state lives in the {@link FittedModel}.
 */
public interface ForecastMethod {

    /** Stable name used on the command line and in output files, e.g. {@code damped}. */
    String name();

    /** Whether the method can be fitted to these values (length, positivity, seasonal cycles). */
    boolean appliesTo(double[] values, int seasonLength);

    /** Fits the method; only called when {@link #appliesTo} is true. */
    FittedModel fit(double[] values, int seasonLength);

    /**
     * Fits the method, reusing fits of other methods to the same values from {@code cache} (a
     * combination reuses its members' fits). The result equals {@link #fit(double[], int)}.
     */
    default FittedModel fit(double[] values, int seasonLength, FitCache cache) {
        return fit(values, seasonLength);
    }
}
