package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * Compound moves of placed complex requests for the refinement (decision 0095): a placed sibling
 * group or living-with child takes a home where it does not fit now, and the complex requests
 * living there move out, each to its best priced home left (the one it vacates included), or
 * unplaced. A plain move cannot make such a change (the home is full) and neither can a swap (the
 * evicted request goes somewhere else than the mover's old home).
 *
 * <p>Each candidate is priced with the singles flow's place prices, which are optimal duals: own
 * points changed, plus for every place taken or released its price. For requests without
 * living-with rules that is a lower bound on the change of the exact total (the flow's cost is
 * convex in the places it is offered), so a candidate priced at zero or more cannot improve and is
 * never checked; a request with a rule may open or close arcs for single children, so there the
 * price only ranks. The candidates priced below zero are offered cheapest first and each is
 * checked exactly by the caller (solving the singles' flow again). Deterministic: ties keep the
 * order of requests and homes.
 */
final class PlacedEjections {

    /** One compound move: {@code mover} to {@code target}, the evicted to {@code destinations}. */
    record Candidate(int mover, Home target, long priced) {
    }

    private final List<PlacementRequest> complex;
    private final Home[] placedAt;
    private final Occupied occupied;
    private final FlowConstruction.Points points;
    private final long unitM;
    private final long hardM;
    private final Map<PlacementRequest, Integer> indexOf = new IdentityHashMap<>();

    PlacedEjections(List<PlacementRequest> complex, Home[] placedAt, Occupied occupied, FlowConstruction.Points points,
            long unitM, long hardM) {
        this.complex = complex;
        this.placedAt = placedAt;
        this.occupied = occupied;
        this.points = points;
        this.unitM = unitM;
        this.hardM = hardM;
        for (int c = 0; c < complex.size(); c++) {
            indexOf.put(complex.get(c), c);
        }
    }

    /**
     * Every compound move priced below zero at these prices, cheapest first: at most
     * {@code perMover} per placed complex request and {@code most} in all. Stops between requests
     * once {@code mayGoOn} turns false.
     */
    List<Candidate> candidates(FlowConstruction.Prices prices, int most, int perMover, BooleanSupplier mayGoOn) {
        long[] floor = new long[complex.size()];
        for (int e = 0; e < complex.size(); e++) {
            floor[e] = cheapestAnywhere(e, prices);
        }
        List<Candidate> all = new ArrayList<>();
        for (int c = 0; c < complex.size() && mayGoOn.getAsBoolean(); c++) {
            if (placedAt[c] != null) {
                all.addAll(candidatesOf(c, prices, perMover, floor));
            }
        }
        all.sort(Comparator.comparingLong(Candidate::priced));
        return all.size() > most ? all.subList(0, most) : all;
    }

    private List<Candidate> candidatesOf(int c, FlowConstruction.Prices prices, int perMover, long[] floor) {
        PlacementRequest request = complex.get(c);
        Home from = placedAt[c];
        long now = pricedWhere(c, prices);
        List<Candidate> found = new ArrayList<>();
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (home == from || occupied.residents(home).isEmpty() || occupied.fits(request, home)
                    || !roomOnceMovedOut(request, home)
                    || quickBound(request, home, now, prices, floor) >= 0) {
                continue; // the plain move is the refinement's own; no eviction makes room; or priced too high
            }
            long priced = priced(c, home, prices);
            if (priced < 0) {
                found.add(new Candidate(c, home, priced));
            }
        }
        found.sort(Comparator.comparingLong(Candidate::priced));
        return found.size() > perMover ? found.subList(0, perMover) : found;
    }

    /**
     * A cheap floor under {@link #priced}: the mover's side as priced, and each request moved out at
     * the cheapest priced cost it has anywhere (fit or not), so most targets are ruled out without
     * placing anyone.
     */
    private long quickBound(PlacementRequest request, Home home, long now, FlowConstruction.Prices prices,
            long[] floor) {
        long bound = points.of(request, home) + (long) request.getSize() * prices.of(home.getIndex()) - now;
        for (int e : movableResidents(home)) {
            bound += floor[e] - points.of(complex.get(e), home) - (long) complex.get(e).getSize() * prices.of(home.getIndex());
        }
        return bound;
    }

    /** The lowest priced cost of complex request {@code e} in any home it is eligible for, or unplaced. */
    private long cheapestAnywhere(int e, FlowConstruction.Prices prices) {
        PlacementRequest request = complex.get(e);
        long cheapest = request.mayBeUnplaced() ? Refinement.unplacedCost(request, unitM, hardM) : Long.MAX_VALUE;
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            cheapest = Math.min(cheapest, points.of(request, home) + (long) request.getSize() * prices.of(home.getIndex()));
        }
        return cheapest;
    }

    /** Room for the request once the movable complex requests there left, and no pinned child it may not live with. */
    private boolean roomOnceMovedOut(PlacementRequest request, Home home) {
        int room = occupied.free(home);
        for (PlacementRequest resident : occupied.residents(home)) {
            if (resident.isPinned()) {
                if (resident.conflictsWith(request)) {
                    return false;
                }
            } else {
                room += resident.getSize();
            }
        }
        return room >= request.getSize();
    }

    /**
     * The priced change of the compound move, made and undone on {@link #occupied} and
     * {@link #placedAt}: each side's own points and places at the prices.
     */
    private long priced(int c, Home target, FlowConstruction.Prices prices) {
        Home from = placedAt[c];
        long change = -pricedWhere(c, prices);
        List<Integer> evicted = moveIn(c, target);
        change += pricedWhere(c, prices);
        for (int e : evicted) {
            change -= points.of(complex.get(e), target) + (long) complex.get(e).getSize() * prices.of(target.getIndex());
            placeEvicted(e, prices);
            change += pricedWhere(e, prices);
        }
        // Undone: everyone out of where the move put them, then back.
        for (int e : evicted) {
            occupied.release(complex.get(e), placedAt[e]);
        }
        occupied.release(complex.get(c), target);
        occupied.take(complex.get(c), from);
        placedAt[c] = from;
        for (int e : evicted) {
            occupied.take(complex.get(e), target);
            placedAt[e] = target;
        }
        return change;
    }

    /** Own points plus the places taken at their price where request {@code c} is (or its unplaced cost). */
    private long pricedWhere(int c, FlowConstruction.Prices prices) {
        PlacementRequest request = complex.get(c);
        Home home = placedAt[c];
        if (home == null) {
            return Refinement.unplacedCost(request, unitM, hardM);
        }
        int taken = request.isSolo() ? request.getSize() + Math.max(0, occupied.free(home)) : request.getSize();
        return points.of(request, home) + taken * prices.of(home.getIndex());
    }

    /**
     * Makes the compound move on {@link #placedAt} and {@link #occupied}: request {@code c} to
     * {@code target}, the complex requests there each to its best priced home left, or unplaced.
     */
    void apply(Candidate candidate, FlowConstruction.Prices prices) {
        for (int e : moveIn(candidate.mover(), candidate.target())) {
            placeEvicted(e, prices);
        }
    }

    /** Moves request {@code c} into {@code target}, the movable complex requests there out (unplaced for now). */
    private List<Integer> moveIn(int c, Home target) {
        List<Integer> evicted = movableResidents(target);
        for (int e : evicted) {
            occupied.release(complex.get(e), target);
            placedAt[e] = null;
        }
        occupied.release(complex.get(c), placedAt[c]);
        occupied.take(complex.get(c), target);
        placedAt[c] = target;
        return evicted;
    }

    /** The complex requests living in {@code home} (pinned children are not among them), in list order. */
    private List<Integer> movableResidents(Home home) {
        List<Integer> there = new ArrayList<>(2);
        for (PlacementRequest resident : occupied.residents(home)) {
            Integer e = indexOf.get(resident);
            if (e != null) {
                there.add(e);
            }
        }
        there.sort(null);
        return there;
    }

    private void placeEvicted(int e, FlowConstruction.Prices prices) {
        PlacementRequest moved = complex.get(e);
        placedAt[e] = FlowConstruction.pricedFit(moved, occupied, prices, Refinement.unplacedCost(moved, unitM, hardM),
                points);
        occupied.take(moved, placedAt[e]);
    }
}
