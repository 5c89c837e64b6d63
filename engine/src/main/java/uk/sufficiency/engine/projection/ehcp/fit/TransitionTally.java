package uk.sufficiency.engine.projection.ehcp.fit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.input.Transition;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

/**
 * What happened to plans over the fitted years, as (possibly fractional) counts: for each state,
 * how many plans were exposed, how many left and moved and where to; and for each arrival year, how
 * many joined each state. Built from transitions (observed) or from yearly counts (implied, with
 * assumed leaver and move rates).
 */
public final class TransitionTally {

    final PlanStateSpace space;
    final double[] exposure;
    final double[] leavers;
    final double[] movers;
    /** from state -> (to state -> count). */
    final Map<Integer, Map<Integer, Double>> destinations = new HashMap<>();
    /** arrival census year -> joiners by state. */
    final SortedMap<Integer, double[]> joiners = new TreeMap<>();

    TransitionTally(PlanStateSpace space) {
        this.space = space;
        this.exposure = new double[space.size()];
        this.leavers = new double[space.size()];
        this.movers = new double[space.size()];
    }

    /** Tallies transitions from census years {@code fromYear} to {@code toYear} (pairs from..to-1 -> next). */
    public static TransitionTally fromTransitions(List<Transition> transitions, PlanStateSpace space, int fromYear,
            int toYear) {
        TransitionTally tally = new TransitionTally(space);
        for (Transition t : transitions) {
            if (t.calendarYear() < fromYear || t.calendarYear() + 1 > toYear) {
                continue;
            }
            int arrival = t.calendarYear() + 1;
            if (t.isJoiner()) {
                tally.joiners.computeIfAbsent(arrival, y -> new double[space.size()])[space.index(t.to())]++;
                continue;
            }
            int from = space.index(t.from());
            tally.exposure[from]++;
            tally.joiners.computeIfAbsent(arrival, y -> new double[space.size()]);
            if (t.isLeaver()) {
                tally.leavers[from]++;
                continue;
            }
            int to = space.index(t.to());
            if (to != from + 1) {
                tally.movers[from]++;
                tally.destinations.computeIfAbsent(from, k -> new HashMap<>()).merge(to, 1.0, Double::sum);
            }
        }
        return tally;
    }

    /**
     * Implies a tally from census counts of years {@code fromYear..toYear}: each year's plans leave at
     * the assumed rate for their academic year, move at the assumed move rate (or must move when
     * their setting does not serve the next year) to settings in proportion to next year's counts
     * for the same need, and the rest stay; joiners number next year's total minus those expected
     * survivors (never below 0), spread over the cells whose count exceeds their expected inflow.
     */
    public static TransitionTally fromCounts(SortedMap<Integer, double[]> census, PlanStateSpace space,
            EhcpSettings config, int fromYear, int toYear) {
        TransitionTally tally = new TransitionTally(space);
        for (Map.Entry<Integer, double[]> entry : census.entrySet()) {
            int year = entry.getKey();
            double[] next = census.get(year + 1);
            if (year < fromYear || year + 1 > toYear || next == null) {
                continue;
            }
            double[] now = entry.getValue();
            double[] inflow = new double[space.size()];
            for (int i = 0; i < now.length; i++) {
                if (now[i] <= 0) {
                    continue;
                }
                int s = space.settingOf(i);
                int n = space.needOf(i);
                int ay = space.academicYearOf(i);
                boolean stayValid = space.isValid(s, n, ay + 1);
                Map<Integer, Double> weights = new TreeMap<>();
                if (space.inAcademicYearRange(ay + 1)) {
                    for (int t = 0; t < space.settingCount(); t++) {
                        if (t != s && space.moveAllowed(s, t) && space.isValid(t, n, ay + 1)) {
                            int j = space.index(t, n, ay + 1);
                            weights.put(j, next[j] + 0.01);
                        }
                    }
                }
                double leaveRate = config.assumedLeaverRate(ay);
                double moveRate = stayValid ? config.assumedMoveRate() : 1.0;
                if (weights.isEmpty()) {
                    moveRate = 0;
                    if (!stayValid) {
                        leaveRate = 1.0;
                    }
                }
                double left = now[i] * leaveRate;
                double moved = (now[i] - left) * moveRate;
                tally.exposure[i] += now[i];
                tally.leavers[i] += left;
                tally.movers[i] += moved;
                if (moved > 0) {
                    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
                    Map<Integer, Double> dest = tally.destinations.computeIfAbsent(i, k -> new HashMap<>());
                    for (Map.Entry<Integer, Double> w : weights.entrySet()) {
                        double share = moved * w.getValue() / sum;
                        dest.merge(w.getKey(), share, Double::sum);
                        inflow[w.getKey()] += share;
                    }
                }
                if (stayValid) {
                    inflow[i + 1] += now[i] - left - moved;
                }
            }
            // Cells short of their expected inflow say where joiners went; the net shortfall says how many.
            double[] joined = new double[space.size()];
            double positive = 0;
            double net = 0;
            for (int j = 0; j < joined.length; j++) {
                joined[j] = Math.max(0, next[j] - inflow[j]);
                positive += joined[j];
                net += next[j] - inflow[j];
            }
            double scale = positive > 0 ? Math.max(0, net) / positive : 0;
            for (int j = 0; j < joined.length; j++) {
                joined[j] *= scale;
            }
            tally.joiners.put(year + 1, joined);
        }
        return tally;
    }

    /** Arrival years covered. */
    public SortedMap<Integer, double[]> joiners() {
        return joiners;
    }
}
