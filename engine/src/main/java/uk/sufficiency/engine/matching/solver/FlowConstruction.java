package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;
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
 *   <li>refinement: each complex request in turn is offered the homes that the current singles
 *       flow's prices suggest are cheaper; a move is kept only if re-solving the singles exactly
 *       confirms that the whole assignment got better. This repeats while it improves, within a
 *       budget of flow solves (and the deadline, in time-limited runs);</li>
 *   <li>the singles are assigned by the final flow.</li>
 * </ol>
 * Local search then repairs what remains.
 */
public final class FlowConstruction implements CustomPhaseCommand<MatchingSolution> {

    /** Candidate homes checked exactly per complex request and round. */
    private static final int CANDIDATES_CHECKED = 2;

    private final int solvesPerRequest;
    private final BooleanSupplier stopRequested;
    private final boolean fromCurrent;
    private final SolveClock clock;
    private final long deadlineNanosFromStart;

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
        this.deadlineNanosFromStart = refinementNanos;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        long started = System.nanoTime();
        if (clock != null && !fromCurrent) {
            clock.start();
        }
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        List<Home> homes = solution.getHomes();
        int[] free = new int[homes.size()];
        for (Home home : homes) {
            free[home.getIndex()] = home.getPlaces();
        }
        List<List<PlacementRequest>> residents = new ArrayList<>(homes.size());
        for (int h = 0; h < homes.size(); h++) {
            residents.add(new ArrayList<>(2));
        }
        List<PlacementRequest> complex = new ArrayList<>();
        List<PlacementRequest> simple = new ArrayList<>();
        List<PlacementRequest> movable = new ArrayList<>();
        for (PlacementRequest request : solution.getRequests()) {
            if (request.isPinned() && request.getHome() != null) {
                free[request.getHome().getIndex()] -= request.getSize();
                residents.get(request.getHome().getIndex()).add(request);
            }
        }
        int[] mostPlaces = free.clone();
        for (PlacementRequest request : solution.getRequests()) {
            if (request.isPinned()) {
                continue;
            }
            movable.add(request);
            // Children placed now hold their places while complex requests are placed, so a waiting
            // group cannot take a place someone still lives in.
            if (!fromCurrent && livesWhereItIs(request)) {
                take(request, request.getCurrentHome(), free, residents);
            }
            if (request.getSize() > 1 || request.hasLivingWithRule()) {
                complex.add(request);
            } else {
                simple.add(request);
            }
        }
        if (movable.isEmpty() || fromCurrent && (complex.isEmpty() || clock != null && !clock.roomFor(2))) {
            return; // nothing to do; or a polish with nothing to refine, or no time to finish one
        }
        PointsTable table = new PointsTable(movable.get(0).getCosts(), homes);
        Map<PlacementRequest, PointsTable.Pricer> pricers = new IdentityHashMap<>();
        for (PlacementRequest request : complex) {
            pricers.put(request, table.of(request));
        }
        Points points = (request, home) -> pricers.get(request).points(home.getIndex());
        long unitM = ceilingOfPoints(movable, table);
        long totalWeight = 0;
        for (PlacementRequest request : movable) {
            totalWeight += request.getUnplacedWeight();
        }
        long hardM = Math.multiplyExact(unitM, totalWeight + 1);
        SinglesFlow singles = new SinglesFlow(simple, table, mostPlaces, unitM, hardM);

