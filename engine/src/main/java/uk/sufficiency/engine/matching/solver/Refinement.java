package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The construction's refinement: complex requests (sibling groups, living-with rules) move one at
 * a time while the whole assignment improves. Candidates are ranked by the singles flow's place
 * prices and each is checked by solving the singles again (warm, {@link SinglesFlow}); an unplaced
 * request may also evict the complex requests living where it would fit, and a placed one move into
 * a full home whose complex requests move out ({@link PlacedEjections}). The total it judges by is
 * exact: complex requests' own points plus the singles' optimal flow cost.
 */
final class Refinement {

    /** Candidate homes checked exactly per complex request and round, at first. */
    static final int CANDIDATES_CHECKED = 2;
    /**
     * Once a round with {@link #CANDIDATES_CHECKED} improves nothing, a polish's rounds go on with
     * this many: a wider look out of the local optimum the narrow rounds reached, paid only once
     * they have converged (in the construction it found nothing more at 3,000 children).
     */
    static final int WIDER_CANDIDATES_CHECKED = 4;

    /**
     * Flow solves per complex request that compound moves (decision 0095) may use on top of the
     * refinement's budget: rounds of plain moves often spend all of it without converging, and a
     * compound move is tried only once they stop.
     */
    static final int COMPOUND_SOLVES_PER_REQUEST = 1;

    private final List<PlacementRequest> complex;
    private final Home[] placedAt;
    private final Occupied occupied;
    private final SinglesFlow singles;
    private final FlowConstruction.Points points;
    private final long unitM;
    private final long hardM;
    private final BooleanSupplier timeUp;
    private long current;
    private int solves;
    private boolean solvedAsPlaced;
    private boolean cutShort;
    private int candidatesChecked = CANDIDATES_CHECKED;
    private final PlacedEjections compound;

    /**
     * Solves the singles around the complex requests where {@code placedAt} has them (the first
     * solve, from scratch; stopped by {@code timeUp}, leaving waiting children unplaced).
     */
    Refinement(List<PlacementRequest> complex, Home[] placedAt, Occupied occupied, SinglesFlow singles,
            FlowConstruction.Points points, long unitM, long hardM, BooleanSupplier timeUp) {
        this.complex = complex;
        this.placedAt = placedAt;
        this.occupied = occupied;
        this.singles = singles;
        this.points = points;
        this.unitM = unitM;
        this.hardM = hardM;
        this.timeUp = timeUp;
        this.compound = new PlacedEjections(complex, placedAt, occupied, points, unitM, hardM);
        this.current = total();
        this.solves = 1;
        this.solvedAsPlaced = true;
    }

    /** Whether a flow solve was stopped by the time limit (the answer is then not proven optimal). */
    boolean cutShort() {
        return cutShort;
    }

    /** Whether the singles' last solve is for the placement left in {@code placedAt}. */
    boolean solvedAsPlaced() {
        return solvedAsPlaced;
    }

    /**
     * Moves complex requests while the total improves, within {@code maxFlowSolves} and while
     * {@code mayGoOn} holds, checking up to {@code mostCandidates} candidates per request and round
     * once fewer improve nothing. Rounds of plain moves stop when {@code roundsMayGoOn} turns false,
     * leaving the rest of the time to swaps and compound moves.
     */
    void refine(int maxFlowSolves, BooleanSupplier mayGoOn, BooleanSupplier roundsMayGoOn, int mostCandidates) {
        boolean improved = true;
        boolean converged = false;
        while (!cutShort && solves < maxFlowSolves && roundsMayGoOn.getAsBoolean()) {
            if (!improved) {
                if (candidatesChecked < mostCandidates) {
                    candidatesChecked = Math.min(mostCandidates, 2 * candidatesChecked);
                } else if (!swaps(maxFlowSolves, mayGoOn) && !compoundMoves(maxFlowSolves, mayGoOn)) {
                    converged = solves < maxFlowSolves; // else compound moves stopped for the budget
                    break;
                }
            }
            improved = false;
            for (int c = 0; c < complex.size() && !cutShort && solves < maxFlowSolves && roundsMayGoOn.getAsBoolean(); c++) {
                improved |= tryMoves(c, maxFlowSolves);
            }
        }
        if (converged) {
            return;
        }
        // Swaps that need no flow solve are exact and cheap: they go on when the budget of solves is
        // spent; then compound moves, with a budget of their own.
        boolean swapsConverged = false;
        while (!swapsConverged && !cutShort && mayGoOn.getAsBoolean()) {
            swapsConverged = !swaps(maxFlowSolves, mayGoOn);
        }
        int compoundBudget = solves + COMPOUND_SOLVES_PER_REQUEST * complex.size();
        while (!cutShort && mayGoOn.getAsBoolean() && compoundMoves(compoundBudget, mayGoOn)) {
            // each compound move kept prices the next ones afresh
        }
    }

