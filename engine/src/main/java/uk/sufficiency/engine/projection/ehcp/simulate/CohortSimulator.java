package uk.sufficiency.engine.projection.ehcp.simulate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.input.PopulationTable;
import uk.sufficiency.engine.projection.ehcp.state.StateSpace;
import uk.sufficiency.engine.random.SplitMixRandom;

/**
 * Monte Carlo cohort simulation, one year (January census to January census) per step:
 * <ol>
 *   <li>each plan leaves with its state's leaver probability, else moves with its mover
 *       probability to a destination drawn from its state's destination distribution, else stays in
 *       its setting and need; either way it ages one academic year;</li>
 *   <li>joiners arrive per academic year as Poisson(population x joiner rate x trend) and are
 *       placed by the joiner distribution of that year;</li>
 *   <li>capacity caps send arrivals beyond a cap to the first overflow setting with room.</li>
 * </ol>
 * Rates are drawn from their posteriors once per simulation (parameter uncertainty), then used for
 * every year of it. Simulation {@code k} uses its own generator seeded from (seed, k), so results do
 * not depend on threads and every scenario run with the same seed shares random numbers.
 */
public final class CohortSimulator {

    private final RateModel model;
    private final PopulationTable population;

    public CohortSimulator(RateModel model, PopulationTable population) {
        this.model = model;
        this.population = population;
    }

    /**
     * @param start       starting census counts by state (whole plans)
     * @param startYear   census year of {@code start}
     * @param horizon     years to project
     */
    public SimulationResult run(int[] start, int startYear, int horizon, Scenario scenario, int simulations,
            long seed) {
        return run(start, startYear, horizon, scenario, simulations, seed, false);
    }

    /** As {@link #run}, keeping every simulation's full state counts per year when {@code keepStates}. */
    public SimulationResult run(int[] start, int startYear, int horizon, Scenario scenario, int simulations,
            long seed, boolean keepStates) {
        StateSpace space = model.space();
        int cells = space.settingCount() * space.needCount() * SimulationResult.BANDS;
        int[] cellOf = new int[space.size()];
        for (int i = 0; i < cellOf.length; i++) {
            cellOf[i] = SimulationResult.cellOfState(space, i);
        }
        int[][][] counts = new int[simulations][][];
        int[][][] states = keepStates ? new int[simulations][][] : null;
        int[][] overflowed = new int[simulations][];
        int[][] overCapacity = new int[simulations][];
        IntStream.range(0, simulations).parallel().forEach(k -> {
            Run run = new Run(space, scenario, start, startYear, horizon, cells, cellOf, seed, k, keepStates);
            run.simulate();
            counts[k] = run.cube;
            if (states != null) {
                states[k] = run.states;
            }
            overflowed[k] = run.overflowed;
            overCapacity[k] = run.overCapacity;
        });
        return new SimulationResult(space, startYear, horizon, counts, states, overflowed, overCapacity);
    }

    /** Whole plans from possibly fractional counts: largest remainders, keeping the rounded total. */
    public static int[] toWholePlans(double[] counts) {
        int[] whole = new int[counts.length];
        double total = 0;
        int floorSum = 0;
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < counts.length; i++) {
            whole[i] = (int) Math.floor(counts[i]);
            floorSum += whole[i];
            total += counts[i];
            order[i] = i;
        }
        int missing = (int) Math.round(total) - floorSum;
        Arrays.sort(order, (a, b) -> {
            int byRemainder = Double.compare(counts[b] - Math.floor(counts[b]), counts[a] - Math.floor(counts[a]));
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int r = 0; r < missing && r < order.length; r++) {
            whole[order[r]]++;
        }
        return whole;
    }

    /** One simulation. */
    private final class Run {
        private final StateSpace space;
        private final Scenario scenario;
        private final int[] start;
        private final int startYear;
        private final int horizon;
        private final RandomGenerator rng;
        private final double[] leave;
        private final double[] move;
        private final double[] joinerRate;
        private final double slope;
        private final int[] cellOf;
        final int[][] cube;
        final int[][] states;
        final int[] overflowed;
        final int[] overCapacity;

        Run(StateSpace space, Scenario scenario, int[] start, int startYear, int horizon, int cells, int[] cellOf,
                long seed, int k, boolean keepStates) {
            this.cellOf = cellOf;
            this.states = keepStates ? new int[horizon + 1][] : null;
            this.space = space;
            this.scenario = scenario;
            this.start = start;
            this.startYear = startYear;
            this.horizon = horizon;
            // An independent stream per simulation, whatever thread runs it.
            this.rng = new SplitMixRandom(mix(seed, k));
            this.leave = new double[space.size()];
            this.move = new double[space.size()];
            Arrays.fill(leave, Double.NaN);
            this.joinerRate = new double[model.joinerShape().length];
            for (int a = 0; a < joinerRate.length; a++) {
                joinerRate[a] = model.joinerRate()[a] > 0
                        ? new GammaDistribution(rng, model.joinerShape()[a], 1.0 / model.joinerRate()[a]).sample()
                        : 0.0;
            }
            this.slope = model.trendSlope() + model.trendSlopeSe() * rng.nextGaussian();
            this.cube = new int[horizon + 1][cells];
            this.overflowed = new int[horizon + 1];
            this.overCapacity = new int[horizon + 1];
        }

        void simulate() {
            int[] now = start.clone();
            record(0, now);
            for (int t = 1; t <= horizon; t++) {
                int[] next = new int[now.length];
                int[] arrivals = new int[now.length];
                age(t, now, next, arrivals);
                join(t, next, arrivals);
                applyCaps(t, next, arrivals);
                record(t, next);
                now = next;
            }
        }

