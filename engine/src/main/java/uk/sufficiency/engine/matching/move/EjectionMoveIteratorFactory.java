package uk.sufficiency.engine.matching.move;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * Ejection chains: put request A into home H; if H lacks room (or holds someone A may not live
 * with), move the occupants that must go to another home with room, or, failing that, eject one of
 * that home's occupants in turn (depth 2), or leave a waiting occupant unplaced. Change and swap
 * moves cannot place a child whose only homes are full: that needs two changes at once.
 *
 * <p>Half the chains start from a currently unplaced request, as placing children is what the
 * medium score level rewards; the list of unplaced requests is refreshed lazily.
 */
public final class EjectionMoveIteratorFactory implements MoveIteratorFactory<MatchingSolution, ChainMove> {

    private static final int RELOCATE_TRIES = 6;
    private static final int START_TRIES = 8;

    private List<PlacementRequest> movable;
    private List<PlacementRequest> unplaced;
    private int unplacedMisses;

    @Override
    public void phaseStarted(ScoreDirector<MatchingSolution> scoreDirector) {
        movable = new ArrayList<>();
        for (PlacementRequest request : scoreDirector.getWorkingSolution().getRequests()) {
            if (!request.isPinned() && request.getEligibleHomes().size() > 0) {
                movable.add(request);
            }
        }
        refreshUnplaced();
    }

    @Override
    public void phaseEnded(ScoreDirector<MatchingSolution> scoreDirector) {
        movable = null;
        unplaced = null;
    }

    private void refreshUnplaced() {
        unplaced = new ArrayList<>();
        for (PlacementRequest request : movable) {
            if (request.getHome() == null) {
                unplaced.add(request);
            }
        }
        unplacedMisses = 0;
    }

    @Override
    public long getSize(ScoreDirector<MatchingSolution> scoreDirector) {
        long size = 0;
        for (PlacementRequest request : movable) {
            size += request.getEligibleHomes().size();
        }
        return size;
    }

    @Override
    public Iterator<ChainMove> createOriginalMoveIterator(ScoreDirector<MatchingSolution> scoreDirector) {
        throw new UnsupportedOperationException("ejection chains are only selected randomly");
    }

    @Override
    public Iterator<ChainMove> createRandomMoveIterator(ScoreDirector<MatchingSolution> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public ChainMove next() {
                for (int attempt = 0; attempt < START_TRIES; attempt++) {
                    ChainMove move = build(pickStart(random), random);
                    if (move != null) {
                        return move;
                    }
                }
                return new ChainMove(List.of(), List.of()); // not doable; the forager skips it
            }
        };
    }

    private PlacementRequest pickStart(Random random) {
        if (random.nextBoolean()) {
            if (unplacedMisses > 64 || unplaced.isEmpty() && unplacedMisses++ % 16 == 15) {
                refreshUnplaced();
            }
            if (!unplaced.isEmpty()) {
                PlacementRequest candidate = unplaced.get(random.nextInt(unplaced.size()));
                if (candidate.getHome() == null) {
                    return candidate;
                }
                unplacedMisses++;
            }
        }
        return movable.get(random.nextInt(movable.size()));
    }

    private ChainMove build(PlacementRequest start, Random random) {
        HomeRange range = start.getEligibleHomes();
        Home target = range.at(random.nextInt(range.size()));
        if (target == start.getHome()) {
            return null;
        }
        List<PlacementRequest> requests = new ArrayList<>();
        List<Home> targets = new ArrayList<>();
        requests.add(start);
        targets.add(target);
        if (!makeRoom(start, target, requests, targets, 2, random)) {
            return null;
        }
        return new ChainMove(requests, targets);
    }

    /**
     * Chooses occupants of {@code home} to move out so {@code incoming} fits, and where each goes.
     * Appends those changes; returns false if it cannot.
     */
    private boolean makeRoom(PlacementRequest incoming, Home home, List<PlacementRequest> requests,
            List<Home> targets, int depth, Random random) {
        List<PlacementRequest> stay = new ArrayList<>();
        List<PlacementRequest> leave = new ArrayList<>();
        for (PlacementRequest occupant : home.workingOccupants()) {
            if (requests.contains(occupant)) {
                continue; // already moving in this chain
            }
            if (occupant.conflictsWith(incoming)) {
                leave.add(occupant);
            } else {
                stay.add(occupant);
            }
        }
        int load = incoming.getSize();
        for (PlacementRequest occupant : stay) {
            load += occupant.getSize();
        }
        Collections.shuffle(stay, random);
        while (load > home.getPlaces() && !stay.isEmpty()) {
            PlacementRequest out = stay.remove(stay.size() - 1);
            leave.add(out);
            load -= out.getSize();
        }
        if (load > home.getPlaces()) {
            return false;
        }
        for (PlacementRequest out : leave) {
            if (out.isPinned()) {
                return false;
            }
            requests.add(out);
            targets.add(null); // placeholder, decided below
            int slot = targets.size() - 1;
            Home elsewhere = findRoom(out, home, requests, targets, random);
            if (elsewhere != null) {
                targets.set(slot, elsewhere);
            } else if (depth > 1 && out.getEligibleHomes().size() > 1 && (random.nextBoolean() || !out.mayBeUnplaced())) {
                Home next = out.getEligibleHomes().at(random.nextInt(out.getEligibleHomes().size()));
                if (next == home || next == out.getHome() || targets.contains(next)) {
                    return false;
                }
                targets.set(slot, next);
                if (!makeRoom(out, next, requests, targets, depth - 1, random)) {
                    return false;
                }
            } else if (out.mayBeUnplaced()) {
                targets.set(slot, null);
            } else {
                return false;
            }
        }
        return true;
    }

    /** A random home of the request's range with room and no living-with conflict, or null. */
    private static Home findRoom(PlacementRequest request, Home avoid, List<PlacementRequest> requests,
            List<Home> targets, Random random) {
        HomeRange range = request.getEligibleHomes();
        for (int t = 0; t < RELOCATE_TRIES; t++) {
            Home home = range.at(random.nextInt(range.size()));
            if (home == avoid || home == request.getHome() || targets.contains(home)) {
                continue;
            }
            if (home.workingLoad() + request.getSize() <= home.getPlaces() && fitsWith(request, home)) {
                return home;
            }
        }
        return null;
    }

    private static boolean fitsWith(PlacementRequest request, Home home) {
        for (PlacementRequest occupant : home.workingOccupants()) {
            if (occupant.conflictsWith(request)) {
                return false;
            }
        }
        return true;
    }
}