    /**
     * Compound moves (decision 0095): a placed complex request into a home where it does not fit
     * now, the complex requests there moved out to their best priced homes; those priced below zero,
     * cheapest first, each checked exactly. Returns whether one was kept.
     */
    private boolean compoundMoves(int maxFlowSolves, BooleanSupplier mayGoOn) {
        FlowConstruction.Prices prices = singles::placePrice;
        for (PlacedEjections.Candidate candidate : compound.candidates(prices, complex.size(), candidatesChecked, mayGoOn)) {
            if (cutShort || solves >= maxFlowSolves || !mayGoOn.getAsBoolean()) {
                break;
            }
            Home[] before = placedAt.clone();
            compound.apply(candidate, prices);
            if (keptOrUndone(before)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryMoves(int c, int maxFlowSolves) {
        PlacementRequest request = complex.get(c);
        Home from = placedAt[c];
        occupied.release(request, from);
        List<Home> moves = cheaperCandidates(request, from);
        occupied.take(request, from);
        List<Home> ejections = from == null ? ejectionTargets(request) : List.of();
        for (int m = 0; m < moves.size() + ejections.size() && solves < maxFlowSolves && !cutShort; m++) {
            Home[] before = placedAt.clone();
            if (m < moves.size()) {
                occupied.release(request, from);
                occupied.take(request, moves.get(m));
                placedAt[c] = moves.get(m);
            } else {
                eject(c, ejections.get(m - moves.size()));
            }
            if (keptOrUndone(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Swaps the homes of two placed complex requests where that lowers the total: one pass over every
     * pair. Two requests of the same size without living-with rules leave the singles' problem as it
     * was (the same free places, the same residents' rules), so their swap changes the total by their
     * own points alone and needs no flow solve; any other swap is checked by solving the singles again,
     * if priced below where the two are now. Returns whether a swap was kept.
     */
    private boolean swaps(int maxFlowSolves, BooleanSupplier mayGoOn) {
        boolean improved = false;
        for (int a = 0; a < complex.size() && !cutShort && mayGoOn.getAsBoolean(); a++) {
            for (int b = a + 1; b < complex.size() && placedAt[a] != null && !cutShort; b++) {
                Home ha = placedAt[a];
                Home hb = placedAt[b];
                if (hb == null || ha == hb || !mayTake(a, hb) || !mayTake(b, ha)) {
                    continue;
                }
                PlacementRequest ra = complex.get(a);
                PlacementRequest rb = complex.get(b);
                long own = points.of(ra, hb) + points.of(rb, ha) - points.of(ra, ha) - points.of(rb, hb);
                boolean singlesUnchanged = ra.getSize() == rb.getSize() && !ra.hasLivingWithRule()
                        && !rb.hasLivingWithRule();
                long priced = own + (long) (ra.getSize() - rb.getSize())
                        * (singles.placePrice(hb.getIndex()) - singles.placePrice(ha.getIndex()));
                if (singlesUnchanged ? own >= 0 : priced >= 0 || solves >= maxFlowSolves) {
                    continue;
                }
                Home[] before = placedAt.clone();
                swap(a, b);
                if (!fitsWhereItIs(a) || !fitsWhereItIs(b)) {
                    restore(before);
                } else if (singlesUnchanged) {
                    current += own;
                    improved = true;
                } else {
                    improved |= keptOrUndone(before);
                }
            }
        }
        return improved;
    }

    private boolean mayTake(int c, Home home) {
        return complex.get(c).getEligibleHomes().containsIndex(home.getIndex());
    }

    private void swap(int a, int b) {
        Home ha = placedAt[a];
        Home hb = placedAt[b];
        occupied.release(complex.get(a), ha);
        occupied.release(complex.get(b), hb);
        placedAt[a] = hb;
        placedAt[b] = ha;
        occupied.take(complex.get(a), hb);
        occupied.take(complex.get(b), ha);
    }

    /** Within the home's places and with nobody there it may not live with (checked after taking them). */
    private boolean fitsWhereItIs(int c) {
        PlacementRequest request = complex.get(c);
        Home home = placedAt[c];
        if (occupied.free(home) < 0) {
            return false;
        }
        for (PlacementRequest resident : occupied.residents(home)) {
            if (resident != request && resident.conflictsWith(request)) {
                return false;
            }
        }
        return true;
    }

    private long total() {
        long singlesCost = singles.solve(occupied.free, occupied.residents, timeUp);
        cutShort |= singles.interrupted();
        return ownCost() + singlesCost;
    }

    /** After a change to {@code placedAt}: keeps it if the exact total fell, else restores {@code before}. */
    private boolean keptOrUndone(Home[] before) {
        long[] pricesBefore = singles.prices();
        long changed = total();
        solves++;
        solvedAsPlaced = changed < current && !cutShort;
        if (solvedAsPlaced) {
            current = changed;
        } else {
            restore(before);
            // Optimal duals of the state restored: the next candidates are priced right without
            // solving again (the flow itself re-optimises from wherever it is at the next solve).
            singles.restorePrices(pricesBefore);
        }
        return solvedAsPlaced;
    }

    /**
     * For an unplaced complex request: the homes (best priced first, at most
     * {@code candidatesChecked}) that would fit it once the other complex requests living there
     * moved out, and that no permanent child living there rules out.
     */
    private List<Home> ejectionTargets(PlacementRequest request) {
        Shortlist shortlist = new Shortlist(candidatesChecked);
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            List<PlacementRequest> there = occupied.residents(home);
            if (there.isEmpty() || occupied.fits(request, home)) {
                continue; // nobody to move out, or the plain move was already offered
            }
            int room = occupied.free(home);
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
    private void eject(int c, Home target) {
        List<Integer> evicted = new ArrayList<>();
        for (int e = 0; e < complex.size(); e++) {
            if (placedAt[e] == target) {
                occupied.release(complex.get(e), target);
                placedAt[e] = null;
                evicted.add(e);
            }
        }
        occupied.take(complex.get(c), target);
        placedAt[c] = target;
        for (int e : evicted) {
            PlacementRequest moved = complex.get(e);
            placedAt[e] = FlowConstruction.pricedFit(moved, occupied, singles::placePrice,
                    unplacedCost(moved, unitM, hardM), points);
            occupied.take(moved, placedAt[e]);
        }
    }

    /** Puts every complex request back where {@code before} had it. */
    private void restore(Home[] before) {
        for (int e = 0; e < complex.size(); e++) {
            if (placedAt[e] != before[e]) {
                occupied.release(complex.get(e), placedAt[e]);
            }
        }
        for (int e = 0; e < complex.size(); e++) {
            if (placedAt[e] != before[e]) {
                occupied.take(complex.get(e), before[e]);
                placedAt[e] = before[e];
            }
        }
    }

    /**
     * The {@code candidatesChecked} other homes (null = unplaced) with the lowest priced cost. For a
     * request without living-with rules only those priced below where it is now: the place prices
     * are optimal duals of the singles' flow, which stay feasible when places are taken or arcs
     * closed, so own points + places taken x price (less those released) is a lower bound on the
     * change in the total, and a move priced no lower cannot improve it. A request with rules may
     * reopen places to singles, which breaks the bound: its best-priced homes are all checked.
     */
    private List<Home> cheaperCandidates(PlacementRequest request, Home from) {
        FlowConstruction.Prices prices = singles::placePrice;
        long unplaced = unplacedCost(request, unitM, hardM);
        long now = from == null ? unplaced : FlowConstruction.pricedCost(request, from, occupied, prices, points);
        long bar = request.hasLivingWithRule() ? Long.MAX_VALUE : now;
        Shortlist shortlist = new Shortlist(candidatesChecked);
        if (from != null && request.mayBeUnplaced() && unplaced < bar) {
            shortlist.offer(null, unplaced);
        }
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (home == from || !occupied.fits(request, home)) {
                continue;
            }
            long cost = FlowConstruction.pricedCost(request, home, occupied, prices, points);
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

    private long ownCost() {
        long total = 0;
        for (int c = 0; c < complex.size(); c++) {
            PlacementRequest request = complex.get(c);
            total += placedAt[c] == null ? unplacedCost(request, unitM, hardM) : points.of(request, placedAt[c]);
        }
        return total;
    }

    static long unplacedCost(PlacementRequest request, long unitM, long hardM) {
        return request.mayBeUnplaced() ? Math.multiplyExact(unitM, request.getUnplacedWeight())
                : Math.multiplyExact(hardM, request.getSize());
    }
}
