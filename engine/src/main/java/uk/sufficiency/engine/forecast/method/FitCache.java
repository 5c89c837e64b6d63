package uk.sufficiency.engine.forecast.method;

import java.util.HashMap;
import java.util.Map;

/**
 * Fits of several methods to one array of values, each made once: combinations and the Theta
 * method reuse the fits of their members. Not thread-safe; use one per series and origin.
 */
public final class FitCache {

    private final double[] values;
    private final int seasonLength;
    private final Map<String, FittedModel> fits = new HashMap<>();

    public FitCache(double[] values, int seasonLength) {
        this.values = values.clone();
        this.seasonLength = seasonLength;
    }

    public double[] values() {
        return values.clone();
    }

    /** The method's fit to these values, made on first request. */
    public FittedModel fit(ForecastMethod method) {
        FittedModel fit = fits.get(method.name());
        if (fit == null) {
            fit = method.fit(values, seasonLength, this);
            fits.put(method.name(), fit);
        }
        return fit;
    }
}
