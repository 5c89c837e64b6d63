package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;
import uk.sufficiency.engine.matching.exact.PricedAssignment;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;

/**
 * The construction phase. Min-cost flow places single children exactly but cannot express sibling
 * groups or living_with rules, so those "complex" requests are placed first and the singles by
 * exact flow around them ({@link SinglesFlow}):
 * <ol>
 *   <li>the relaxed flow ({@link RelaxedFlow}: groups split, rules dropped) prices every place;</li>
 *   <li>complex requests, most urgent, largest and most constrained first, each take the home where
 *       their own points plus the price of the places they take are lowest (or stay unplaced if
 *       that costs less); meanwhile every child placed now holds their place, and placed children
 *       among the complex requests stay where they are;</li>
 *   <li>the singles are placed by the exact flow around them;</li>
 *   <li>{@link Refinement} moves complex requests while the whole assignment improves, within a
 *       budget of flow solves (and the deadline, in time-limited runs).</li>
 * </ol>
 * Under a time limit each flow stops in time ({@link SolveClock}): the relaxed flow at 50% of the
 * limit (its prices are then partial), the singles' flow at 90% (waiting children it has not
 * routed stay unplaced; placed children are always routed first). The answer is then complete and
 * within every rule, but not proven optimal, and the result says it was cut short.
 * Local search then repairs what remains.
 */
