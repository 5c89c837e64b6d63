package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * What a market simulation produced: every measure at every month end of every simulation, the
 * cost of each simulated year, and how the months' matching was solved.
 *
 * @param settings      the settings used (simulations as run, with the seed and quick mode recorded)
 * @param monthEnds     the simulated month ends, in order
 * @param values        {@code [MarketMeasure][month][simulation]}
 * @param byLevel       {@code [MarketMeasure.ByLevel][level 1-6][month][simulation]}
 * @param yearCostGbp   {@code [year][simulation]}: cost of simulated year y + 1 (12 months; the last may be fewer)
 * @param exactMonths   simulated months settled by the exact flow, over all simulations
 * @param serviceMonths simulated months the matching service solved, over all simulations
 * @param recruitsPerYear index 1-6: households recruited a year (plan baseline plus extra) before the yield
 */
public record MarketResult(MarketSettings settings, long seed, List<LocalDate> monthEnds, double[][][] values,
        double[][][][] byLevel, double[][] yearCostGbp, long exactMonths, long serviceMonths,
        double[] recruitsPerYear) {

    public MarketResult {
        monthEnds = List.copyOf(monthEnds);
    }

    public int months() {
        return monthEnds.size();
    }

    public int simulations() {
        return settings.simulations();
    }

    /** Draws of a measure at month t (0 = the first simulated month), one per simulation. */
    public double[] draws(MarketMeasure measure, int t) {
        return values[measure.ordinal()][t];
    }

    public Interval interval(MarketMeasure measure, int t) {
        return Interval.of(draws(measure, t));
    }

    public Interval interval(MarketMeasure.ByLevel measure, int level, int t) {
        return Interval.of(byLevel[measure.ordinal()][level][t]);
    }

    /** Months in simulated year y (0-based): 12, or what is left of the last. */
    public int monthsInYear(int y) {
        return Math.min(12, months() - 12 * y);
    }

    public Interval yearCost(int y) {
        return Interval.of(yearCostGbp[y]);
    }
}
