package uk.sufficiency.engine.matching.exact;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PointsTable;

/**
 * A bound on the matching score that keeps sibling groups whole (decision 0079): the Lagrangian
 * (Dantzig-Wolfe) relaxation of "each request placed at most once", in which every home solves its
 * own integer knapsack over the requests it may take. A home with three free places and two
 * sibling pairs takes one pair there, where the flow ({@link RelaxedFlow}) counts three children.
 * living_with rules between movable children are dropped (dropping constraints keeps a bound);
 * those with pinned children are kept as the flow keeps them.
 *
 * <p>The score is lexicographic, so the bound is computed level by level: the hard level is the
 * flow's; the medium level bounds the urgency weight placed (children who must keep a home first,
 * weighted above every waiting child together); the soft level bounds the points of any placement
 * that reaches that medium level, with "placed value at least the medium level's" relaxed into the
 * Lagrangian by a second multiplier (for small problems; at scale the soft level is left
 * unbounded). Each level's multipliers start from the flow's optimal place prices, which makes the
 * first bound at least as tight as the flow's (see docs/methods/matching.md), then improve by
 * subgradient steps.
 */
public final class LagrangianBound {

    /**
     * How long the bound may work (iterations and time per level), the largest problem whose soft
     * level it prices (in request-home pairs), and how many requests with a living_with rule one
     * home's knapsack keeps the rules between (2^n sets tried; beyond that, and at 0, dropped there).
     */
    public record Settings(int maxIterations, Duration timeLimit, long maxSoftPairs, int maxRuledPerHome) {
        public static final Settings DEFAULT = new Settings(2_000, Duration.ofSeconds(60), 5_000_000, 6);

        public Settings(int maxIterations, Duration timeLimit, long maxSoftPairs) {
            this(maxIterations, timeLimit, maxSoftPairs, DEFAULT.maxRuledPerHome);
        }
    }

    /**
     * @param score             the Lagrangian bound itself: no proposal scores above it
     * @param flow              the relaxed flow's bound, from the same run
     * @param softBounded       whether the soft level was bounded (else it is 0: no information)
     * @param mediumIterations  subgradient iterations at the medium level (1 = the warm start alone)
     * @param softIterations    the same at the soft level (0 when not bounded)
     * @param millis            time for the Lagrangian levels (the flow not included)
     * @param types             interchangeable request types at the medium level
     * @param pairs             (request, home) pairs the knapsacks choose from
     */
    public record Result(HardMediumSoftLongScore score, HardMediumSoftLongScore flow, boolean softBounded,
            int mediumIterations, int softIterations, long millis, int types, long pairs) {

        /** The tighter of the two bounds (both are valid, so the lower score is too). */
        public HardMediumSoftLongScore best() {
            return score.compareTo(flow) <= 0 ? score : flow;
        }
    }

    private final java.util.List<uk.sufficiency.engine.matching.domain.Home> homes;
    private final BoundRequests requests;
    private final RelaxedFlow flow;
    private final Settings settings;
    /** The flow's price of one unit of urgency weight (its mediumM), or 0 when there is none. */
    private final long flowWeightPrice;

    private LagrangianBound(MatchingSolution problem, RelaxedFlow flow, Settings settings) {
        this.homes = problem.getHomes();
        this.requests = new BoundRequests(problem);
        this.flow = flow;
        this.settings = settings;
        long price = 0;
        for (var request : requests.movable) {
            if (request.mayBeUnplaced() && request.getUnplacedWeight() > 0) {
                price = flow.unplacedCost(request) / request.getUnplacedWeight();
                break;
            }
        }
        this.flowWeightPrice = price;
    }

    /** Solves the relaxed flow, then the Lagrangian bound warm-started from its prices. */
    public static Result solve(MatchingSolution problem) {
        return solve(problem, RelaxedFlow.solve(problem), Settings.DEFAULT);
    }

    /** The bound's requests and warm start without running it (for {@link MediumLevelPricing}). */
    static LagrangianBound prepare(MatchingSolution problem, RelaxedFlow flow, Settings settings) {
        if (flow.interrupted()) {
            throw new IllegalArgumentException("the relaxed flow was stopped: its prices are no warm start");
        }
        return new LagrangianBound(problem, flow, settings);
    }

    BoundRequests requests() {
        return requests;
    }

    /** The Lagrangian bound warm-started from this flow's prices ({@code flow} solved to the end). */
    public static Result solve(MatchingSolution problem, RelaxedFlow flow, Settings settings) {
        return prepare(problem, flow, settings).run();
    }

