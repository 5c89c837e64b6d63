package uk.sufficiency.engine.forecast.evaluation;

import java.util.List;
import uk.sufficiency.engine.forecast.series.Period;

/**
 * How forecasts made the same way from earlier parts of the series turned out: at every origin the
 * history allows, the method was fitted to the values up to it, its intervals calibrated on the
 * errors known by then, and the forecasts held against what happened.
 *
 * @param levels    interval levels, percent, in the order of each past forecast's bounds
 * @param forecasts every past forecast with a known outcome, oldest origin first
 */
public record TrackRecord(List<Double> levels, List<PastForecast> forecasts) {

    /**
     * One forecast made from an earlier origin.
     *
     * @param origin   the last period the forecast was made from
     * @param period   the period forecast
     * @param step     steps ahead
     * @param forecast the point forecast
     * @param lower    lower bound per level
     * @param upper    upper bound per level
     * @param actual   what happened
     */
    public record PastForecast(Period origin, Period period, int step, double forecast, double[] lower, double[] upper,
            double actual) {
        public PastForecast {
            lower = lower.clone();
            upper = upper.clone();
        }

        public boolean held(int levelIndex) {
            return actual >= lower[levelIndex] && actual <= upper[levelIndex];
        }

        public double lower(int levelIndex) {
            return lower[levelIndex];
        }

        public double upper(int levelIndex) {
            return upper[levelIndex];
        }
    }

    public TrackRecord {
        levels = List.copyOf(levels);
        forecasts = List.copyOf(forecasts);
    }

    public int count() {
        return forecasts.size();
    }

    /** Mean absolute percentage error of the past forecasts (NaN when there are none or an outcome is 0). */
    public double meanAbsolutePercentError() {
        return Accuracy.mean(forecasts.stream().mapToDouble(f -> Accuracy.ape(f.actual(), f.forecast())).toArray());
    }

    /** Number of past outcomes inside the interval at {@code levelIndex}. */
    public int held(int levelIndex) {
        return (int) forecasts.stream().filter(f -> f.held(levelIndex)).count();
    }

    /** Index of the level closest to {@code percent} (e.g. 95). */
    public int levelIndex(double percent) {
        int best = 0;
        for (int i = 1; i < levels.size(); i++) {
            if (Math.abs(levels.get(i) - percent) < Math.abs(levels.get(best) - percent)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The sentence the outputs show, e.g. "Made from earlier years, forecasts like this missed by
     * 6.1% on average and their 95% intervals held the outcome 20 times in 21" ("1 time in 1").
     */
    public String sentence(String periodsWord) {
        if (forecasts.isEmpty() || levels.isEmpty()) {
            return "Too short for a track record: no forecast could be made from earlier " + periodsWord + ".";
        }
        int level = levelIndex(95);
        int held = held(level);
        return String.format(java.util.Locale.ROOT, "Made from earlier %s, forecasts like this missed by %.1f%% on average"
                + " and their %s%% intervals held the outcome %d %s in %d.", periodsWord, meanAbsolutePercentError(),
                uk.sufficiency.engine.forecast.ForecastSpec.levelLabel(levels.get(level)), held,
                held == 1 ? "time" : "times", count());
    }
}