        private void age(int t, int[] now, int[] next, int[] arrivals) {
            int maxYear = space.maxAcademicYear();
            for (int i = 0; i < now.length; i++) {
                int plans = now[i];
                if (plans == 0 || space.academicYearOf(i) >= maxYear || model.mustLeave()[i]) {
                    continue;
                }
                if (Double.isNaN(leave[i])) {
                    drawRates(i);
                }
                double pLeave = Math.min(1.0, leave[i] * scenario.leaveMultiplier(t, i));
                double pMove = model.mustMove()[i] ? 1.0 : Math.min(1.0, move[i] * scenario.moveMultiplier(t, i));
                double[] cumulative = scenario.destinationCumulative(t, i);
                int[] targets = model.destinations()[i];
                // One uniform per plan: [0, pLeave) leaves, [pLeave, pLeave + pMoveAll) moves, the rest stay;
                // the position within the move band, rescaled, is itself uniform and picks the destination.
                double pMoveAll = cumulative.length > 0 ? (1 - pLeave) * pMove : 0.0;
                double moveEnd = pLeave + pMoveAll;
                int stay = 0;
                for (int p = 0; p < plans; p++) {
                    double u = rng.nextDouble();
                    if (u < pLeave) {
                        continue;
                    }
                    if (u < moveEnd) {
                        int to = targets[pick(cumulative, (u - pLeave) / pMoveAll)];
                        next[to]++;
                        arrivals[to]++;
                    } else {
                        stay++;
                    }
                }
                next[i + 1] += stay;
            }
        }

        private void drawRates(int i) {
            leave[i] = new BetaDistribution(rng, model.leaveAlpha()[i], model.leaveBeta()[i]).sample();
            move[i] = model.mustMove()[i] ? 1.0
                    : new BetaDistribution(rng, model.moveAlpha()[i], model.moveBeta()[i]).sample();
        }

        private void join(int t, int[] next, int[] arrivals) {
            int year = startYear + t;
            double trend = Math.exp(slope * (year - model.trendReferenceYear()));
            for (int a = 0; a < joinerRate.length; a++) {
                if (joinerRate[a] <= 0) {
                    continue;
                }
                double mean = population.population(year, a + space.minAcademicYear()) * joinerRate[a] * trend
                        * scenario.joinerScale(t, a);
                if (!(mean > 0)) {
                    continue;
                }
                int joiners = new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
                double[] cumulative = scenario.joinerCumulative(t, a);
                int[] cells = model.joinerCells()[a];
                for (int j = 0; j < joiners; j++) {
                    int to = cells[pick(cumulative, rng.nextDouble())];
                    next[to]++;
                    arrivals[to]++;
                }
            }
        }

        private void applyCaps(int t, int[] next, int[] arrivals) {
            List<Scenario.Cap> caps = scenario.caps(t);
            if (caps.isEmpty()) {
                return;
            }
            int[] settingTotals = new int[space.settingCount()];
            for (int i = 0; i < next.length; i++) {
                settingTotals[space.settingOf(i)] += next[i];
            }
            int[] places = new int[space.settingCount()];
            java.util.Arrays.fill(places, Integer.MAX_VALUE);
            for (Scenario.Cap cap : caps) {
                places[cap.setting()] = Math.min(places[cap.setting()], cap.places());
            }
            for (Scenario.Cap cap : caps) {
                int excess = settingTotals[cap.setting()] - cap.places();
                if (excess <= 0) {
                    continue;
                }
                int[] candidates = new int[next.length];
                int candidateTotal = 0;
                for (int i = 0; i < next.length; i++) {
                    if (arrivals[i] > 0 && space.settingOf(i) == cap.setting()) {
                        candidates[i] = arrivals[i];
                        candidateTotal += arrivals[i];
                    }
                }
                while (excess > 0 && candidateTotal > 0) {
                    int i = pickWeighted(candidates, candidateTotal);
                    candidates[i]--;
                    candidateTotal--;
                    int target = overflowTarget(cap, i, settingTotals, places);
                    if (target >= 0) {
                        next[i]--;
                        arrivals[i]--;
                        next[target]++;
                        arrivals[target]++;
                        settingTotals[cap.setting()]--;
                        settingTotals[space.settingOf(target)]++;
                        overflowed[t]++;
                        excess--;
                    }
                }
                overCapacity[t] += Math.max(0, excess);
            }
        }

        private int overflowTarget(Scenario.Cap cap, int from, int[] settingTotals, int[] places) {
            int need = space.needOf(from);
            int ay = space.academicYearOf(from);
            for (int setting : cap.overflowTo()) {
                if (space.isValid(setting, need, ay) && settingTotals[setting] < places[setting]) {
                    return space.index(setting, need, ay);
                }
            }
            return -1;
        }

        private int pickWeighted(int[] weights, int total) {
            int target = (int) (rng.nextDouble() * total);
            for (int i = 0; i < weights.length; i++) {
                target -= weights[i];
                if (target < 0) {
                    return i;
                }
            }
            throw new IllegalStateException("weights changed while picking");
        }

        private void record(int t, int[] counts) {
            int[] row = cube[t];
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    row[cellOf[i]] += counts[i];
                }
            }
            if (states != null) {
                states[t] = counts.clone();
            }
        }
    }

    /** A well-spread 64-bit seed for simulation k (SplitMix64's finaliser over seed and k). */
    static long mix(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Index of the first cumulative probability above u. */
    static int pick(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
