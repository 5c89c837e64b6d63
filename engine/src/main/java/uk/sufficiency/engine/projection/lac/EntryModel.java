package uk.sufficiency.engine.projection.lac;

import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Expected entries into care per projected month and state, drawn afresh for each simulation from the
 * posterior of the entry parameters (so the intervals carry the uncertainty of the rate, not just
 * Poisson noise). Three modes:
 * <ul>
 *   <li>constant: total monthly entries ~ Gamma(n + 1/2, window months) (the Jeffreys posterior of a
 *       Poisson rate), split over states by a Dirichlet(entry counts + prior) mix;</li>
 *   <li>trended: least-squares line through monthly entry totals against centred month; intercept and
 *       slope drawn from normals with their standard errors (uncorrelated because time is centred);
 *       floored at zero; same mix;</li>
 *   <li>population: per band, entries per child-month of population ~ Gamma(n_b + 1/2, population
 *       child-months in the window), times the projected band population; mix within band.</li>
 * </ul>
 */
public abstract sealed class EntryModel {

    /** [month][state] expected entries for the projected months. */
    public abstract double[][] expected(RandomGenerator rng, List<YearMonth> months);

    /** Posterior mean expected entries per month by state, for the rates report (first projected month). */
    public abstract double[] meanPerMonth(YearMonth month);

    /** Fits the entry model of {@code mode} (constant, trended or population) to the window's observations. */
    public static EntryModel fit(String mode, Observations obs, LacStates space, double priorStrength,
            AgeBandPopulation population) {
        return switch (mode) {
            case LacProjectionConfig.TRENDED -> new Trended(obs, space, priorStrength);
            case LacProjectionConfig.POPULATION -> new Population(obs, space, priorStrength, population);
            default -> new Constant(obs, space, priorStrength);
        };
    }

