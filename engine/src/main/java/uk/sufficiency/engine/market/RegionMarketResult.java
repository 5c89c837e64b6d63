package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * What a region's market simulation produced: for each member and for the region (the members
 * summed), every measure at every month end of every simulation pooled and alone, with simulation i
 * of both arms drawn from the same seeds, so that their difference, simulation by simulation, is
 * what pooling changes (common random numbers).
 *
 * @param settings      the region's settings as used (months, simulations, seed, quick mode recorded)
 * @param councils      each member, in region.yaml's order
 * @param region        the region's total: counts and costs summed, mean wait weighted by the waiting
 * @param pooledExact   pooled months whose matching the exact flow settled, over all simulations
 * @param pooledService pooled months the matching service solved
 */
public record RegionMarketResult(MarketSettings settings, long seed, PoolingRules pooling, List<Council> councils,
        Council region, long pooledExact, long pooledService) {

    /** The council's id for the region's total. */
    public static final String REGION = "region";

    /** In-house placements (a council's own carers or homes, any council's): the planner categories summed. */
    public static final List<MarketMeasure> IN_HOUSE = List.of(MarketMeasure.PLACED_CONNECTED,
            MarketMeasure.PLACED_IN_HOUSE_FOSTER, MarketMeasure.PLACED_RESIDENTIAL_IN_HOUSE,
            MarketMeasure.PLACED_SUPPORTED_IN_HOUSE);

    /**
     * One member (or the region) both ways.
     *
     * @param extras {@code [RegionMeasure][month][simulation]}, pooled (alone: every one 0)
     */
    public record Council(String id, String name, MarketResult pooled, MarketResult alone, double[][][] extras) {

        /** Draws of a region measure pooled at month t. */
        public double[] extra(RegionMeasure measure, int t) {
            return extras[measure.ordinal()][t];
        }

        /** Children placed in-house at month t in each simulation. */
        public double[] inHouse(MarketResult arm, int t) {
            double[] sum = new double[arm.simulations()];
            for (MarketMeasure m : IN_HOUSE) {
                double[] draws = arm.draws(m, t);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += draws[i];
                }
            }
            return sum;
        }

        /** Pooled less alone at month t, simulation by simulation. */
        public Interval difference(MarketMeasure measure, int t) {
            return Interval.of(minus(pooled.draws(measure, t), alone.draws(measure, t)));
        }

        /** Pooled less alone of a per-month figure averaged over the months, simulation by simulation. */
        public Interval monthlyMeanDifference(ToDoubleArm figure) {
            return Interval.of(minus(monthlyMean(pooled, figure), monthlyMean(alone, figure)));
        }

        /** Pooled less alone of the cost over all simulated months (GBP), simulation by simulation. */
        public Interval periodCostDifference() {
            return Interval.of(minus(periodCost(pooled), periodCost(alone)));
        }

        /** Mean over the months of a per-month figure, per simulation. */
        public static double[] monthlyMean(MarketResult arm, ToDoubleArm figure) {
            double[] mean = new double[arm.simulations()];
            for (int t = 0; t < arm.months(); t++) {
                double[] draws = figure.draws(arm, t);
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += draws[i] / arm.months();
                }
            }
            return mean;
        }

        /** Cost over every simulated month (GBP), per simulation. */
        public static double[] periodCost(MarketResult arm) {
            double[] total = new double[arm.simulations()];
            for (double[] year : arm.yearCostGbp()) {
                for (int i = 0; i < total.length; i++) {
                    total[i] += year[i];
                }
            }
            return total;
        }
    }

    /** A figure of an arm at month t, one draw per simulation. */
    @FunctionalInterface
    public interface ToDoubleArm {
        double[] draws(MarketResult arm, int t);

        static ToDoubleArm of(MarketMeasure measure) {
            return (arm, t) -> arm.draws(measure, t);
        }
    }

    public RegionMarketResult {
        councils = List.copyOf(councils);
    }

    public List<LocalDate> monthEnds() {
        return region.pooled().monthEnds();
    }

    public int months() {
        return region.pooled().months();
    }

    public int simulations() {
        return settings.simulations();
    }

    /** The members then the region. */
    public List<Council> all() {
        List<Council> all = new java.util.ArrayList<>(councils);
        all.add(region);
        return all;
    }

    static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
