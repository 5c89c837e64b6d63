package uk.sufficiency.engine.matching.greedy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;

/**
 * The baseline: roughly what is done by hand. Children are taken most urgent first (then by id,
 * i.e. in referral order), each goes to the first placement with room, trying placements in the
 * statutory preference order (connected, in-house, IFA, residential) and, within a rank, nearest
 * first. Nobody is moved to make room. Placed and permanent children stay where they are.
 */
public final class GreedyMatcher {

    private GreedyMatcher() {
    }

    /** Sets every request's home on the given (fresh) problem and returns it. */
    public static MatchingSolution solve(MatchingSolution problem) {
        int[] load = new int[problem.getHomes().size()];
        List<List<PlacementRequest>> residents = new ArrayList<>();
        for (int h = 0; h < load.length; h++) {
            residents.add(new ArrayList<>(2));
        }
        List<PlacementRequest> waiting = new ArrayList<>();
        for (PlacementRequest request : problem.getRequests()) {
            Home current = request.isPinned() || request.isPlacedNow() ? request.getCurrentHome() : null;
            request.setHome(current);
            if (current != null) {
                load[current.getIndex()] += request.getSize();
                residents.get(current.getIndex()).add(request);
            } else {
                waiting.add(request);
            }
        }
        waiting.sort(Comparator.comparingInt((PlacementRequest r) -> -r.getUnplacedWeight() / r.getSize())
                .thenComparing(PlacementRequest::getId));
        for (PlacementRequest request : waiting) {
            HomeRange range = request.getEligibleHomes();
            // Keys computed once per home, not once per comparison.
            int[] rank = new int[range.size()];
            double[] km = new double[range.size()];
            Integer[] order = new Integer[range.size()];
            for (int i = 0; i < range.size(); i++) {
                rank[i] = range.at(i).getPlacement().type().preferenceRank();
                km[i] = SoftCosts.childDistanceKm(request.getChildren().get(0), range.at(i));
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer i) -> rank[i]).thenComparingDouble(i -> km[i])
                    .thenComparingInt(i -> i)); // positions ascend with home index
            for (Integer position : order) {
                Home home = range.at(position);
                if (load[home.getIndex()] + request.getSize() <= home.getPlaces()
                        && residents.get(home.getIndex()).stream().noneMatch(r -> r.conflictsWith(request))) {
                    request.setHome(home);
                    load[home.getIndex()] += request.getSize();
                    residents.get(home.getIndex()).add(request);
                    break;
                }
            }
        }
        return problem;
    }
}
