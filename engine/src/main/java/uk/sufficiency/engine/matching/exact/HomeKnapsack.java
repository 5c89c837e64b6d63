package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;

/**
 * One home's integer knapsack in the Lagrangian bound ({@link KnapsackDual}): choose requests of
 * negative reduced cost, at most {@code count} of a type, within the home's capacity in children
 * and keeping the living_with rules the bound enforces, at least total cost. Reused from home to home.
 *
 * <p>Homes hold few children (one to a handful), so without rules only the cheapest
 * {@code capacity / size} copies of each size can ever be chosen; those are kept as they are
 * offered and a dynamic programme over the capacity picks among them exactly. When requests with
 * a rule are offered, every set of them that may live together is tried with the best fill of the
 * others that may live with it. Beyond {@code maxRuled} such requests in one home the rules
 * are dropped there (a relaxation: the knapsack can only get cheaper, so the bound stays a bound).
 */
final class HomeKnapsack {

    private final int maxRuled;
    private final int maxCapacity;
    private int capacity;
    // the cheapest copies of each size
    private final long[][] keptCost;
    private final int[][] keptType;
    private final int[] kept;
    // every copy offered without a rule, when rules are enforced (to refill around a chosen set)
    private int[] allType = new int[64];
    private int[] allSize = new int[64];
    private long[] allCost = new long[64];
    private int[] allCount = new int[64];
    private int all;
    // the requests with a rule offered here
    private final int[] ruledType;
    private final int[] ruledSize;
    private final long[] ruledCost;
    private int ruled;
    private boolean rulesDropped;
    // the dynamic programme
    private final long[] best;
    private final boolean[][] take;
    private final int[] itemSize;
    private final long[] itemCost;
    private final int[] itemType;
    private final int[] chosen;
    private int chosenCount;
    /** The set of ruled requests the last {@link #solve} took (bit i: the i-th offered with a rule). */
    private int chosenRuledSet;

    /** @param maxRuled requests with a rule whose sets are tried in one home (2^maxRuled sets); 0 drops every rule */
    HomeKnapsack(int maxCapacity, int maxRuled) {
        this.maxCapacity = maxCapacity;
        this.maxRuled = maxRuled;
        ruledType = new int[maxRuled];
        ruledSize = new int[maxRuled];
        ruledCost = new long[maxRuled];
        int slots = 0;
        keptCost = new long[maxCapacity + 1][];
        keptType = new int[maxCapacity + 1][];
        for (int s = 1; s <= maxCapacity; s++) {
            keptCost[s] = new long[maxCapacity / s];
            keptType[s] = new int[maxCapacity / s];
            slots += maxCapacity / s;
        }
        kept = new int[maxCapacity + 1];
        best = new long[maxCapacity + 1];
        take = new boolean[slots][maxCapacity + 1];
        itemSize = new int[slots];
        itemCost = new long[slots];
        itemType = new int[slots];
        chosen = new int[slots + maxRuled];
    }

    void reset(int homeCapacity) {
        this.capacity = homeCapacity;
        Arrays.fill(kept, 0, homeCapacity + 1, 0);
        all = 0;
        ruled = 0;
        rulesDropped = false;
    }

    /** Offers up to {@code count} copies of a type without a rule, at this (negative) reduced cost. */
    void offer(int t, int size, long reducedCost, int count, boolean remember) {
        if (size > capacity) {
            return;
        }
        if (remember) {
            remember(t, size, reducedCost, count);
        }
        keep(t, size, reducedCost, count);
    }

    /** Offers one request with a living_with rule (count 1) at this (negative) reduced cost. */
    void offerRuled(int t, int size, long reducedCost) {
        if (size > capacity) {
            return;
        }
        if (rulesDropped) {
            keep(t, size, reducedCost, 1);
            return;
        }
        if (ruled == maxRuled) {
            rulesDropped = true;
            for (int i = 0; i < ruled; i++) {
                keep(ruledType[i], ruledSize[i], ruledCost[i], 1);
            }
            ruled = 0;
            keep(t, size, reducedCost, 1);
            return;
        }
        ruledType[ruled] = t;
        ruledSize[ruled] = size;
        ruledCost[ruled++] = reducedCost;
    }

    private void remember(int t, int size, long reducedCost, int count) {
        if (all == allType.length) {
            allType = Arrays.copyOf(allType, 2 * all);
            allSize = Arrays.copyOf(allSize, 2 * all);
            allCost = Arrays.copyOf(allCost, 2 * all);
            allCount = Arrays.copyOf(allCount, 2 * all);
        }
        allType[all] = t;
        allSize[all] = size;
        allCost[all] = reducedCost;
        allCount[all++] = count;
    }

    private void keep(int t, int size, long reducedCost, int count) {
        int room = capacity / size;
        long[] costs = keptCost[size];
        int[] types = keptType[size];
        for (int copy = 0; copy < count; copy++) {
            int n = kept[size];
            if (n == room && reducedCost >= costs[n - 1]) {
                return;
            }
            int at = n == room ? n - 1 : n;
            while (at > 0 && costs[at - 1] > reducedCost) {
                costs[at] = costs[at - 1];
                types[at] = types[at - 1];
                at--;
            }
            costs[at] = reducedCost;
            types[at] = t;
            if (n < room) {
                kept[size] = n + 1;
            }
        }
    }