    private Result run() {
        long start = System.nanoTime();
        HardMediumSoftLongScore flowScore = flow.result().score();
        if (flowScore.hardScore() < 0 || requests.movable.isEmpty()) {
            return new Result(flowScore, flowScore, true, 0, 0, 0, requests.typeCount.length, requests.pairs);
        }
        long deadline = start + settings.timeLimit().toNanos();
        KnapsackDual.Solution medium = mediumLevel(deadline);
        long waitingPlaced = waitingPlaced(medium.scaledBound(), medium.scale());
        if (waitingPlaced < 0) {
            // no proposal keeps every placed child placed: the flow's levels say no more
            return new Result(flowScore, flowScore, true, medium.iterations(), 0, millisSince(start),
                    requests.typeCount.length, requests.pairs);
        }
        long mediumBound = -(requests.waitingWeight - waitingPlaced);
        long softBound = 0;
        int softIterations = 0;
        boolean softBounded = requests.pairs <= settings.maxSoftPairs();
        if (softBounded) {
            KnapsackDual.Solution soft = softLevel(requests.mustWeight * requests.mustChildren + waitingPlaced,
                    start + 2 * settings.timeLimit().toNanos());
            softBound = Math.floorDiv(-soft.scaledBound(), soft.scale()); // minus the least points, rounded up
            softIterations = soft.iterations();
        }
        return new Result(HardMediumSoftLongScore.of(0, mediumBound, softBound), flowScore, softBounded,
                medium.iterations(), softIterations, millisSince(start), requests.typeCount.length, requests.pairs);
    }

    /**
     * The most urgency weight of waiting children placed, from a bound (in units of 1/scale) on the
     * least "minus value placed": rounded down to whole units of weight (so still a bound), capped at
     * all the waiting weight; negative when no placement keeps every placed child placed.
     */
    long waitingPlaced(long scaledBound, long scale) {
        long mostValue = Math.floorDiv(-scaledBound, scale);
        return Math.min(requests.waitingWeight, mostValue - requests.mustWeight * requests.mustChildren);
    }

    /** The medium level's knapsack problem, its scale and its warm-start multipliers (from the flow's prices). */
    record MediumStart(KnapsackDual.Problem problem, long scale, long[] lambda, long[] ceiling) {
    }

    /** The most value placed, as a bound on the least "minus value placed" (theta fixed at 1, no costs). */
    private KnapsackDual.Solution mediumLevel(long deadline) {
        MediumStart start = mediumStart();
        long scale = start.scale();
        long[] lambda = start.lambda();
        KnapsackDual dual = new KnapsackDual(start.problem(), scale, settings.maxRuledPerHome());
        long greedy = greedyValue();
        // first step towards at most 5% more waiting weight than the warm start (it is near the flow's optimum)
        double gap = Math.max(1, Math.min(-dual.evaluate(lambda, scale) / (double) scale - greedy,
                0.05 * requests.waitingWeight));
        // the bound cannot beat a placement found: stop once it reaches the greedy one's value
        long stopAt = -(greedy + 1) * scale + 1;
        return dual.ascend(lambda, scale, gap, settings.maxIterations(), deadline, stopAt, start.ceiling(), scale);
    }

    /** See {@link MediumStart}: each type's multiplier starts at its value less the cheapest place the flow prices. */
    MediumStart mediumStart() {
        int types = requests.typeCount.length;
        KnapsackDual.Problem problem = rows(types, requests.typeCount, requests.typeSize, requests.typeValue,
                requests.typeHomes, null, 0, false, rules(requests.typeSingle));
        long total = 0;
        for (int t = 0; t < types; t++) {
            total = Math.addExact(total, requests.typeCount[t] * requests.typeValue[t]);
        }
        long scale = scaleFor(total);
        long[] lambda = new long[types];
        long[] ceiling = new long[types];
        for (int t = 0; t < types; t++) {
            // the flow's place prices per unit of weight: the cheapest place this type could take
            double cheapest = Double.MAX_VALUE;
            for (int h : requests.typeHomes[t]) {
                cheapest = Math.min(cheapest, flow.placePrice(h) / (double) flowWeightPrice);
            }
            double start = flowWeightPrice == 0 ? 0 : requests.typeValue[t] - requests.typeSize[t] * cheapest;
            ceiling[t] = requests.typeValue[t] * scale;
            lambda[t] = Math.max(0, Math.min(ceiling[t], Math.round(start * scale)));
        }
        return new MediumStart(problem, scale, lambda, ceiling);
    }

