package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Exact minimum-cost assignment of single units (children) to capacitated bins (homes), each unit
 * either placed in one of its allowed homes or left unplaced at its own cost. This is a min-cost
 * flow (source -> unit -> home -> sink, plus unit -> sink for "unplaced"); it is solved by
 * successive shortest paths: units are added one at a time, and each is routed along the cheapest
 * augmenting path (Dijkstra on reduced costs with potentials, stopped as soon as the sink is
 * settled), which may move earlier units between homes or out. After every unit the assignment is
 * optimal for the units added so far, so the final one is optimal.
 *
 * <p>It can also re-optimise after a unit's arcs change ({@link #replaceArcs}, used by
 * {@link PricedAssignment}): the unit is taken out of its home, whose place is kept open as a
 * "hole" (a node short of flow), the unit's potential is raised so that its new arcs have
 * non-negative reduced costs, and it is routed again along a shortest path that ends at any node
 * short of flow (a hole, or the sink). Near an optimum those paths are short, so a few changed units
 * cost far less than solving again.
 *
 * <p>Costs are longs and must be non-negative. Lexicographic objectives (place as many as
 * possible, then cheapest) are expressed by giving "unplaced" a cost larger than any total of
 * placement costs; see {@link ExactReference}.
 */
public final class MinCostAssignment {

    public static final int UNPLACED = -1;
    private static final int NONE = -2;
    private static final long INF = Long.MAX_VALUE / 4;

    private final int units;
    private final int homes;
    private final int[] capacity;
    private final int[][] arcHome;
    private final long[][] arcCost;
    /** Per home, flow on its arc to the sink; more than its occupants while it has holes. */
    private final int[] out;
    private int holes;
    private int unrouted;
    private boolean interrupted;
    private final long[] unplacedCost;

