package uk.sufficiency.engine.forecast.series;

import java.util.ArrayList;
import java.util.List;

/**
 * A monthly or quarterly series summed to calendar years, complete years only (a year missing a
 * period at either end of the series is left out), e.g. the M3 quarterly set made yearly.
 */
public final class YearlyTotals {

    private YearlyTotals() {
    }

    /** The yearly totals, or null when fewer than {@code minimumYears} complete years remain. */
    public static TimeSeries of(TimeSeries series, int minimumYears) {
        if (series.frequency() == Frequency.YEARLY) {
            return series;
        }
        int perYear = series.frequency().periodsPerYear();
        double[] values = series.values();
        List<Double> totals = new ArrayList<>();
        int firstYear = -1;
        int t = 0;
        while (t < values.length && series.periods().get(t).step() != 1) {
            t++; // skip a partial first year
        }
        for (; t + perYear <= values.length; t += perYear) {
            double sum = 0;
            for (int k = 0; k < perYear; k++) {
                sum += values[t + k];
            }
            if (firstYear < 0) {
                firstYear = series.periods().get(t).year();
            }
            totals.add(sum);
        }
        if (totals.size() < minimumYears) {
            return null;
        }
        return TimeSeries.yearly(series.id(), firstYear, totals.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