    static double[] dirichlet(RandomGenerator rng, double[] alpha) {
        double[] draw = new double[alpha.length];
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            draw[i] = alpha[i] > 0 ? new GammaDistribution(rng, alpha[i], 1.0).sample() : 0.0;
            sum += draw[i];
        }
        for (int i = 0; i < alpha.length; i++) {
            draw[i] = sum > 0 ? draw[i] / sum : 1.0 / alpha.length;
        }
        return draw;
    }

    static double total(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** Entry counts plus the prior spread evenly over all states, so no state is impossible. */
    static double[] mixAlpha(Observations obs, double priorStrength) {
        double[] alpha = obs.entryCounts().clone();
        for (int s = 0; s < alpha.length; s++) {
            alpha[s] += priorStrength / alpha.length;
        }
        return alpha;
    }

    static final class Constant extends EntryModel {
        private final double count;
        private final double months;
        private final double[] mixAlpha;

        Constant(Observations obs, LacStates space, double priorStrength) {
            this.count = total(obs.entryCounts());
            this.months = obs.windowMonths();
            this.mixAlpha = mixAlpha(obs, priorStrength);
        }

        @Override
        public double[][] expected(RandomGenerator rng, List<YearMonth> projected) {
            double rate = new GammaDistribution(rng, count + 0.5, 1.0 / months).sample();
            double[] mix = dirichlet(rng, mixAlpha);
            double[][] out = new double[projected.size()][];
            for (int t = 0; t < out.length; t++) {
                out[t] = new double[mix.length];
                for (int s = 0; s < mix.length; s++) {
                    out[t][s] = rate * mix[s];
                }
            }
            return out;
        }

        @Override
        public double[] meanPerMonth(YearMonth month) {
            double rate = (count + 0.5) / months;
            double total = total(mixAlpha);
            double[] out = new double[mixAlpha.length];
            for (int s = 0; s < out.length; s++) {
                out[s] = rate * mixAlpha[s] / total;
            }
            return out;
        }
    }

    static final class Trended extends EntryModel {
        private final double intercept;
        private final double slope;
        private final double interceptSe;
        private final double slopeSe;
        private final double firstX;
        private final YearMonth firstMonth;
        private final double[] mixAlpha;

        Trended(Observations obs, LacStates space, double priorStrength) {
            double[] y = obs.monthlyEntries();
            double centre = (y.length - 1) / 2.0;
            SimpleRegression regression = new SimpleRegression(true);
            for (int i = 0; i < y.length; i++) {
                regression.addData(i - centre, y[i]);
            }
            boolean fitted = y.length >= 3;
            this.intercept = fitted ? regression.getIntercept() : total(y) / Math.max(1, y.length);
            this.slope = fitted ? regression.getSlope() : 0.0;
            this.interceptSe = fitted ? safe(regression.getInterceptStdErr()) : 0.0;
            this.slopeSe = fitted ? safe(regression.getSlopeStdErr()) : 0.0;
            this.firstX = y.length - centre;
            this.firstMonth = YearMonth.from(obs.windowEnd()).plusMonths(1);
            this.mixAlpha = mixAlpha(obs, priorStrength);
        }

        private static double safe(double v) {
            return Double.isFinite(v) ? v : 0.0;
        }

        private double x(YearMonth month) {
            return firstX + (month.getYear() * 12L + month.getMonthValue() - firstMonth.getYear() * 12L - firstMonth.getMonthValue());
        }

        @Override
        public double[][] expected(RandomGenerator rng, List<YearMonth> projected) {
            double a = intercept + interceptSe * rng.nextGaussian();
            double b = slope + slopeSe * rng.nextGaussian();
            double[] mix = dirichlet(rng, mixAlpha);
            double[][] out = new double[projected.size()][];
            for (int t = 0; t < out.length; t++) {
                double total = Math.max(0.0, a + b * x(projected.get(t)));
                out[t] = new double[mix.length];
                for (int s = 0; s < mix.length; s++) {
                    out[t][s] = total * mix[s];
                }
            }
            return out;
        }

        @Override
        public double[] meanPerMonth(YearMonth month) {
            double rate = Math.max(0.0, intercept + slope * x(month));
            double total = total(mixAlpha);
            double[] out = new double[mixAlpha.length];
            for (int s = 0; s < out.length; s++) {
                out[s] = rate * mixAlpha[s] / total;
            }
            return out;
        }
    }

    static final class Population extends EntryModel {
        private final LacStates space;
        private final AgeBandPopulation population;
        private final double[] bandCounts;
        private final double[] bandExposure;
        private final double[][] bandMixAlpha;

        Population(Observations obs, LacStates space, double priorStrength, AgeBandPopulation population) {
            this.space = space;
            this.population = population;
            int bands = space.bands().size();
            int k = space.categoryCount();
            bandCounts = new double[bands];
            bandExposure = new double[bands];
            bandMixAlpha = new double[bands][k];
            for (int s = 0; s < space.stateCount(); s++) {
                bandCounts[space.bandOfState(s)] += obs.entryCounts()[s];
                bandMixAlpha[space.bandOfState(s)][space.categoryOfState(s)] = obs.entryCounts()[s] + priorStrength / k;
            }
            YearMonth first = YearMonth.from(obs.windowStart()).plusMonths(1);
            for (int m = 0; m < obs.windowMonths(); m++) {
                int year = first.plusMonths(m).getYear();
                for (int b = 0; b < bands; b++) {
                    bandExposure[b] += population.population(year, b);
                }
            }
        }

        @Override
        public double[][] expected(RandomGenerator rng, List<YearMonth> projected) {
            int bands = space.bands().size();
            double[] rate = new double[bands];
            double[][] mix = new double[bands][];
            for (int b = 0; b < bands; b++) {
                rate[b] = bandExposure[b] > 0 ? new GammaDistribution(rng, bandCounts[b] + 0.5, 1.0 / bandExposure[b]).sample() : 0.0;
                mix[b] = dirichlet(rng, bandMixAlpha[b]);
            }
            double[][] out = new double[projected.size()][space.stateCount()];
            for (int t = 0; t < out.length; t++) {
                int year = projected.get(t).getYear();
                for (int s = 0; s < space.stateCount(); s++) {
                    int b = space.bandOfState(s);
                    out[t][s] = rate[b] * population.population(year, b) * mix[b][space.categoryOfState(s)];
                }
            }
            return out;
        }

        @Override
        public double[] meanPerMonth(YearMonth month) {
            double[] out = new double[space.stateCount()];
            for (int s = 0; s < out.length; s++) {
                int b = space.bandOfState(s);
                double rate = bandExposure[b] > 0 ? (bandCounts[b] + 0.5) / bandExposure[b] : 0.0;
                out[s] = rate * population.population(month.getYear(), b) * bandMixAlpha[b][space.categoryOfState(s)]
                        / total(bandMixAlpha[b]);
            }
            return out;
        }
    }
}