public final class FlowConstruction implements CustomPhaseCommand<MatchingSolution> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowConstruction.class);
    /** Shares of the time limit after which the relaxed flow and the singles' flow stop. */
    private static final double RELAXED_FLOW_SHARE = 0.5;
    private static final double SINGLES_FLOW_SHARE = 0.9;

    private final int solvesPerRequest;
    private final BooleanSupplier stopRequested;
    private final boolean fromCurrent;
    private final SolveClock clock;
    private final long refinementNanos;

    /**
     * @param solvesPerRequest refinement may re-solve the singles' flow this many times per complex
     *                         request (a deterministic budget)
     * @param refinementNanos  stop refining after this long (Long.MAX_VALUE for no time limit)
     * @param stopRequested    true once the user asks to stop: refinement ends, construction completes
     */
    public FlowConstruction(int solvesPerRequest, long refinementNanos, BooleanSupplier stopRequested) {
        this(solvesPerRequest, refinementNanos, stopRequested, false, null);
    }

    /**
     * @param fromCurrent start from where the complex requests are in the working solution (a polish
     *                    after local search) instead of placing them by the relaxed flow's prices
     * @param clock       the time-limited solve's clock (started by the construction), or null
     */
    FlowConstruction(int solvesPerRequest, long refinementNanos, BooleanSupplier stopRequested, boolean fromCurrent,
            SolveClock clock) {
        this.clock = clock;
        this.solvesPerRequest = solvesPerRequest;
        this.stopRequested = stopRequested;
        this.fromCurrent = fromCurrent;
        this.refinementNanos = refinementNanos;
    }

    /** A request's own soft points in a home. */
    interface Points {
        long of(PlacementRequest request, Home home);
    }

    /** A price per place in each home. */
    interface Prices {
        long of(int homeIndex);
    }

    /** The movable requests split into complex ones and singles, around the pinned ones. */
    private record Split(List<PlacementRequest> movable, List<PlacementRequest> complex,
            List<PlacementRequest> simple, int[] mostPlaces) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        long started = System.nanoTime();
        if (clock != null && !fromCurrent) {
            clock.start();
        }
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        Occupied occupied = new Occupied(solution.getHomes());
        Split split = split(solution, occupied);
        if (split.movable().isEmpty() || fromCurrent && (split.complex().isEmpty()
                || clock != null && !clock.roomFor(2))) {
            return; // nothing to do; or a polish with nothing to refine, or no time to finish one
        }
        PointsTable table = new PointsTable(split.movable().get(0).getCosts(), solution.getHomes());
        Map<PlacementRequest, PointsTable.Pricer> pricers = new IdentityHashMap<>();
        for (PlacementRequest request : split.complex()) {
            pricers.put(request, table.of(request));
        }
        Points points = (request, home) -> pricers.get(request).points(home.getIndex());
        long unitM = ceilingOfPoints(split.movable(), table);
        long totalWeight = 0;
        for (PlacementRequest request : split.movable()) {
            totalWeight += request.getUnplacedWeight();
        }
        long hardM = Math.multiplyExact(unitM, totalWeight + 1);
        Placed placed = placeComplex(solution, split, occupied, points,
                request -> Refinement.unplacedCost(request, unitM, hardM));
        Home[] placedAt = placed.at();
        // The flow decides afresh where placed single children go: release their places.
        for (PlacementRequest request : split.simple()) {
            if (!fromCurrent && !placed.rounded() && livesWhereItIs(request)) {
                occupied.release(request, request.getCurrentHome());
            }
        }
        Singles singles = timeUp(SINGLES_FLOW_SHARE).getAsBoolean()
                ? new Singles(placed.rounded() ? RoundedGroups.singlesAsInFlow(split.simple(), placed.relaxed(),
                        occupied) : stayPut(split.simple()), true) // no time for the flow: the quick answer alone
                : placed.rounded() && !singlesFlowFits(placed) ? singlesAsInFlow(split, placed, occupied)
                : singlesAndRefinement(split, placed, occupied, table, points, unitM, hardM, started);
        int[] assignment = singles.assignment();
        if (singles.cutShort()) {
            if (clock != null) {
                clock.markCutShort();
            }
            int filled = fillUnrouted(split.simple(), assignment, occupied, table);
            LOG.info("Construction: {} children the flow had not reached placed at their cheapest free place",
                    filled);
        }
        if (placed.rounded()) {
            int gaveWay = RoundedGroups.keepRequiredPlaced(split.complex(), placedAt, split.simple(), assignment,
                    occupied);
            LOG.info("Construction: {} waiting requests gave way to children who must keep a home", gaveWay);
        }
        write(scoreDirector, split, placedAt, assignment);
    }

    /** The singles' homes (or UNPLACED), and whether a stop or the time limit cut the flow short. */
    private record Singles(int[] assignment, boolean cutShort) {
    }

    /** The singles where the relaxed flow put them: no time for their own flow (nor, in the polish, for one). */
    private Singles singlesAsInFlow(Split split, Placed placed, Occupied occupied) {
        if (clock != null) {
            clock.solved(placed.relaxedNanos() / 2);
        }
        LOG.info("Construction: single children placed as in the relaxed flow (no time left for their own flow)");
        return new Singles(RoundedGroups.singlesAsInFlow(split.simple(), placed.relaxed(), occupied), true);
    }

    /** The singles by exact flow around the complex requests, then the refinement. */
    private Singles singlesAndRefinement(Split split, Placed placed, Occupied occupied, PointsTable table,
            Points points, long unitM, long hardM, long started) {
        Home[] placedAt = placed.at();
        RelaxedFlow relaxed = placed.relaxed();
        // At size, the relaxed flow's final arcs for each single child: a first graph that spares the
        // singles' flow its own scan of every candidate and most of its pricing rounds (decision 0074).
        boolean seeded = relaxed != null && split.simple().size() >= PricedAssignment.LARGE_UNITS;
        SinglesFlow singles = new SinglesFlow(split.simple(), table, split.mostPlaces(), unitM, hardM,
                seeded ? relaxed::graphArcs : request -> null);
        Refinement refinement = new Refinement(split.complex(), placedAt, occupied, singles, points, unitM, hardM,
                timeUp(SINGLES_FLOW_SHARE));
        if (clock != null) {
            clock.solved(singles.lastSolveNanos()); // from scratch: later (warm) solves take far less
        }
        LOG.info("{}: single children placed by exact flow{} after {} ms", fromCurrent ? "Polish" : "Construction",
                refinement.cutShort() ? " (stopped by the time limit: waiting children not yet routed stay unplaced)"
                        : "", (System.nanoTime() - started) / 1_000_000);
        if (!split.complex().isEmpty()) {
            long deadline = refinementNanos == Long.MAX_VALUE ? Long.MAX_VALUE : started + refinementNanos;
            // In a polish, which starts near where the construction's rounds converged, rounds of plain
            // moves leave the last fifth of its time to swaps and compound moves (decision 0095); the
            // construction's rounds, still gaining at the end at 2,000 children, keep the whole time.
            long roundsDeadline = refinementNanos == Long.MAX_VALUE || !fromCurrent ? deadline
                    : started + refinementNanos / 5 * 4;
            refinement.refine(Math.max(1, solvesPerRequest * split.complex().size()), () -> mayGoOn(deadline),
                    () -> mayGoOn(roundsDeadline),
                    fromCurrent ? Refinement.WIDER_CANDIDATES_CHECKED : Refinement.CANDIDATES_CHECKED);
        }
        if (!refinement.solvedAsPlaced()) {
            singles.solve(occupied.free, occupied.residents, timeUp(SINGLES_FLOW_SHARE));
        }
        return new Singles(singles.assignment(), refinement.cutShort() || singles.interrupted());
    }

    /** Placed singles where they live now, waiting ones unplaced: the answer when no flow fits in the time. */
    private static int[] stayPut(List<PlacementRequest> simple) {
        int[] assignment = new int[simple.size()];
        for (int u = 0; u < simple.size(); u++) {
            PlacementRequest request = simple.get(u);
            assignment[u] = livesWhereItIs(request) ? request.getCurrentHome().getIndex() : MinCostAssignment.UNPLACED;
        }
        return assignment;
    }

    private Split split(MatchingSolution solution, Occupied occupied) {
        for (PlacementRequest request : solution.getRequests()) {
            if (request.isPinned() && request.getHome() != null) {
                occupied.take(request, request.getHome());
            }
        }
        int[] mostPlaces = occupied.free.clone();
        List<PlacementRequest> complex = new ArrayList<>();
        List<PlacementRequest> simple = new ArrayList<>();
        List<PlacementRequest> movable = new ArrayList<>();
        for (PlacementRequest request : solution.getRequests()) {
            if (request.isPinned()) {
                continue;
            }
            movable.add(request);
            // Children placed now hold their places while complex requests are placed, so a waiting
            // group cannot take a place someone still lives in.
            if (!fromCurrent && livesWhereItIs(request)) {
                occupied.take(request, request.getCurrentHome());
            }
            (request.getSize() > 1 || request.hasLivingWithRule() ? complex : simple).add(request);
        }
        return new Split(movable, complex, simple, mostPlaces);
    }

    /**
     * Where each complex request starts, the relaxed flow that priced it (null when none ran), and
     * whether they follow its assignment ({@link RoundedGroups}: single children held no places).
     */
    private record Placed(Home[] at, RelaxedFlow relaxed, boolean rounded, long relaxedNanos) {
        Placed(Home[] at, RelaxedFlow relaxed) {
            this(at, relaxed, false, 0);
        }
    }

    /**
     * Whether the singles' flow from scratch (about as long as the relaxed flow over every child took,
     * measured at 50,000 children: 47 s against 97 s) may finish before it would be stopped.
     */
    private boolean singlesFlowFits(Placed placed) {
        return clock == null || !placed.relaxed().interrupted()
                && clock.nanosLeft(SINGLES_FLOW_SHARE) > placed.relaxedNanos() / 2;
    }

    /** Where each complex request starts: where local search left it (polish), or priced placement. */
    private Placed placeComplex(MatchingSolution solution, Split split, Occupied occupied,
            Points points, ToLongFunction<PlacementRequest> unplaced) {
        List<PlacementRequest> complex = split.complex();
        Home[] placedAt = new Home[complex.size()];
        if (fromCurrent) {
            for (int c = 0; c < complex.size(); c++) {
                placedAt[c] = complex.get(c).getHome();
                occupied.take(complex.get(c), placedAt[c]);
            }
            return new Placed(placedAt, null);
        }
        if (complex.isEmpty()) {
            return new Placed(placedAt, null); // no prices needed: the singles' flow is the whole problem
        }
        complex.sort(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed()
                .thenComparing(Comparator.comparingInt(PlacementRequest::getSize).reversed())
                .thenComparingInt(r -> r.getEligibleHomes().size())
                .thenComparing(PlacementRequest::getId));
        long started = System.nanoTime();
        boolean atSize = split.simple().size() >= PricedAssignment.LARGE_UNITS;
        double share = RELAXED_FLOW_SHARE;
        // With no time left for it (building used the limit), places are priced at nothing.
        RelaxedFlow relaxed = timeUp(share).getAsBoolean() ? null : RelaxedFlow.solve(solution, timeUp(share));
        LOG.info("Construction: place prices from the relaxed flow in {} ms{}", (System.nanoTime() - started) / 1_000_000,
                relaxed == null ? " (skipped: no time left)"
                        : relaxed.interrupted() ? " (stopped by the time limit: partial prices)"
                        : "; its optimum, a bound no proposal can beat: " + relaxed.result().score());
        if (relaxed != null && atSize && relaxed.routedAll()) {
            // At size, follow the flow's assignment (decision 0097): the singles hold no places meanwhile.
            for (PlacementRequest request : split.simple()) {
                if (livesWhereItIs(request)) {
                    occupied.release(request, request.getCurrentHome());
                }
            }
            for (PlacementRequest request : complex) {
                if (livesWhereItIs(request)) {
                    occupied.release(request, request.getCurrentHome()); // RoundedGroups takes them again
                }
            }
            Home[] rounded = new RoundedGroups(relaxed, occupied, points, solution.getHomes(), split.simple())
                    .place(complex);
            int placedCount = 0;
            for (Home home : rounded) {
                placedCount += home != null ? 1 : 0;
            }
            LOG.info("Construction: {} of {} sibling groups and children with living-with rules placed as in the"
                    + " relaxed flow's assignment (its result {}), rounded to whole groups", placedCount,
                    complex.size(), relaxed.result());
            return new Placed(rounded, relaxed, true, System.nanoTime() - started);
        }
        for (int c = 0; c < complex.size(); c++) {
            PlacementRequest request = complex.get(c);
            if (livesWhereItIs(request)) {
                placedAt[c] = request.getCurrentHome(); // already holds its places
                continue;
            }
            placedAt[c] = relaxed == null ? pricedFit(request, occupied, h -> 0, unplaced.applyAsLong(request), points)
                    : pricedFit(request, occupied, relaxed::placePrice, relaxed.unplacedCost(request), points);
            occupied.take(request, placedAt[c]);
        }
        return new Placed(placedAt, relaxed);
    }

    private void write(ScoreDirector<MatchingSolution> scoreDirector, Split split, Home[] placedAt, int[] assignment) {
        List<Home> homes = scoreDirector.getWorkingSolution().getHomes();
        for (int c = 0; c < split.complex().size(); c++) {
            set(scoreDirector, split.complex().get(c), placedAt[c]);
        }
        for (int u = 0; u < split.simple().size(); u++) {
            PlacementRequest request = split.simple().get(u);
            Home chosen = assignment[u] == MinCostAssignment.UNPLACED ? null : homes.get(assignment[u]);
            if (chosen == null && !request.mayBeUnplaced()) {
                chosen = request.getCurrentHome(); // never leave a placed child without a home
            }
            set(scoreDirector, request, chosen);
        }
        scoreDirector.triggerVariableListeners();
    }

    /**
     * After a flow stopped by the time limit (or none run): each single it had not placed, those who
     * must keep a home then the most urgent first, takes the free place with its fewest points, if
     * any (a quick first answer at any size; local search and later runs improve on it). Returns how
     * many were placed.
     */
    static int fillUnrouted(List<PlacementRequest> simple, int[] assignment, Occupied occupied,
            PointsTable table) {
        int[] room = occupied.free.clone();
        for (int h : assignment) {
            if (h >= 0) {
                room[h]--;
            }
        }
        List<Integer> waiting = new ArrayList<>();
        for (int u = 0; u < simple.size(); u++) {
            if (assignment[u] == MinCostAssignment.UNPLACED) {
                waiting.add(u);
            }
        }
        // Children who must keep a home first (only when the flow was not run: it always routes them).
        waiting.sort(Comparator.<Integer>comparingInt(u -> simple.get(u).mayBeUnplaced() ? 1 : 0)
                .thenComparing(Comparator.<Integer>comparingInt(u -> simple.get(u).getUnplacedWeight()).reversed()));
        int filled = 0;
        for (int u : waiting) {
            PlacementRequest request = simple.get(u);
            PointsTable.Pricer pricer = table.of(request);
            HomeRange range = request.getEligibleHomes();
            int best = -1;
            long bestPoints = Long.MAX_VALUE;
            for (int i = 0; i < range.size(); i++) {
                int h = range.indexAt(i);
                if (room[h] > 0 && pricer.lowerBound(h) < bestPoints
                        && !SinglesFlow.conflicts(request, occupied.residents.get(h))) {
                    long points = pricer.points(h);
                    if (points < bestPoints) {
                        best = h;
                        bestPoints = points;
                    }
                }
            }
            if (best >= 0) {
                assignment[u] = best;
                room[best]--;
                filled++;
            }
        }
        return filled;
    }

    /** True once the user asks to stop or (in a timed run) this share of the time limit has passed. */
    private BooleanSupplier timeUp(double share) {
        return () -> stopRequested.getAsBoolean() || clock != null && clock.passed(share);
    }

    private static boolean livesWhereItIs(PlacementRequest request) {
        return request.isPlacedNow() && request.getCurrentHome() != null;
    }

    /** More than any total of soft points: one unit of unplaced weight outweighs every choice. */
    static long ceilingOfPoints(List<PlacementRequest> requests, PointsTable table) {
        long ceiling = 1;
        for (PlacementRequest request : requests) {
            PointsTable.Pricer pricer = table.of(request);
            HomeRange range = request.getEligibleHomes();
            long max = pricer.ceiling();
            if (max < 0) {
                max = 0;
                for (int i = 0; i < range.size(); i++) {
                    max = Math.max(max, pricer.upperBound(range.indexAt(i)));
                }
            }
            ceiling = Math.addExact(ceiling, max);
        }
        return ceiling;
    }

    /**
     * The home where this request's own points plus the price of the places it takes are lowest;
     * null when leaving it unplaced costs less. A child who must live alone takes every free place.
     */
    static Home pricedFit(PlacementRequest request, Occupied occupied, Prices prices, long unplacedCost,
            Points points) {
        Home best = null;
        long bestCost = request.mayBeUnplaced() ? unplacedCost : Long.MAX_VALUE;
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (!occupied.fits(request, home)) {
                continue;
            }
            long cost = pricedCost(request, home, occupied, prices, points);
            if (cost < bestCost) {
                best = home;
                bestCost = cost;
            }
        }
        return best;
    }

    static long pricedCost(PlacementRequest request, Home home, Occupied occupied, Prices prices, Points points) {
        int taken = request.isSolo() ? Math.max(request.getSize(), occupied.free(home)) : request.getSize();
        return points.of(request, home) + taken * prices.of(home.getIndex());
    }

    private boolean mayGoOn(long deadline) {
        // Room for the next solve and, in a polish, the final one.
        return !stopRequested.getAsBoolean() && System.nanoTime() < deadline
                && (clock == null || clock.roomFor(fromCurrent ? 2 : 1));
    }

    private static void set(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request, Home home) {
        if (request.getHome() != home) {
            scoreDirector.beforeVariableChanged(request, "home");
            request.setHome(home);
            scoreDirector.afterVariableChanged(request, "home");
        }
    }
}
