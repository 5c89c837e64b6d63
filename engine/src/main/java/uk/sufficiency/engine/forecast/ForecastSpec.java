package uk.sufficiency.engine.forecast;

import java.util.List;

/**
 * What to forecast.
 *
 * @param horizon      number of periods ahead, from 1
 * @param method       {@code auto} or a method name from {@link uk.sufficiency.engine.forecast.method.MethodCatalogue}
 * @param levels       prediction interval levels in percent, each in (0, 100), e.g. 80 and 95
 * @param maxOrigins   most recent backtest origins used for calibration and the track record
 */
public record ForecastSpec(int horizon, String method, List<Double> levels, int maxOrigins) {

    public static final String AUTO = "auto";
    public static final List<Double> DEFAULT_LEVELS = List.of(80.0, 95.0);
    /** Enough for every origin of a yearly series; caps the work on long monthly ones. */
    public static final int DEFAULT_MAX_ORIGINS = 40;

    public ForecastSpec {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1");
        }
        levels = List.copyOf(levels);
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw new IllegalArgumentException("levels must be between 0 and 100 percent: " + level);
            }
        }
        if (maxOrigins < 1) {
            throw new IllegalArgumentException("maxOrigins must be at least 1");
        }
    }

    public static ForecastSpec auto(int horizon) {
        return new ForecastSpec(horizon, AUTO, DEFAULT_LEVELS, DEFAULT_MAX_ORIGINS);
    }

    public ForecastSpec withMethod(String newMethod) {
        return new ForecastSpec(horizon, newMethod, levels, maxOrigins);
    }

    public ForecastSpec withHorizon(int newHorizon) {
        return new ForecastSpec(newHorizon, method, levels, maxOrigins);
    }

    public boolean isAuto() {
        return AUTO.equals(method);
    }

    /** A level as written in column names and text: {@code 95}, {@code 97.5}. */
    public static String levelLabel(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }
}