    /** The fewest points among placements of at least {@code valueTarget}, each request its own type. */
    private KnapsackDual.Solution softLevel(long valueTarget, long deadline) {
        int n = requests.movable.size();
        int[] count = new int[n];
        int[] size = new int[n];
        int[][] homes = new int[n][];
        Arrays.fill(count, 1);
        for (int r = 0; r < n; r++) {
            size[r] = requests.size(r);
            homes[r] = requests.homesOf(r);
        }
        PointsTable table = new PointsTable(requests.movable.get(0).getCosts(), this.homes);
        KnapsackDual.Problem problem = rows(n, count, size, requests.value, homes, table, valueTarget, false,
                rules(requests.movable.toArray(new uk.sufficiency.engine.matching.domain.PlacementRequest[0])));
        long theta0 = Math.max(1, flowWeightPrice);
        long total = 0;
        long[] maxPoints = new long[n];
        for (int r = 0; r < n; r++) {
            total = Math.addExact(total, Math.multiplyExact(2 * theta0, requests.value[r]));
        }
        for (int e = 0; e < problem.entryType().length; e++) {
            int r = problem.entryType()[e];
            maxPoints[r] = Math.max(maxPoints[r], Math.abs(problem.entryCost()[e]));
        }
        for (long m : maxPoints) {
            total = Math.addExact(total, m);
        }
        long scale = scaleFor(total);
        long[] lambda = new long[n];
        long[] ceiling = new long[n];
        for (int r = 0; r < n; r++) {
            ceiling[r] = (2 * theta0 * requests.value[r] + maxPoints[r]) * scale;
        }
        for (int h = 0; h < problem.homes(); h++) {
            for (int e = problem.rowStart()[h]; e < problem.rowStart()[h + 1]; e++) {
                int r = problem.entryType()[e];
                long profit = theta0 * requests.value[r] - problem.entryCost()[e] - size[r] * flow.placePrice(h);
                lambda[r] = Math.max(lambda[r], Math.min(ceiling[r], profit * scale));
            }
        }
        KnapsackDual dual = new KnapsackDual(problem, scale, settings.maxRuledPerHome());
        double gap = Math.max(1, Math.abs(dual.evaluate(lambda, theta0 * scale) / (double) scale) * 0.005);
        return dual.ascend(lambda, theta0 * scale, gap, settings.maxIterations(), deadline, Long.MAX_VALUE, ceiling,
                2 * theta0 * scale);
    }

    /**
     * Each home's row of the types it admits (from each type's homes), with each pair's points when
     * {@code table} is given (types are then single requests).
     */
    private KnapsackDual.Problem rows(int types, int[] count, int[] size, long[] value, int[][] homesOf,
            PointsTable table, long valueTarget, boolean thetaFree, KnapsackDual.Conflicts conflicts) {
        int[] rowStart = new int[requests.capacity.length + 1];
        for (int[] list : homesOf) {
            for (int h : list) {
                rowStart[h + 1]++;
            }
        }
        for (int h = 0; h < requests.capacity.length; h++) {
            rowStart[h + 1] += rowStart[h];
        }
        int[] fill = Arrays.copyOf(rowStart, rowStart.length - 1);
        int[] entryType = new int[rowStart[rowStart.length - 1]];
        long[] entryCost = table == null ? null : new long[entryType.length];
        for (int t = 0; t < types; t++) {
            PointsTable.Pricer pricer = table == null ? null : table.of(requests.movable.get(t));
            for (int h : homesOf[t]) {
                int e = fill[h]++;
                entryType[e] = t;
                if (pricer != null) {
                    entryCost[e] = pricer.points(h);
                }
            }
        }
        return new KnapsackDual.Problem(count, size, value, requests.capacity, rowStart, entryType, entryCost,
                valueTarget, thetaFree, conflicts);
    }

    /**
     * The value a simple greedy places (types by value per child, most first, each into the first
     * of its homes with room; a request with a living_with rule only into an empty home, which it
     * then closes, so every rule holds): a placement, so no bound can be below it; it sets the first
     * step and stops the ascent once the bound meets it.
     */
    private long greedyValue() {
        return greedyValue(null);
    }

    /** Told each copy the greedy placement places (a type and a home). */
    interface GreedyCopy {
        void placed(int type, int home);
    }

    /** As {@link #greedyValue()}, telling {@code each} (when not null) every copy it places. */
    long greedyValue(GreedyCopy each) {
        int types = requests.typeCount.length;
        int[] room = requests.capacity.clone();
        Integer[] order = IntStream.range(0, types).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(t -> -requests.typeValue[t] / (double) requests.typeSize[t]));
        long placed = 0;
        for (int t : order) {
            int size = requests.typeSize[t];
            boolean alone = requests.typeSingle[t] != null;
            int[] homes = requests.typeHomes[t];
            int cursor = 0;
            for (int copy = 0; copy < requests.typeCount[t]; copy++) {
                while (cursor < homes.length && (room[homes[cursor]] < size
                        || alone && room[homes[cursor]] < requests.capacity[homes[cursor]])) {
                    cursor++;
                }
                if (cursor == homes.length) {
                    break;
                }
                room[homes[cursor]] = alone ? 0 : room[homes[cursor]] - size;
                placed += requests.typeValue[t];
                if (each != null) {
                    each.placed(t, homes[cursor]);
                }
            }
        }
        return placed;
    }

    /** The living_with rules the knapsacks keep between these types' requests, or null when none are kept. */
    private KnapsackDual.Conflicts rules(uk.sufficiency.engine.matching.domain.PlacementRequest[] single) {
        return settings.maxRuledPerHome() == 0 ? null : new LivingWithRules(single);
    }

    /** The finest power of two (at most 2^20) at which figures of this magnitude stay exact in a long. */
    private static long scaleFor(long magnitude) {
        long scale = 1L << 20;
        while (scale > 1 && magnitude > (Long.MAX_VALUE >> 3) / scale) {
            scale >>= 1;
        }
        return scale;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
