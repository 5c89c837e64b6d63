package uk.sufficiency.engine.projection.ehcp.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig.JoinerTrend;
import uk.sufficiency.engine.projection.ehcp.input.PopulationTable;
import uk.sufficiency.engine.projection.ehcp.state.StateSpace;

/**
 * Turns a {@link TransitionTally} into a {@link RateModel}, with priors so that sparse cells borrow
 * strength: a state's leaver and mover rates shrink towards its academic year's pooled rate with
 * weight {@code priorStrength} (in plans), and its destinations towards the destinations of all
 * movers of that need at that year (then all years). Joiner rates get a Jeffreys-like Gamma(J + 0.5,
 * exposure) posterior.
 */
public final class RateModelFitter {

    /** Weight of the tiny uniform floor that keeps every allowed destination possible. */
    private static final double FLOOR = 0.01;

    private RateModelFitter() {
    }

    public static RateModel fit(TransitionTally tally, PopulationTable population, double priorStrength,
            JoinerTrend trend, int fitFromYear, int originYear) {
        StateSpace space = tally.space;
        int size = space.size();
        int years = space.maxAcademicYear() - space.minAcademicYear() + 1;
        double k = priorStrength;

        double[] exposureByYear = new double[years];
        double[] leaversByYear = new double[years];
        double[] moversByYear = new double[years];
        double totalExposure = 0;
        double totalLeavers = 0;
        double totalMovers = 0;
        for (int i = 0; i < size; i++) {
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

        // Pooled destination counts by (from need, academic year) and by from need over all years.
        Map<Long, Double> pooledByYear = new HashMap<>();
        Map<Long, Double> pooledAllYears = new HashMap<>();
        tally.destinations.forEach((from, dests) -> dests.forEach((to, count) -> {
            int need = space.needOf(from);
            int ay = space.academicYearOf(from);
            int target = space.settingOf(to) * space.needCount() + space.needOf(to);
            pooledByYear.merge(key(need, ay, target), count, Double::sum);
            pooledAllYears.merge(key(need, Integer.MIN_VALUE, target), count, Double::sum);
        }));

        double[] leaveAlpha = new double[size];
        double[] leaveBeta = new double[size];
        double[] moveAlpha = new double[size];
        double[] moveBeta = new double[size];
        boolean[] mustLeave = new boolean[size];
        boolean[] mustMove = new boolean[size];
        int[][] destinations = new int[size][];
        double[][] destinationProbabilities = new double[size][];
        for (int i = 0; i < size; i++) {
            destinations[i] = new int[0];
            destinationProbabilities[i] = new double[0];
            if (!space.isValid(i)) {
                continue;
            }
            int s = space.settingOf(i);
            int n = space.needOf(i);
            int ay = space.academicYearOf(i);
            int a = ay - space.minAcademicYear();
            double poolLeave = (leaversByYear[a] + k * globalLeave) / (exposureByYear[a] + k);
            leaveAlpha[i] = tally.leavers[i] + k * poolLeave;
            leaveBeta[i] = Math.max(0, tally.exposure[i] - tally.leavers[i]) + k * (1 - poolLeave);
            double stayers = exposureByYear[a] - leaversByYear[a];
            double poolMove = (moversByYear[a] + k * globalMove) / (stayers + k);
            poolMove = Math.min(Math.max(poolMove, 1e-6), 1 - 1e-6);
            moveAlpha[i] = tally.movers[i] + k * poolMove;
            moveBeta[i] = Math.max(0, tally.exposure[i] - tally.leavers[i] - tally.movers[i]) + k * (1 - poolMove);

            boolean stayValid = space.isValid(s, n, ay + 1);
            List<Integer> candidates = new ArrayList<>();
            if (space.inAcademicYearRange(ay + 1)) {
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
            }
            if (candidates.isEmpty()) {
                mustLeave[i] = !stayValid;
                continue;
            }
            mustMove[i] = !stayValid;
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
            destinations[i] = candidates.stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < weights.length; c++) {
                weights[c] /= sum;
            }
            destinationProbabilities[i] = weights;
        }

        // Joiners.
        double[] joinerShape = new double[years];
        double[] joinerRate = new double[years];
        int[][] joinerCells = new int[years][];
        double[][] joinerProbabilities = new double[years][];
        double[] joinersByCell = new double[space.settingCount() * space.needCount()];
        double[] joinersByYear = new double[years];
        tally.joiners.forEach((year, byState) -> {
            for (int i = 0; i < byState.length; i++) {
                if (byState[i] > 0) {
                    joinersByYear[space.academicYearOf(i) - space.minAcademicYear()] += byState[i];
                    joinersByCell[space.settingOf(i) * space.needCount() + space.needOf(i)] += byState[i];
                }
            }
        });
        double[] cellSum = {0};
        for (double v : joinersByCell) {
            cellSum[0] += v;
        }
        for (int a = 0; a < years; a++) {
            int ay = a + space.minAcademicYear();
            double exposure = 0;
            for (int year : tally.joiners.keySet()) {
                exposure += population.population(year, ay);
            }
            List<Integer> cells = space.validAt(ay);
            joinerCells[a] = cells.stream().mapToInt(Integer::intValue).toArray();
            joinerProbabilities[a] = new double[cells.size()];
            if (exposure <= 0 || cells.isEmpty()) {
                continue;
            }
            joinerShape[a] = joinersByYear[a] + 0.5;
            joinerRate[a] = exposure;
            double sum = 0;
            for (int c = 0; c < cells.size(); c++) {
                int i = cells.get(c);
                double observed = 0;
                for (double[] byState : tally.joiners.values()) {
                    observed += byState[i];
                }
                int cell = space.settingOf(i) * space.needCount() + space.needOf(i);
                double prior = (joinersByCell[cell] + FLOOR) / (cellSum[0] + FLOOR * joinersByCell.length);
                joinerProbabilities[a][c] = observed + k * prior;
                sum += joinerProbabilities[a][c];
            }
            for (int c = 0; c < cells.size(); c++) {
                joinerProbabilities[a][c] /= sum;
            }
        }

        // Trend in the all-ages joiner rate.
        double slope = 0;
        double slopeSe = 0;
        double weightedYear = 0;
        double exposureSum = 0;
        SimpleRegression regression = new SimpleRegression();
        for (Map.Entry<Integer, double[]> entry : tally.joiners.entrySet()) {
            int year = entry.getKey();
            double joined = 0;
            double exposure = 0;
            for (int a = 0; a < years; a++) {
                if (joinerRate[a] > 0) {
                    exposure += population.population(year, a + space.minAcademicYear());
                }
            }
            for (double v : entry.getValue()) {
                joined += v;
            }
            weightedYear += year * exposure;
            exposureSum += exposure;
            if (joined > 0 && exposure > 0) {
                regression.addData(year, Math.log(joined / exposure));
            }
        }
        double reference = exposureSum > 0 ? weightedYear / exposureSum : originYear;
        if (trend == JoinerTrend.LOG_LINEAR && regression.getN() >= 2) {
            slope = regression.getSlope();
            slopeSe = regression.getN() >= 3 ? regression.getSlopeStdErr() : 0.0;
            if (!Double.isFinite(slopeSe)) {
                slopeSe = 0.0;
            }
        }
        return new RateModel(space, fitFromYear, originYear, leaveAlpha, leaveBeta, mustLeave, moveAlpha, moveBeta,
                mustMove, destinations, destinationProbabilities, joinerShape, joinerRate, joinerCells,
                joinerProbabilities, slope, slopeSe, reference);
    }

    private static long key(int need, int academicYear, int target) {
        return ((long) need * 1_000_003L + academicYear) * 1_000_003L + target;
    }
}