        Home[] placedAt = new Home[complex.size()];
        if (fromCurrent) {
            for (int c = 0; c < complex.size(); c++) {
                placedAt[c] = complex.get(c).getHome();
                take(complex.get(c), placedAt[c], free, residents);
            }
        } else if (!complex.isEmpty()) {
            complex.sort(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed()
                    .thenComparing(Comparator.comparingInt(PlacementRequest::getSize).reversed())
                    .thenComparingInt(r -> r.getEligibleHomes().size())
                    .thenComparing(PlacementRequest::getId));
            RelaxedFlow relaxed = RelaxedFlow.solve(solution);
            for (int c = 0; c < complex.size(); c++) {
                PlacementRequest request = complex.get(c);
                if (livesWhereItIs(request)) {
                    placedAt[c] = request.getCurrentHome(); // already holds its places
                    continue;
                }
                placedAt[c] = pricedFit(request, free, residents, relaxed::placePrice, relaxed.unplacedCost(request),
                        points);
                take(request, placedAt[c], free, residents);
            }
        }
        // The flow decides afresh where placed single children go: release their places.
        for (PlacementRequest request : simple) {
            if (!fromCurrent && livesWhereItIs(request)) {
                release(request, request.getCurrentHome(), free, residents);
            }
        }
        boolean singlesSolved = false;
        if (!complex.isEmpty()) {
            long deadline = deadlineNanosFromStart == Long.MAX_VALUE ? Long.MAX_VALUE
                    : started + deadlineNanosFromStart;
            singlesSolved = refine(complex, placedAt, free, residents, singles, points, unitM, hardM, deadline);
        }
        if (!singlesSolved) {
            solveSingles(singles, free, residents);
        }
        for (int c = 0; c < complex.size(); c++) {
            set(scoreDirector, complex.get(c), placedAt[c]);
        }
        int[] assignment = singles.assignment();
        for (int u = 0; u < simple.size(); u++) {
            PlacementRequest request = simple.get(u);
            Home chosen = assignment[u] == MinCostAssignment.UNPLACED ? null : homes.get(assignment[u]);
            if (chosen == null && !request.mayBeUnplaced()) {
                chosen = request.getCurrentHome(); // never leave a placed child without a home
            }
            set(scoreDirector, request, chosen);
        }
        scoreDirector.triggerVariableListeners();
    }

    private static boolean livesWhereItIs(PlacementRequest request) {
        return request.isPlacedNow() && request.getCurrentHome() != null;
    }

    /** A request's own soft points in a home. */
    private interface Points {
        long of(PlacementRequest request, Home home);
    }

    /** More than any total of soft points: one unit of unplaced weight outweighs every choice. */
    private static long ceilingOfPoints(List<PlacementRequest> requests, PointsTable table) {
        long ceiling = 1;
        for (PlacementRequest request : requests) {
            PointsTable.Pricer pricer = table.of(request);
            HomeRange range = request.getEligibleHomes();
            long max = 0;
            for (int i = 0; i < range.size(); i++) {
                max = Math.max(max, pricer.upperBound(range.indexAt(i)));
            }
            ceiling = Math.addExact(ceiling, max);
        }
        return ceiling;
    }

    /** A price per place in each home. */
    private interface Prices {
        long of(int homeIndex);
    }

    /**
     * The home where this request's own points plus the price of the places it takes are lowest;
     * null when leaving it unplaced costs less. A child who must live alone takes every free place.
     */
    private static Home pricedFit(PlacementRequest request, int[] free, List<List<PlacementRequest>> residents,
            Prices prices, long unplacedCost, Points points) {
        Home best = null;
        long bestCost = request.mayBeUnplaced() ? unplacedCost : Long.MAX_VALUE;
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (!fits(request, home, free, residents)) {
                continue;
            }
            long cost = pricedCost(request, home, free, prices, points);
            if (cost < bestCost) {
                best = home;
                bestCost = cost;
            }
        }
        return best;
    }

    private static long pricedCost(PlacementRequest request, Home home, int[] free, Prices prices, Points points) {
        int taken = request.isSolo() ? Math.max(request.getSize(), free[home.getIndex()]) : request.getSize();
        return points.of(request, home) + taken * prices.of(home.getIndex());
    }

    private static boolean fits(PlacementRequest request, Home home, int[] free, List<List<PlacementRequest>> residents) {
        return free[home.getIndex()] >= request.getSize()
                && !SinglesFlow.conflicts(request, residents.get(home.getIndex()));
    }

    /**
     * Moves complex requests one at a time while the whole assignment improves: candidates are
     * ranked by the singles flow's place prices, and each is checked by solving the singles again.
     * Returns whether the singles' last solve is for the placement left in {@code placedAt}.
     */
    private boolean refine(List<PlacementRequest> complex, Home[] placedAt, int[] free,
            List<List<PlacementRequest>> residents, SinglesFlow singles, Points points, long unitM, long hardM,
            long deadline) {
        Trial trial = new Trial(complex, placedAt, free, residents, singles, points, unitM, hardM);
        int maxFlowSolves = Math.max(1, solvesPerRequest * complex.size());
        boolean improved = true;
        while (improved && trial.solves < maxFlowSolves && mayGoOn(deadline)) {
            improved = false;
            for (int c = 0; c < complex.size() && trial.solves < maxFlowSolves && mayGoOn(deadline); c++) {
                PlacementRequest request = complex.get(c);
                Home from = placedAt[c];
                release(request, from, free, residents);
                List<Home> moves = cheaperCandidates(request, from, free, residents, singles, points, unitM, hardM);
                take(request, from, free, residents);
                List<Home> ejections = from == null ? ejectionTargets(request, free, residents, singles, points)
                        : List.of();
                for (int m = 0; m < moves.size() + ejections.size() && trial.solves < maxFlowSolves; m++) {
                    Home[] before = placedAt.clone();
                    if (m < moves.size()) {
                        release(request, from, free, residents);
                        take(request, moves.get(m), free, residents);
                        placedAt[c] = moves.get(m);
                    } else {
                        eject(c, ejections.get(m - moves.size()), complex, placedAt, free, residents, singles, points,
                                unitM, hardM);
                    }
                    if (trial.keptOrUndone(before)) {
                        improved = true;
                        break;
                    }
                }
            }
        }
        return trial.solvedAsPlaced;
    }

    /** The refinement's running total, and the one way a change is judged: kept if better, else undone. */
    private final class Trial {
        private final List<PlacementRequest> complex;
        private final Home[] placedAt;
        private final int[] free;
        private final List<List<PlacementRequest>> residents;
        private final SinglesFlow singles;
        private final Points points;
        private final long unitM;
        private final long hardM;
        private long current;
        private int solves = 1;
        private boolean solvedAsPlaced = true;

        Trial(List<PlacementRequest> complex, Home[] placedAt, int[] free, List<List<PlacementRequest>> residents,
                SinglesFlow singles, Points points, long unitM, long hardM) {
            this.complex = complex;
            this.placedAt = placedAt;
            this.free = free;
            this.residents = residents;
            this.singles = singles;
            this.points = points;
            this.unitM = unitM;
            this.hardM = hardM;
            this.current = total();
        }

        private long total() {
            return ownCost(complex, placedAt, points, unitM, hardM) + solveSingles(singles, free, residents);
        }

        /** After a change to {@code placedAt}: keeps it if the exact total fell, else restores {@code before}. */
        boolean keptOrUndone(Home[] before) {
            long[] pricesBefore = singles.prices();
            long changed = total();
            solves++;
            solvedAsPlaced = changed < current;
            if (solvedAsPlaced) {
                current = changed;
            } else {
                restore(complex, before, placedAt, free, residents);
                // Optimal duals of the state restored: the next candidates are priced right
                // without solving again (the flow itself re-optimises from wherever it is).
                singles.restorePrices(pricesBefore);
            }
            return solvedAsPlaced;
        }
    }

    /**
     * For an unplaced complex request: the homes (best priced first, at most
     * {@link #CANDIDATES_CHECKED}) that would fit it once the other complex requests living there
     * moved out, and that no permanent child living there rules out.
     */
    private static List<Home> ejectionTargets(PlacementRequest request, int[] free,
            List<List<PlacementRequest>> residents, SinglesFlow singles, Points points) {
        Shortlist shortlist = new Shortlist(CANDIDATES_CHECKED);
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            List<PlacementRequest> there = residents.get(home.getIndex());
            if (there.isEmpty() || fits(request, home, free, residents)) {
                continue; // nobody to move out, or the plain move was already offered
            }
            int room = free[home.getIndex()];
            boolean blockedByPinned = false;
            for (PlacementRequest resident : there) {
                if (resident.isPinned()) {
                    blockedByPinned |= resident.conflictsWith(request);
                } else {
                    room += resident.getSize();
                }
            }
            if (blockedByPinned || room < request.getSize()) {
                continue;
            }
            shortlist.offer(home, points.of(request, home) + (long) request.getSize() * singles.placePrice(home.getIndex()));
        }
        return shortlist.homes();
    }

    /**
     * Puts complex request {@code c} in {@code target}, moving the complex requests there out, each
     * to its best priced home left (or unplaced).
     */
    private static void eject(int c, Home target, List<PlacementRequest> complex, Home[] placedAt, int[] free,
            List<List<PlacementRequest>> residents, SinglesFlow singles, Points points, long unitM, long hardM) {
        List<Integer> evicted = new ArrayList<>();
        for (int e = 0; e < complex.size(); e++) {
            if (placedAt[e] == target) {
                release(complex.get(e), target, free, residents);
                placedAt[e] = null;
                evicted.add(e);
            }
        }
        take(complex.get(c), target, free, residents);
        placedAt[c] = target;
        for (int e : evicted) {
            PlacementRequest moved = complex.get(e);
            placedAt[e] = pricedFit(moved, free, residents, singles::placePrice, unplacedCost(moved, unitM, hardM),
                    points);
            take(moved, placedAt[e], free, residents);
        }
    }

    /** Puts every complex request back where {@code before} had it. */
    private static void restore(List<PlacementRequest> complex, Home[] before, Home[] placedAt, int[] free,
            List<List<PlacementRequest>> residents) {
        for (int e = 0; e < complex.size(); e++) {
            if (placedAt[e] != before[e]) {
                release(complex.get(e), placedAt[e], free, residents);
            }
        }
        for (int e = 0; e < complex.size(); e++) {
            if (placedAt[e] != before[e]) {
                take(complex.get(e), before[e], free, residents);
                placedAt[e] = before[e];
            }
        }
    }

    private long solveSingles(SinglesFlow singles, int[] free, List<List<PlacementRequest>> residents) {
        long cost = singles.solve(free, residents);
        if (clock != null) {
            clock.solved(singles.lastSolveNanos());
        }
        return cost;
    }

    private boolean mayGoOn(long deadline) {
        // Room for the next solve and, in a polish, the final one.
        return !stopRequested.getAsBoolean() && System.nanoTime() < deadline
                && (clock == null || clock.roomFor(fromCurrent ? 2 : 1));
    }

    /**
     * The {@link #CANDIDATES_CHECKED} other homes (null = unplaced) with the lowest priced cost. For a
     * request without living-with rules only those priced below where it is now: the place prices
     * are optimal duals of the singles' flow, which stay feasible when places are taken or arcs
     * closed, so own points + places taken x price (less those released) is a lower bound on the
     * change in the total, and a move priced no lower cannot improve it. A request with rules may
     * reopen places to singles, which breaks the bound: its best-priced homes are all checked.
     */
    private static List<Home> cheaperCandidates(PlacementRequest request, Home from, int[] free,
            List<List<PlacementRequest>> residents, SinglesFlow singles, Points points, long unitM, long hardM) {
        Prices prices = singles::placePrice;
        long unplaced = unplacedCost(request, unitM, hardM);
        long now = from == null ? unplaced : pricedCost(request, from, free, prices, points);
        long bar = request.hasLivingWithRule() ? Long.MAX_VALUE : now;
        Shortlist shortlist = new Shortlist(CANDIDATES_CHECKED);
        if (from != null && request.mayBeUnplaced() && unplaced < bar) {
            shortlist.offer(null, unplaced);
        }
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (home == from || !fits(request, home, free, residents)) {
                continue;
            }
            long cost = pricedCost(request, home, free, prices, points);
            if (cost < bar) {
                shortlist.offer(home, cost);
            }
        }
        return shortlist.homes();
    }

    /** The few cheapest homes offered (null = unplaced), cheapest first; ties keep the first offered. */
    private static final class Shortlist {
        private final int size;
        private final List<Home> homes = new ArrayList<>();
        private final List<Long> costs = new ArrayList<>();

        Shortlist(int size) {
            this.size = size;
        }

        void offer(Home home, long cost) {
            int at = 0;
            while (at < costs.size() && costs.get(at) <= cost) {
                at++;
            }
            if (at < size) {
                homes.add(at, home);
                costs.add(at, cost);
                if (homes.size() > size) {
                    homes.remove(size);
                    costs.remove(size);
                }
            }
        }

        List<Home> homes() {
            return homes;
        }
    }

    private static long ownCost(List<PlacementRequest> complex, Home[] placedAt, Points points, long unitM,
            long hardM) {
        long total = 0;
        for (int c = 0; c < complex.size(); c++) {
            PlacementRequest request = complex.get(c);
            total += placedAt[c] == null ? unplacedCost(request, unitM, hardM)
                    : points.of(request, placedAt[c]);
        }
        return total;
    }

    private static long unplacedCost(PlacementRequest request, long unitM, long hardM) {
        return request.mayBeUnplaced() ? Math.multiplyExact(unitM, request.getUnplacedWeight())
                : Math.multiplyExact(hardM, request.getSize());
    }

    private static void take(PlacementRequest request, Home home, int[] free, List<List<PlacementRequest>> residents) {
        if (home != null) {
            free[home.getIndex()] -= request.getSize();
            residents.get(home.getIndex()).add(request);
        }
    }

    private static void release(PlacementRequest request, Home home, int[] free,
            List<List<PlacementRequest>> residents) {
        if (home != null) {
            free[home.getIndex()] += request.getSize();
            residents.get(home.getIndex()).remove(request);
        }
    }

    private static void set(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request, Home home) {
        if (request.getHome() != home) {
            scoreDirector.beforeVariableChanged(request, "home");
            request.setHome(home);
            scoreDirector.afterVariableChanged(request, "home");
        }
    }
}
