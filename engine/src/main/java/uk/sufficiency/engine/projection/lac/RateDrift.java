package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * How far the entry rate and the leaving rates may move away from those of the reference window as
 * the projection runs on (decision 0038). Rates estimated on one window are not the rates of the
 * years that follow: an authority's entries and its children's exits move from year to year with
 * policy, court practice and the cohort in care. Each simulation therefore draws, on top of its
 * posterior draw of the window's rates, a random walk of each log rate: month t's multiplier is
 * exp(W_t), W_0 = 0, W_t = W_{t-1} + N(0, sd^2 / 12), so a year ahead the rate is off by a factor
 * exp(N(0, sd^2)) and h years ahead by exp(N(0, h sd^2)).
 *
 * <p>The yearly standard deviations are estimated from the history before the fit's origin: for each
 * 12-month period (ending at the origin, 12 months earlier, ...) the log entry rate (entries a month)
 * and the log leaving rate (exits per child-month in care, 18th birthdays excluded), each with 1/2
 * added to its count; d = the change between consecutive periods, whose Poisson sampling variance is
 * v = 1/(n1 + 1/2) + 1/(n2 + 1/2). Then
 * sd^2 = (priorYears x priorSd^2 + sum(d^2 - v)) / (priorYears + number of changes), floored at 0:
 * the prior counts as {@code priorYears} observed changes, and an authority with a long, steady
 * history narrows it while one whose rates jump widens it.
 *
 * @param entrySdPerYear   standard deviation of the yearly change of the log entry rate
 * @param exitSdPerYear    standard deviation of the yearly change of the log leaving rate
 * @param changesObserved  yearly changes in the history the estimates rest on (besides the prior)
 */
public record RateDrift(double entrySdPerYear, double exitSdPerYear, int changesObserved) {

    /** No drift: the window's rates (with their posterior uncertainty) hold for the whole projection. */
    public static final RateDrift NONE = new RateDrift(0, 0, 0);

    /** Estimates the drift from the yearly periods of the history that end at or before {@code origin}. */
    public static RateDrift estimate(LacHistory history, LacStates space, LocalDate origin,
            LacProjectionConfig.DriftPrior prior) {
        List<double[]> periods = new ArrayList<>();
        for (LocalDate end = origin; !end.minusMonths(12).isBefore(history.firstSnapshot());
                end = YearMonth.from(end).minusMonths(12).atEndOfMonth()) {
            LocalDate start = YearMonth.from(end).minusMonths(12).atEndOfMonth();
            Observations obs = history.observe(space, start, end);
            double entries = EntryModel.total(obs.entryCounts());
            double exits = 0;
            double atRisk = 0;
            for (double[] outcomes : obs.outcomeCounts()) {
                exits += outcomes[space.exitOutcome()];
                atRisk += EntryModel.total(outcomes);
            }
            periods.add(new double[] {entries, exits, atRisk});
        }
        double[] entrySum = new double[2];
        double[] exitSum = new double[2];
        for (int i = 1; i < periods.size(); i++) {
            double[] later = periods.get(i - 1);
            double[] earlier = periods.get(i);
            add(entrySum, later[0], 12, earlier[0], 12);
            add(exitSum, later[1], later[2], earlier[1], earlier[2]);
        }
        int changes = Math.max(0, periods.size() - 1);
        return new RateDrift(pooled(prior, entrySum[0], changes), pooled(prior, exitSum[0], changes), changes);
    }

    private static void add(double[] sum, double n1, double exposure1, double n2, double exposure2) {
        if (exposure1 <= 0 || exposure2 <= 0) {
            return;
        }
        double d = Math.log((n1 + 0.5) / exposure1) - Math.log((n2 + 0.5) / exposure2);
        sum[0] += d * d - (1.0 / (n1 + 0.5) + 1.0 / (n2 + 0.5));
    }

    private static double pooled(LacProjectionConfig.DriftPrior prior, double excessSquares, int changes) {
        double variance = (prior.years() * prior.sdPerYear() * prior.sdPerYear() + excessSquares) / (prior.years() + changes);
        return Math.sqrt(Math.max(0.0, variance));
    }

    /**
     * One simulation's multipliers of the entry rate [0][t] and of the leaving rates [1][t] for
     * projected months t = 0..months-1 (month t is t + 1 months after the origin).
     */
    public double[][] draw(RandomGenerator rng, int months) {
        double[][] multipliers = new double[2][months];
        double entryStep = entrySdPerYear / Math.sqrt(12.0);
        double exitStep = exitSdPerYear / Math.sqrt(12.0);
        double entryWalk = 0;
        double exitWalk = 0;
        for (int t = 0; t < months; t++) {
            entryWalk += entryStep * rng.nextGaussian();
            exitWalk += exitStep * rng.nextGaussian();
            multipliers[0][t] = Math.exp(entryWalk);
            multipliers[1][t] = Math.exp(exitWalk);
        }
        return multipliers;
    }
}