    /**
     * The least total cost within the capacity (0 when nothing pays), the rules kept between the
     * requests offered with {@link #offerRuled} and the rest; adds the copies chosen to {@code used}.
     */
    long solve(long[] used, KnapsackDual.Conflicts conflicts, int home) {
        chosenRuledSet = 0;
        if (ruled == 0) {
            long cost = fill(capacity);
            for (int i = 0; i < chosenCount; i++) {
                used[chosen[i]]++;
            }
            return cost;
        }
        long bestCost = Long.MAX_VALUE;
        int bestSet = 0;
        for (int set = 0; set < 1 << ruled; set++) {
            long cost = ruledSetCost(set, conflicts, home);
            if (cost == Long.MAX_VALUE) {
                continue;
            }
            cost += refill(set, conflicts, home);
            if (cost < bestCost) {
                bestCost = cost;
                bestSet = set;
            }
        }
        refill(bestSet, conflicts, home);
        chosenRuledSet = bestSet;
        for (int i = 0; i < chosenCount; i++) {
            used[chosen[i]]++;
        }
        for (int i = 0; i < ruled; i++) {
            if ((bestSet >> i & 1) != 0) {
                used[ruledType[i]]++;
            }
        }
        return bestCost;
    }

    /**
     * The copies the last {@link #solve} took (a type once per copy) written into {@code into} (room
     * for the home's capacity): how many. For a column-generation master that needs the filling itself.
     */
    int choice(int[] into) {
        int n = 0;
        for (int i = 0; i < chosenCount; i++) {
            into[n++] = chosen[i];
        }
        for (int i = 0; i < ruled; i++) {
            if ((chosenRuledSet >> i & 1) != 0) {
                into[n++] = ruledType[i];
            }
        }
        return n;
    }

    /** The cost of a set of ruled requests, or Long.MAX_VALUE when they do not fit or may not live together. */
    private long ruledSetCost(int set, KnapsackDual.Conflicts conflicts, int home) {
        long cost = 0;
        int size = 0;
        for (int i = 0; i < ruled; i++) {
            if ((set >> i & 1) == 0) {
                continue;
            }
            size += ruledSize[i];
            cost += ruledCost[i];
            for (int j = i + 1; j < ruled; j++) {
                if ((set >> j & 1) != 0 && conflicts.conflict(ruledType[i], ruledType[j], home)) {
                    return Long.MAX_VALUE;
                }
            }
        }
        return size > capacity ? Long.MAX_VALUE : cost;
    }

    /** The best fill of the places the ruled set leaves, from the other requests that may live with it. */
    private long refill(int set, KnapsackDual.Conflicts conflicts, int home) {
        int left = capacity;
        for (int i = 0; i < ruled; i++) {
            if ((set >> i & 1) != 0) {
                left -= ruledSize[i];
            }
        }
        int full = capacity;
        capacity = left;
        Arrays.fill(kept, 0, full + 1, 0);
        for (int a = 0; a < all; a++) {
            if (allSize[a] <= left && compatible(allType[a], set, conflicts, home)) {
                keep(allType[a], allSize[a], allCost[a], allCount[a]);
            }
        }
        long cost = left == 0 ? 0 : fill(left);
        if (left == 0) {
            chosenCount = 0;
        }
        capacity = full;
        return cost;
    }

    private boolean compatible(int type, int set, KnapsackDual.Conflicts conflicts, int home) {
        for (int i = 0; i < ruled; i++) {
            if ((set >> i & 1) != 0 && conflicts.conflict(ruledType[i], type, home)) {
                return false;
            }
        }
        return true;
    }

    /** Exact 0/1 knapsack over the kept copies within {@code room}; the choice goes to {@link #chosen}. */
    private long fill(int room) {
        chosenCount = 0;
        int items = 0;
        for (int s = 1; s <= room && s <= maxCapacity; s++) {
            for (int k = 0; k < kept[s]; k++) {
                itemSize[items] = s;
                itemCost[items] = keptCost[s][k];
                itemType[items++] = keptType[s][k];
            }
        }
        if (items == 0) {
            return 0;
        }
        if (room == 1) {
            chosen[chosenCount++] = itemType[0];
            return itemCost[0];
        }
        Arrays.fill(best, 0, room + 1, 0);
        for (int i = 0; i < items; i++) {
            boolean[] taken = take[i];
            int s = itemSize[i];
            Arrays.fill(taken, 0, s, false);
            for (int j = room; j >= s; j--) {
                long with = best[j - s] + itemCost[i];
                taken[j] = with < best[j];
                if (taken[j]) {
                    best[j] = with;
                }
            }
        }
        int j = room;
        for (int i = items - 1; i >= 0; i--) {
            if (take[i][j]) {
                chosen[chosenCount++] = itemType[i];
                j -= itemSize[i];
            }
        }
        return best[room];
    }
}
