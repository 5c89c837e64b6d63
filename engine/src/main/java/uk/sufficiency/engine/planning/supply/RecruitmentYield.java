package uk.sufficiency.engine.planning.supply;

import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * How much of the planned recruitment each simulation achieves: one factor per simulation, drawn
 * once from Normal(1, sd) and cut at 0, applied to every recruit of the plan (a recruitment drive
 * that under-performs tends to do so year after year). The factor multiplies what recruitment adds
 * to supply, so the plan's effect (gap closed, cost avoided, payback) carries this uncertainty as
 * well as demand's. With sd 0 every simulation achieves its target exactly.
 */
public final class RecruitmentYield {

    private final double[] factors;

    private RecruitmentYield(double[] factors) {
        this.factors = factors;
    }

    /** Seeded draws; a generator of its own so that demand draws do not depend on it. */
    public static RecruitmentYield draw(int simulations, double sd, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new Well19937c(seed ^ 0x5DEECE66DL));
        double[] factors = new double[simulations];
        for (int s = 0; s < simulations; s++) {
            factors[s] = sd > 0 ? Math.max(0.0, random.nextGaussian(1.0, sd)) : 1.0;
        }
        return new RecruitmentYield(factors);
    }

    /** Every simulation achieves its recruitment target. */
    public static RecruitmentYield exact(int simulations) {
        return draw(simulations, 0, 0);
    }

    public int simulations() {
        return factors.length;
    }

    public double factor(int simulation) {
        return factors[simulation];
    }
}
