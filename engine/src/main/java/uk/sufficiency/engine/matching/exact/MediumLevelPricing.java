package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The medium level of the Lagrangian bound (decision 0079) opened to a column-generation master
 * outside the engine (the exact Dantzig-Wolfe bound of the benchmarks module, decision 0100): the
 * request types it packs, each home's exact knapsack at given multipliers together with the filling
 * it took, and the conversion of a bound on value placed into the medium level, all as
 * {@link LagrangianBound} computes them. Multipliers are longs in units of 1/{@link #scale()}, so
 * {@link #evaluate} is exact: whatever multipliers a master proposes, the figure is a valid bound.
 */
public final class MediumLevelPricing {

    /** Told each home's knapsack at the multipliers evaluated: its filling and exact optimum. */
    public interface Filling {

        /**
         * @param home        the home's index in the problem's homes
         * @param scaledCost  the knapsack optimum, minus the sum of (value - multiplier) over the copies,
         *                    in units of 1/scale (at most 0)
         * @param types       the copies taken: a type once per copy, the first {@code copies} entries
         */
        void took(int home, long scaledCost, int[] types, int copies);
    }

    private final LagrangianBound bound;
    private final BoundRequests requests;
    private final LagrangianBound.MediumStart start;
    private final KnapsackDual dual;
    private final long flowMedium;

    private MediumLevelPricing(MatchingSolution problem, RelaxedFlow flow, int maxRuledPerHome) {
        LagrangianBound.Settings defaults = LagrangianBound.Settings.DEFAULT;
        this.bound = LagrangianBound.prepare(problem, flow, new LagrangianBound.Settings(defaults.maxIterations(),
                defaults.timeLimit(), defaults.maxSoftPairs(), maxRuledPerHome));
        this.requests = bound.requests();
        this.start = bound.mediumStart();
        this.dual = new KnapsackDual(start.problem(), start.scale(), maxRuledPerHome);
        this.flowMedium = flow.result().score().mediumScore();
    }

    /**
     * The medium level's pricing for {@code problem}, warm-started from {@code flow} (solved to the
     * end), keeping the living_with rules among up to {@code maxRuledPerHome} ruled requests per home
     * (see {@link LagrangianBound.Settings}).
     */
    public static MediumLevelPricing of(MatchingSolution problem, RelaxedFlow flow, int maxRuledPerHome) {
        return new MediumLevelPricing(problem, flow, maxRuledPerHome);
    }

    public int types() {
        return requests.typeCount.length;
    }

    public int homes() {
        return requests.capacity.length;
    }

    /** Interchangeable requests of type t. */
    public int count(int t) {
        return requests.typeCount[t];
    }

    /** Value of one request of type t: its urgency weight, or for one who must keep a home, W per child. */
    public long value(int t) {
        return requests.typeValue[t];
    }

    /** The requests of each type (interchangeable within it for the medium level), in the problem's order. */
    public List<List<PlacementRequest>> requestsByType() {
        List<List<PlacementRequest>> byType = new ArrayList<>();
        for (int t = 0; t < types(); t++) {
            byType.add(new ArrayList<>());
        }
        for (int r = 0; r < requests.movable.size(); r++) {
            byType.get(requests.typeOf[r]).add(requests.movable.get(r));
        }
        return byType;
    }

    /**
     * For each home, the first home whose knapsack is the same at any multipliers (the same free
     * places and the same types admitted, and no request with a rule living in either now, for whom
     * the rules at home differ): such homes have the same fillings, so a master may pool them under
     * one convexity row. Homes no request may enter point to themselves.
     */
    public int[] sameKnapsack() {
        KnapsackDual.Problem p = start.problem();
        boolean[] ruledLivesHere = new boolean[homes()];
        for (PlacementRequest single : requests.typeSingle) {
            if (single != null && single.getCurrentHome() != null) {
                ruledLivesHere[single.getCurrentHome().getIndex()] = true;
            }
        }
        Map<Row, Integer> first = new HashMap<>();
        int[] same = new int[homes()];
        for (int h = 0; h < same.length; h++) {
            same[h] = h;
            int from = p.rowStart()[h];
            int to = p.rowStart()[h + 1];
            if (!ruledLivesHere[h] && p.capacity()[h] > 0 && from < to) {
                Integer known = first.putIfAbsent(new Row(p.capacity()[h], p.entryType(), from, to), h);
                same[h] = known == null ? h : known;
            }
        }
        return same;
    }

    /** One home's row of admitted types (a slice of the problem's entries, not copied) and its free places. */
    private record Row(int capacity, int[] entries, int from, int to) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Row r && r.capacity == capacity
                    && Arrays.equals(entries, from, to, r.entries, r.from, r.to);
        }

        @Override
        public int hashCode() {
            int hash = capacity;
            for (int e = from; e < to; e++) {
                hash = 31 * hash + entries[e];
            }
            return hash;
        }
    }

    /** Multipliers are held in units of 1/scale. */
    public long scale() {
        return start.scale();
    }

    /** The multipliers {@link LagrangianBound} starts from (the flow's place prices), scaled. */
    public long[] warmStart() {
        return start.lambda().clone();
    }

    /** The largest useful multiplier of type t (its value), scaled. */
    public long ceiling(int t) {
        return start.ceiling()[t];
    }

    /**
     * The Lagrangian function at these multipliers (scaled, each in 0..ceiling): a lower bound on
     * minus the value any placement reaches, exact. Tells {@code each} (when not null) every home's filling.
     */
    public long evaluate(long[] scaledLambda, Filling each) {
        return dual.evaluate(scaledLambda, scale(),
                each == null ? null : (h, cost, types, copies) -> each.took(h, cost, types, copies));
    }

    /**
     * The placement of {@code LagrangianBound}'s greedy (most value per child first, each copy into
     * the first of its homes with room; a request with a rule only into an empty home, which it
     * closes): every home it fills told to {@code each} with its copies (cost 0). Returns its value.
     */
    public long greedy(Filling each) {
        List<List<Integer>> byHome = new ArrayList<>();
        for (int h = 0; h < homes(); h++) {
            byHome.add(new ArrayList<>());
        }
        long value = bound.greedyValue((t, h) -> byHome.get(h).add(t));
        for (int h = 0; h < homes(); h++) {
            int[] copies = byHome.get(h).stream().mapToInt(Integer::intValue).toArray();
            if (copies.length > 0) {
                each.took(h, 0, copies, copies.length);
            }
        }
        return value;
    }

    /**
     * The medium level no placement beats, from a bound returned by {@link #evaluate}, converted as
     * {@link LagrangianBound} converts it (whole units of weight, rounded the way that keeps a bound);
     * the flow's medium level when the bound cannot keep every placed child placed.
     */
    public long mediumLevel(long scaledBound) {
        long waitingPlaced = bound.waitingPlaced(scaledBound, scale());
        return waitingPlaced < 0 ? flowMedium : -(requests.waitingWeight - waitingPlaced);
    }

    /** The value of placing every child who must keep a home (W per child): the medium level starts above it. */
    public long mustValue() {
        return requests.mustWeight * requests.mustChildren;
    }

    /** All the waiting children's urgency weight (the medium level is minus what of it stays unplaced). */
    public long waitingWeight() {
        return requests.waitingWeight;
    }
}
