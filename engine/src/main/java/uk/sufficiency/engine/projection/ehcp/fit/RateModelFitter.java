package uk.sufficiency.engine.projection.ehcp.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.population.AreaPopulation;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

/**
 * Turns a {@link TransitionTally} into a {@link RateModel}, with priors so that sparse cells borrow
 * strength: a state's leaver and mover rates shrink towards its academic year's pooled rate with
 * weight {@code priorStrength} (in plans), and its destinations towards the destinations of all
 * movers of that need at that year (then all years). Joiner rates get a Jeffreys-like Gamma(J + 0.5,
 * exposure) posterior by academic year, and their level over time a trend posterior
 * ({@link JoinerTrendPosterior}).
 */
public final class RateModelFitter {

    /** Weight of the tiny uniform floor that keeps every allowed destination possible. */
    static final double FLOOR = 0.01;

    private RateModelFitter() {
    }

    /** What the trend needs besides the tally: the form and the panel calibration. */
    public record TrendSpec(JoinerTrend form, double maxGrowthPerYear, JoinerTrendCalibration calibration) {
    }

    public static RateModel fit(TransitionTally tally, AreaPopulation population, double priorStrength,
            TrendSpec trend, int fitFromYear, int originYear) {
        PlanStateSpace space = tally.space;
        StateRates states = StateRates.fit(tally, priorStrength);
        Destinations destinations = Destinations.fit(tally, priorStrength);
        JoinerRates joiners = JoinerRates.fit(tally, population, priorStrength);
        JoinerTrendPosterior trendPosterior = trend(tally, population, joiners, trend);
        return new RateModel(space, fitFromYear, originYear, states.leaveAlpha, states.leaveBeta,
                destinations.mustLeave, states.moveAlpha, states.moveBeta, destinations.mustMove,
                destinations.targets, destinations.probabilities, joiners.shape, joiners.rate, joiners.cells,
                joiners.probabilities, trendPosterior);
    }

