package uk.sufficiency.engine.market;

import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.engine.projection.lac.AgeBands;

/**
 * One simulation's draws of the looked-after children model, as in the projection's own simulation
 * (ChildMonths): outcome probabilities from their Dirichlet posteriors, expected entries from the
 * entry model's posterior, and the drift of the entry and leaving rates, all drawn once per
 * simulation; then month by month each child's outcome and the month's entrants.
 */
final class ChildFlows {

    /** Outcome: the child left care. */
    static final int LEFT = -1;

    private final LacFlows flows;
    private final RandomGenerator rng;
    private final double[][] cumulative;
    private final double[][] expectedEntries;
    private final double[][] drift;

    ChildFlows(LacFlows flows, List<YearMonth> months, RandomGenerator rng) {
        this.flows = flows;
        this.rng = rng;
        double[][] drawn = flows.transitions().draw(rng);
        this.cumulative = new double[drawn.length][];
        for (int s = 0; s < drawn.length; s++) {
            cumulative[s] = new double[drawn[s].length];
            double acc = 0;
            for (int o = 0; o < drawn[s].length; o++) {
                acc += drawn[s][o];
                cumulative[s][o] = acc;
            }
        }
        this.expectedEntries = flows.entries().expected(rng, months);
        this.drift = flows.drift().draw(rng, months.size());
    }

    /**
     * Month t's outcome for a child aged {@code ageMonths} at the start of the month in {@code category}:
     * the category at the month end (its own: stayed) or {@link #LEFT}. The leaving probability is scaled
     * by the month's drift, the other outcomes keep their relative odds (as the projection does).
     */
    int outcome(int ageMonths, int category, int t) {
        int k = flows.space().categoryCount();
        double[] row = cumulative[flows.space().state(flows.space().bands().bandOf(ageMonths), category)];
        double stayOrMove = row[k - 1];
        double exit = Math.min(1.0, (1.0 - stayOrMove) * drift[1][t]);
        double u = rng.nextDouble();
        if (u < exit) {
            return LEFT;
        }
        double v = (u - exit) / (1.0 - exit) * stayOrMove;
        int o = 0;
        while (o < k - 1 && v >= row[o]) {
            o++;
        }
        return o;
    }

    /** Month t's entrants: each one's model state (age band x category), a Poisson number in all. */
    int[] entrants(int t) {
        double[] expected = expectedEntries[t];
        double total = 0;
        for (double e : expected) {
            total += e;
        }
        total *= drift[0][t];
        int arrivals = total > 0 ? new PoissonDistribution(rng, total, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        double sum = total / drift[0][t];
        int[] states = new int[arrivals];
        for (int e = 0; e < arrivals; e++) {
            double u = rng.nextDouble() * sum;
            int s = 0;
            while (s < expected.length - 1 && u >= expected[s]) {
                u -= expected[s];
                s++;
            }
            states[e] = s;
        }
        return states;
    }

    /** An observed entry age (months) in the band, or a uniform age within it when none was observed. */
    int entryAgeMonths(int band) {
        int[] observed = flows.entryAgesByBand()[band];
        if (observed.length > 0) {
            return observed[rng.nextInt(observed.length)];
        }
        AgeBands.Band b = flows.space().bands().bands().get(band);
        return b.fromMonths() + rng.nextInt(b.widthMonths());
    }
}