    // state
    private final int[] assignedHome;
    private final long[] assignedCost;
    private final int[] used;
    private final int[][] occupants;
    private final int[] occupantCount;
    private final long[] potential;
    // Dijkstra scratch
    private final long[] dist;
    private final int[] parent;
    private final boolean[] settled;
    private final int[] touched;
    private final int[] pathScratch;
    private int touchedCount;
    private long[] heapKey = new long[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;

    /**
     * @param capacity     free places per home
     * @param arcHome      per unit, the homes it may go to (indices into capacity)
     * @param arcCost      per unit, the cost of each of those homes (same order), >= 0
     * @param unplacedCost per unit, the cost of leaving it unplaced, >= 0
     */
    public MinCostAssignment(int[] capacity, int[][] arcHome, long[][] arcCost, long[] unplacedCost) {
        this.units = arcHome.length;
        this.homes = capacity.length;
        this.capacity = capacity.clone();
        this.arcHome = arcHome;
        this.arcCost = arcCost;
        this.unplacedCost = unplacedCost;
        this.assignedHome = new int[units];
        Arrays.fill(assignedHome, NONE);
        this.assignedCost = new long[units];
        this.used = new int[homes];
        this.out = new int[homes];
        this.unrouted = units;
        this.occupants = new int[homes][];
        this.occupantCount = new int[homes];
        for (int h = 0; h < homes; h++) {
            occupants[h] = new int[Math.max(1, Math.min(this.capacity[h], 4))];
        }
        int nodes = units + homes + 1;
        this.potential = new long[nodes];
        this.dist = new long[nodes];
        Arrays.fill(dist, INF);
        this.parent = new int[nodes];
        this.settled = new boolean[nodes];
        this.touched = new int[nodes];
        this.pathScratch = new int[nodes];
    }

    /** Solves and returns, per unit, the home index or {@link #UNPLACED}. */
    public int[] solve() {
        return solve(null, () -> false);
    }

    /**
     * Solves, or stops early when {@code stop} turns true, and returns, per unit, the home index or
     * {@link #UNPLACED}. Units marked {@code required} are routed first and always (a placed child
     * is never left without a home); the rest are routed until {@code stop}, and those not routed
     * are unplaced. After every unit the assignment is optimal for the units routed so far, so an
     * interrupted solve is a feasible answer (see {@link #interrupted()}), and a later call goes on
     * from where it stopped.
     *
     * @param required per unit, whether it must be routed even after a stop (null: none)
     */
    public int[] solve(boolean[] required, BooleanSupplier stop) {
        interrupted = false;
        if (required != null) {
            for (int u = 0; u < units; u++) {
                if (required[u] && assignedHome[u] == NONE) {
                    addUnit(u);
                }
            }
        }
        for (int u = 0; u < units; u++) {
            if (assignedHome[u] == NONE) {
                if (stop.getAsBoolean()) {
                    interrupted = true;
                    break;
                }
                addUnit(u);
            }
        }
        // Places opened by setCapacity and not yet filled: route the sink's surplus back to them.
        while (!interrupted && unrouted == 0 && holes > 0) {
            addUnit(sink());
        }
        return assignment();
    }

    /** Per unit, the home index or {@link #UNPLACED} (a unit not routed yet counts as unplaced). */
    int[] assignment() {
        int[] result = assignedHome.clone();
        for (int u = 0; u < units; u++) {
            if (result[u] == NONE) {
                result[u] = UNPLACED;
            }
        }
        return result;
    }

    /** Units not routed now (after a stopped solve, or taken out since): 0 when the assignment is complete. */
    public int unrouted() {
        return unrouted;
    }

    /** Whether the last {@link #solve} stopped before routing every unit (not proven optimal then). */
    public boolean interrupted() {
        return interrupted;
    }

    /**
     * Changes a home's capacity, keeping the potentials valid so that {@link #solve} re-optimises
     * from the current assignment instead of from scratch. Fewer places: holes close first, then
     * occupants are taken out (to be routed again). More places: if a place there is worth more
     * than nothing (its reduced cost to the sink is negative), the new places are filled with flow
     * at once as holes, and {@link #solve} routes that surplus back from the sink along shortest
     * paths (moving a child in, or leaving the place empty at its true price).
     */
    public void setCapacity(int home, int newCapacity) {
        if (newCapacity < 0) {
            throw new IllegalArgumentException("negative capacity " + newCapacity + " for home " + home);
        }
        while (out[home] > newCapacity) {
            if (out[home] > used[home]) {
                holes--;
            } else {
                move(occupants[home][occupantCount[home] - 1], NONE, 0);
                unrouted++;
            }
            out[home]--;
        }
        capacity[home] = newCapacity;
        int sink = sink();
        while (out[home] < newCapacity && potential[units + home] < potential[sink]) {
            out[home]++;
            holes++;
        }
    }

    /** Takes a unit out of the assignment (leaving a hole where it was); {@link #solve} routes it again. */
    public void unroute(int unit) {
        replaceArcs(unit, arcHome[unit], arcCost[unit]);
    }

    /** The unit's home index, {@link #UNPLACED}, or -2 while it is not routed. */
    public int assignedHome(int unit) {
        return assignedHome[unit];
    }

    /**
     * Gives a unit new arcs (for example more of them) and takes it out of the assignment, keeping
     * the potentials valid; {@link #solve} then routes it again and returns the new optimum.
     *
     * @param homes ascending home indices
     * @param costs their costs, >= 0
     */
    public void replaceArcs(int unit, int[] homes, long[] costs) {
        int old = assignedHome[unit];
        if (old >= 0) {
            move(unit, NONE, 0);
            holes++; // out[old] still counts the unit: its place is a hole until a path fills or frees it
        }
        if (old != NONE) {
            unrouted++;
        }
        assignedHome[unit] = NONE;
        arcHome[unit] = homes;
        arcCost[unit] = costs;
    }

    /** Total cost of the solved assignment. */
    public long totalCost() {
        long total = 0;
        for (int u = 0; u < units; u++) {
            total += assignedHome[u] == UNPLACED ? unplacedCost[u] : assignedCost[u];
        }
        return total;
    }

    /**
     * The optimal dual price of one place in each home, after {@link #solve()}: how much the total
     * cost would rise if that home had one place fewer (0 for a home with room to spare). It comes
     * from the node potentials that keep every residual arc's reduced cost non-negative.
     */
    public long[] placePrices() {
        long[] prices = new long[homes];
        for (int h = 0; h < homes; h++) {
            prices[h] = Math.max(0, potential[sink()] - potential[units + h]);
        }
        return prices;
    }

    /**
     * The reduced cost of a unit-to-home arc at the solved potentials: {@code cost + p(unit) - p(home)}.
     * Every arc of the solved graph has a non-negative reduced cost; an arc that was not in the graph
     * and has a negative one could improve the assignment (see {@link PricedAssignment}).
     */
    public long reducedCost(int unit, int home, long cost) {
        return cost + potential[unit] - potential[units + home];
    }

    /** The unit's potential; in this implementation potentials only fall, except a re-routed unit's. */
    public long unitPotential(int unit) {
        return potential[unit];
    }

    /** The cost of the arc the unit is assigned along, or 0 when unplaced (after {@link #solve}). */
    public long assignedCost(int unit) {
        return assignedHome[unit] == UNPLACED ? 0 : assignedCost[unit];
    }

    private int sink() {
        return units + homes;
    }

    /** Routes one unit of flow from {@code start}: an unrouted unit, or the sink when it has surplus. */
    private void addUnit(int start) {
        int sink = sink();
        if (start != sink) {
            // A potential for the new unit that keeps every reduced cost out of it non-negative.
            long p = potential[sink] - unplacedCost[start];
            int[] hs = arcHome[start];
            long[] cs = arcCost[start];
            for (int i = 0; i < hs.length; i++) {
                p = Math.max(p, potential[units + hs[i]] - cs[i]);
            }
            potential[start] = p;
        }

        touchedCount = 0;
        heapSize = 0;
        relax(start, 0, -1);
        long targetDist = INF;
        int target = -1;
        boolean sinkShort = unrouted > holes; // the sink lacks the flow of every unit not yet routed, less the holes
        while (heapSize > 0) {
            long d = heapKey[0];
            int node = heapNode[0];
            pop();
            if (settled[node] || d > dist[node]) {
                continue;
            }
            settled[node] = true;
            if (node == sink ? sinkShort : node >= units && out[node - units] > used[node - units]) {
                targetDist = d;
                target = node;
                break;
            }
            if (node < units) {
                expandUnit(node, d);
            } else if (node < sink) {
                expandHome(node - units, d);
            } else {
                expandSink(d);
            }
        }
        if (target < 0) {
            throw new IllegalStateException("no augmenting path: the unplaced arc should always exist");
        }
        augment(target);
        if (start != sink) {
            unrouted--;
        }
        if (target != sink) {
            holes--;
        }
        for (int i = 0; i < touchedCount; i++) {
            int node = touched[i];
            if (settled[node]) {
                potential[node] += dist[node] - targetDist;
            }
            dist[node] = INF;
            settled[node] = false;
        }
        // Unsettled nodes conceptually gain targetDist too; shifting the settled ones down by it instead
        // keeps all reduced costs unchanged (only differences of potentials matter).
    }

    private void expandUnit(int u, long d) {
        int current = assignedHome[u];
        long pu = potential[u];
        int[] hs = arcHome[u];
        long[] cs = arcCost[u];
        for (int i = 0; i < hs.length; i++) {
            int h = hs[i];
            if (h == current) {
                continue;
            }
            int node = units + h;
            if (!settled[node]) {
                relax(node, d + cs[i] + pu - potential[node], u);
            }
        }
        if (current != UNPLACED) {
            int sink = sink();
            relax(sink, d + unplacedCost[u] + pu - potential[sink], u);
        }
    }

    private void expandSink(long d) {
        int sink = sink();
        long ps = potential[sink];
        for (int h = 0; h < homes; h++) {
            int node = units + h;
            if (out[h] > 0 && !settled[node]) {
                relax(node, d + ps - potential[node], sink);
            }
        }
        for (int u = 0; u < units; u++) {
            if (assignedHome[u] == UNPLACED && !settled[u]) {
                relax(u, d - unplacedCost[u] + ps - potential[u], sink);
            }
        }
    }

    private void expandHome(int h, long d) {
        int node = units + h;
        long ph = potential[node];
        if (out[h] < capacity[h]) {
            int sink = sink();
            relax(sink, d + ph - potential[sink], node);
        }
        int[] occ = occupants[h];
        for (int i = 0; i < occupantCount[h]; i++) {
            int u = occ[i];
            if (!settled[u]) {
                relax(u, d - assignedCost[u] + ph - potential[u], node);
            }
        }
    }

    private void relax(int node, long d, int from) {
        if (d < dist[node]) {
            if (dist[node] == INF) {
                touched[touchedCount++] = node;
            }
            dist[node] = d;
            parent[node] = from;
            push(d, node);
        }
    }

    /** Applies the shortest path found (parent links from the target back to the start). */
    private void augment(int target) {
        int sink = sink();
        int length = 0;
        for (int node = target; node != -1; node = parent[node]) {
            pathScratch[length++] = node;
        }
        // pathScratch holds target ... start; walk it start to target.
        for (int i = length - 1; i > 0; i--) {
            int a = pathScratch[i];
            int b = pathScratch[i - 1];
            if (a < units) {
                // a unit leaves wherever it was (the arc into it on the path) for b
                if (b == sink) {
                    move(a, UNPLACED, 0);
                } else {
                    move(a, b - units, costOf(a, b - units));
                }
            } else if (a < sink) {
                if (b == sink) {
                    out[a - units]++;
                }
                // home -> unit: the unit leaves; its own next arc moves it
            } else if (b >= units) {
                out[b - units]--; // sink -> home: one less child leaves that home
            }
            // sink -> unit: an unplaced unit is placed; its next arc moves it
        }
    }

    private long costOf(int u, int h) {
        int[] hs = arcHome[u];
        for (int i = 0; i < hs.length; i++) {
            if (hs[i] == h) {
                return arcCost[u][i];
            }
        }
        throw new IllegalStateException("unit " + u + " has no arc to home " + h);
    }

    private void move(int u, int target, long cost) {
        int old = assignedHome[u];
        if (old >= 0) {
            int[] occ = occupants[old];
            for (int i = 0; i < occupantCount[old]; i++) {
                if (occ[i] == u) {
                    occ[i] = occ[--occupantCount[old]];
                    break;
                }
            }
            used[old]--;
        }
        assignedHome[u] = target;
        assignedCost[u] = cost;
        if (target >= 0) {
            if (occupantCount[target] == occupants[target].length) {
                occupants[target] = Arrays.copyOf(occupants[target], occupants[target].length * 2);
            }
            occupants[target][occupantCount[target]++] = u;
            used[target]++;
        }
    }

    // ---- binary heap with lazy deletion ----

    private void push(long key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (heapKey[up] <= key) {
                break;
            }
            heapKey[i] = heapKey[up];
            heapNode[i] = heapNode[up];
            i = up;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private void pop() {
        long key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        if (heapSize > 0) {
            heapKey[i] = key;
            heapNode[i] = node;
        }
    }
}