    /** The all-ages joiner rate by arrival year and its trend. */
    private static JoinerTrendPosterior trend(TransitionTally tally, AreaPopulation population, JoinerRates joiners,
            TrendSpec spec) {
        PlanStateSpace space = tally.space;
        List<Double> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        JoinerTrend form = spec.calibration().resolve(spec.form());
        boolean log = form == JoinerTrend.LOG_LINEAR || form == JoinerTrend.LOG_DAMPED;
        double allJoined = 0;
        double allExposure = 0;
        for (Map.Entry<Integer, double[]> entry : tally.joiners.entrySet()) {
            int year = entry.getKey();
            double exposure = 0;
            for (int a = 0; a < joiners.rate.length; a++) {
                if (joiners.rate[a] > 0) {
                    exposure += population.at(year, a + space.minAcademicYear() + AreaPopulation.ACADEMIC_YEAR_OFFSET);
                }
            }
            double joined = 0;
            for (double v : entry.getValue()) {
                joined += v;
            }
            allJoined += joined;
            allExposure += exposure;
            if (exposure > 0) {
                // half a joiner keeps ln defined in a year nobody joined
                double rate = Math.max(joined, 0.5) / exposure;
                years.add((double) year);
                values.add(log ? Math.log(rate) : rate);
            }
        }
        double pooled = allExposure > 0 ? Math.max(allJoined, 0.5) / allExposure : 1.0;
        JoinerTrendCalibration calibration = spec.calibration();
        return new JoinerTrendPosterior(form, years.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), pooled, calibration.priorSd(),
                calibration.priorDf(), calibration.damping(), spec.maxGrowthPerYear(), calibration.slopeSd());
    }

    /** Leaving and moving: Beta posteriors per state, shrunk to the academic year's pooled rates. */
    private static final class StateRates {
        final double[] leaveAlpha;
        final double[] leaveBeta;
        final double[] moveAlpha;
        final double[] moveBeta;

        private StateRates(int size) {
            leaveAlpha = new double[size];
            leaveBeta = new double[size];
            moveAlpha = new double[size];
            moveBeta = new double[size];
        }

        static StateRates fit(TransitionTally tally, double k) {
            PlanStateSpace space = tally.space;
            int years = space.maxAcademicYear() - space.minAcademicYear() + 1;
            double[] exposureByYear = new double[years];
            double[] leaversByYear = new double[years];
            double[] moversByYear = new double[years];
            double totalExposure = 0;
            double totalLeavers = 0;
            double totalMovers = 0;
            for (int i = 0; i < space.size(); i++) {
                int a = space.academicYearOf(i) - space.minAcademicYear();
                exposureByYear[a] += tally.exposure[i];
                leaversByYear[a] += tally.leavers[i];
                moversByYear[a] += tally.movers[i];
                totalExposure += tally.exposure[i];
                totalLeavers += tally.leavers[i];
                totalMovers += tally.movers[i];
            }
            double globalLeave = (totalLeavers + 1) / (totalExposure + 2);
            double globalMove = (totalMovers + 1) / (totalExposure - totalLeavers + 2);
            StateRates rates = new StateRates(space.size());
            for (int i = 0; i < space.size(); i++) {
                if (!space.isValid(i)) {
                    continue;
                }
                int a = space.academicYearOf(i) - space.minAcademicYear();
                double poolLeave = (leaversByYear[a] + k * globalLeave) / (exposureByYear[a] + k);
                rates.leaveAlpha[i] = tally.leavers[i] + k * poolLeave;
                rates.leaveBeta[i] = Math.max(0, tally.exposure[i] - tally.leavers[i]) + k * (1 - poolLeave);
                double stayers = exposureByYear[a] - leaversByYear[a];
                double poolMove = (moversByYear[a] + k * globalMove) / (stayers + k);
                poolMove = Math.min(Math.max(poolMove, 1e-6), 1 - 1e-6);
                rates.moveAlpha[i] = tally.movers[i] + k * poolMove;
                rates.moveBeta[i] = Math.max(0, tally.exposure[i] - tally.leavers[i] - tally.movers[i])
                        + k * (1 - poolMove);
            }
            return rates;
        }
    }

    /** Where movers go: the Dirichlet posterior mean over the valid next states, per state. */
    private static final class Destinations {
        final boolean[] mustLeave;
        final boolean[] mustMove;
        final int[][] targets;
        final double[][] probabilities;

        private Destinations(int size) {
            mustLeave = new boolean[size];
            mustMove = new boolean[size];
            targets = new int[size][];
            probabilities = new double[size][];
        }

        static Destinations fit(TransitionTally tally, double k) {
            PlanStateSpace space = tally.space;
            int years = space.maxAcademicYear() - space.minAcademicYear() + 1;
            // Pooled destination counts by (from need, academic year) and by from need over all years.
            Map<Long, Double> pooledByYear = new HashMap<>();
            Map<Long, Double> pooledAllYears = new HashMap<>();
            tally.destinations.forEach((from, dests) -> dests.forEach((to, count) -> {
                int need = space.needOf(from);
                int target = space.settingOf(to) * space.needCount() + space.needOf(to);
                pooledByYear.merge(key(need, space.academicYearOf(from), target), count, Double::sum);
                pooledAllYears.merge(key(need, Integer.MIN_VALUE, target), count, Double::sum);
            }));
            Destinations d = new Destinations(space.size());
            for (int i = 0; i < space.size(); i++) {
                d.targets[i] = new int[0];
                d.probabilities[i] = new double[0];
                if (!space.isValid(i)) {
                    continue;
                }
                int s = space.settingOf(i);
                int n = space.needOf(i);
                int ay = space.academicYearOf(i);
                boolean stayValid = space.isValid(s, n, ay + 1);
                List<Integer> candidates = candidates(space, s, n, ay);
                if (candidates.isEmpty()) {
                    d.mustLeave[i] = !stayValid;
                    continue;
                }
                d.mustMove[i] = !stayValid;
                Map<Integer, Double> own = tally.destinations.getOrDefault(i, Map.of());
                double[] prior = new double[candidates.size()];
                double priorSum = 0;
                for (int c = 0; c < candidates.size(); c++) {
                    int to = candidates.get(c);
                    int target = space.settingOf(to) * space.needCount() + space.needOf(to);
                    double sameNeed = space.needOf(to) == n ? 1.0 : 0.01;
                    prior[c] = pooledByYear.getOrDefault(key(n, ay, target), 0.0)
                            + pooledAllYears.getOrDefault(key(n, Integer.MIN_VALUE, target), 0.0) / years
                            + FLOOR * sameNeed;
                    priorSum += prior[c];
                }
                double[] weights = new double[candidates.size()];
                double sum = 0;
                for (int c = 0; c < candidates.size(); c++) {
                    weights[c] = own.getOrDefault(candidates.get(c), 0.0) + k * prior[c] / priorSum;
                    sum += weights[c];
                }
                for (int c = 0; c < weights.length; c++) {
                    weights[c] /= sum;
                }
                d.targets[i] = candidates.stream().mapToInt(Integer::intValue).toArray();
                d.probabilities[i] = weights;
            }
            return d;
        }

        /** Valid states a year on, in allowed settings, other than staying put. */
        private static List<Integer> candidates(PlanStateSpace space, int s, int n, int ay) {
            List<Integer> candidates = new ArrayList<>();
            if (!space.inAcademicYearRange(ay + 1)) {
                return candidates;
            }
            for (int t = 0; t < space.settingCount(); t++) {
                if (!space.moveAllowed(s, t)) {
                    continue;
                }
                for (int m = 0; m < space.needCount(); m++) {
                    if ((t != s || m != n) && space.isValid(t, m, ay + 1)) {
                        candidates.add(space.index(t, m, ay + 1));
                    }
                }
            }
            return candidates;
        }

        private static long key(int need, int academicYear, int target) {
            return ((long) need * 1_000_003L + academicYear) * 1_000_003L + target;
        }
    }

    /** Joining by academic year: Gamma posterior of the rate per head, and where joiners go. */
    private static final class JoinerRates {
        final double[] shape;
        final double[] rate;
        final int[][] cells;
        final double[][] probabilities;

        private JoinerRates(int years) {
            shape = new double[years];
            rate = new double[years];
            cells = new int[years][];
            probabilities = new double[years][];
        }

        static JoinerRates fit(TransitionTally tally, AreaPopulation population, double k) {
            PlanStateSpace space = tally.space;
            int years = space.maxAcademicYear() - space.minAcademicYear() + 1;
            double[] joinersByCell = new double[space.settingCount() * space.needCount()];
            double[] joinersByYear = new double[years];
            double[] joinersByState = new double[space.size()];
            tally.joiners.forEach((year, byState) -> {
                for (int i = 0; i < byState.length; i++) {
                    if (byState[i] > 0) {
                        joinersByYear[space.academicYearOf(i) - space.minAcademicYear()] += byState[i];
                        joinersByCell[space.settingOf(i) * space.needCount() + space.needOf(i)] += byState[i];
                        joinersByState[i] += byState[i];
                    }
                }
            });
            double cellSum = 0;
            for (double v : joinersByCell) {
                cellSum += v;
            }
            JoinerRates j = new JoinerRates(years);
            for (int a = 0; a < years; a++) {
                int ay = a + space.minAcademicYear();
                double exposure = 0;
                for (int year : tally.joiners.keySet()) {
                    exposure += population.at(year, ay + AreaPopulation.ACADEMIC_YEAR_OFFSET);
                }
                List<Integer> valid = space.validAt(ay);
                j.cells[a] = valid.stream().mapToInt(Integer::intValue).toArray();
                j.probabilities[a] = new double[valid.size()];
                if (exposure <= 0 || valid.isEmpty()) {
                    continue;
                }
                j.shape[a] = joinersByYear[a] + 0.5;
                j.rate[a] = exposure;
                double sum = 0;
                for (int c = 0; c < valid.size(); c++) {
                    int i = valid.get(c);
                    int cell = space.settingOf(i) * space.needCount() + space.needOf(i);
                    double prior = (joinersByCell[cell] + FLOOR) / (cellSum + FLOOR * joinersByCell.length);
                    j.probabilities[a][c] = joinersByState[i] + k * prior;
                    sum += j.probabilities[a][c];
                }
                for (int c = 0; c < valid.size(); c++) {
                    j.probabilities[a][c] /= sum;
                }
            }
            return j;
        }
    }
}
