package uk.sufficiency.engine.planning.demand;

import org.apache.commons.math3.random.RandomDataGenerator;
import org.apache.commons.math3.random.Well19937c;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.PlacementKind;

/**
 * Demand from the current mix of children grown by a trend, with noise, seeded.
 *
 * <p>Per simulation s a growth rate g_s ~ Normal(growth, growthSd) is drawn (uncertainty in the
 * trend); in plan year t each cell (kind, level) with n children today has expected count
 * mu = n (1 + g_s)^t and the simulated count is Poisson(mu) or, when {@code dispersion} k > 0,
 * negative binomial with mean mu and variance mu + mu^2 / k (a Poisson with a Gamma(k, mu/k) mean).
 */
public final class TrendDemand {

    private TrendDemand() {
    }

    public static DemandSimulations simulate(CurrentMix mix, double growthPerYear, double growthSd,
            double dispersion, int years, int simulations, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(new Well19937c(seed));
        int kinds = PlacementKind.values().length;
        int[][][][] counts = new int[simulations][years + 1][kinds][SkillLevel.SLOTS];
        for (int s = 0; s < simulations; s++) {
            double growth = growthSd > 0 ? random.nextGaussian(growthPerYear, growthSd) : growthPerYear;
            growth = Math.max(-0.99, growth);
            for (int t = 1; t <= years; t++) {
                double factor = Math.pow(1 + growth, t);
                for (int kind = 0; kind < kinds; kind++) {
                    for (int level : SkillLevel.all()) {
                        double mean = mix.counts()[kind][level] * factor;
                        counts[s][t][kind][level] = draw(random, mean, dispersion);
                    }
                }
            }
        }
        return new ArrayDemand(counts);
    }

    private static int draw(RandomDataGenerator random, double mean, double dispersion) {
        if (mean <= 0) {
            return 0;
        }
        double lambda = dispersion > 0 ? random.nextGamma(dispersion, mean / dispersion) : mean;
        return lambda <= 0 ? 0 : (int) random.nextPoisson(lambda);
    }
}
