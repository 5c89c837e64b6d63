package uk.sufficiency.engine.projection.ehcp.backtest;

import java.util.List;
import java.util.Locale;

/**
 * How projections like this one did when made from earlier years: over every (origin, later
 * census) pair the history allows, in total plans.
 *
 * @param projections                  how many projections were checked
 * @param meanAbsolutePercentError     their mean absolute error, % of the count
 * @param within95                     how many outcomes fell inside the 95% interval
 * @param within80                     and inside the 80% interval
 */
public record TrackRecord(int projections, double meanAbsolutePercentError, int within95, int within80) {

    /** The record of the total-count rows, optionally only those {@code horizon} years ahead (0 = all). */
    public static TrackRecord of(List<HindcastRow> rows, int horizon) {
        int n = 0;
        double ape = 0;
        int in95 = 0;
        int in80 = 0;
        for (HindcastRow row : rows) {
            if (!row.total() || (horizon > 0 && row.horizon() != horizon) || !(row.actual() > 0)) {
                continue;
            }
            n++;
            ape += Math.abs(row.errorPercent());
            in95 += row.projected().within95(row.actual()) ? 1 : 0;
            in80 += row.projected().within80(row.actual()) ? 1 : 0;
        }
        return new TrackRecord(n, n == 0 ? Double.NaN : ape / n, in95, in80);
    }

    /** The sentence every projection carries. */
    public String sentence() {
        if (projections == 0) {
            return "There is too little history to test projections like this one on earlier years.";
        }
        return String.format(Locale.ROOT, "Made from earlier years, projections like this missed by %.1f%% on average "
                + "and their 95%% intervals held the outcome %d %s in %d.", meanAbsolutePercentError, within95,
                within95 == 1 ? "time" : "times", projections);
    }
}
