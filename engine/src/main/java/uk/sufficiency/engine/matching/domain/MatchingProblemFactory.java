package uk.sufficiency.engine.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Turns a scenario into the solver's problem: one {@link Home} per placement (file order) and one
 * {@link PlacementRequest} per child or sibling group, sorted by id so that runs are reproducible.
 *
 * <ul>
 *   <li>waiting children: free to place or leave unplaced;</li>
 *   <li>placed children: start where they live, may be moved at a cost, never left unplaced;</li>
 *   <li>permanent children: pinned where they live (their places count as taken);</li>
 *   <li>waiting and placed siblings sharing a {@code sibling_group} form one request.</li>
 * </ul>
 * A child whose current placement is not in the scenario is treated as waiting.
 */
public final class MatchingProblemFactory {

    private final int maxCandidates;
    private final SoftCosts.ChildPricing pricing;
    private final BiPredicate<PlacementRequest, Home> pairRule;

    /** @param maxCandidates keep at most this many eligible homes per request (cheapest first); 0 = all */
    public MatchingProblemFactory(int maxCandidates) {
        this(maxCandidates, null, null);
    }

    /**
     * A problem with a rule and prices beyond the scenario's own (a region's pooling rules).
     *
     * @param pricing  each child's price, or null for the scenario's (see {@link SoftCosts.ChildPricing})
     * @param pairRule a further static rule a home must pass to take a request (where the children
     *                 live now always stays in range), or null for none
     */
    public MatchingProblemFactory(int maxCandidates, SoftCosts.ChildPricing pricing,
            BiPredicate<PlacementRequest, Home> pairRule) {
        this.maxCandidates = maxCandidates;
        this.pricing = pricing;
        this.pairRule = pairRule;
    }

    public MatchingSolution build(Scenario scenario) {
        List<Home> homes = new ArrayList<>(scenario.placements().size());
        Map<String, Home> homeById = new HashMap<>();
        for (Placement placement : scenario.placements()) {
            Home home = new Home(homes.size(), placement);
            homes.add(home);
            homeById.put(placement.placementId(), home);
        }
        SoftCosts costs = new SoftCosts(scenario.weights(), scenario.fees(), pricing);
        Home[] homeArray = homes.toArray(new Home[0]);
        EligibilityIndex eligibility = new EligibilityIndex(homes);
        PointsTable points = maxCandidates > 0 ? new PointsTable(costs, homes) : null;

        // Group children into requests; TreeMap keeps id order.
        Map<String, List<Child>> groups = new TreeMap<>();
        List<PlacementRequest> requests = new ArrayList<>();
        for (Child child : scenario.children()) {
            Home current = child.currentPlacementId() == null ? null : homeById.get(child.currentPlacementId());
            if (child.status() == ChildStatus.PERMANENT) {
                if (current != null) {
                    PlacementRequest pinned = new PlacementRequest(child.childId(), List.of(child), current, true,
                            scenario.asOfDate(), costs);
                    pinned.setEligibleHomes(new HomeRange(List.of(current)));
                    pinned.setHome(current);
                    requests.add(pinned);
                }
                continue;
            }
            Child asMatched = child;
            if (child.status() == ChildStatus.PLACED && current == null) {
                asMatched = asWaiting(child);
            }
            String key = asMatched.siblingGroup() != null ? "sibling_group:" + asMatched.siblingGroup()
                    : asMatched.childId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(asMatched);
        }
        for (Map.Entry<String, List<Child>> entry : groups.entrySet()) {
            List<Child> children = new ArrayList<>(entry.getValue());
            children.sort(Comparator.comparing(Child::childId));
            String id = children.size() == 1 ? children.get(0).childId() : entry.getKey();
            Home current = commonCurrentHome(children, homeById);
            PlacementRequest request = new PlacementRequest(id, children, current, false, scenario.asOfDate(), costs);
            request.setEligibleHomes(new HomeRange(homeArray,
                    cheapest(request, current, admitted(request, current, eligibility.eligible(request, current), homeArray),
                            points)));
            request.setHome(current);
            requests.add(request);
        }
        requests.sort(Comparator.comparing(PlacementRequest::getId));
        return new MatchingSolution(homes, requests);
    }

    private static Child asWaiting(Child child) {
        return child.withPlacement(null, ChildStatus.WAITING);
    }

    private static Home commonCurrentHome(List<Child> children, Map<String, Home> homeById) {
        Home common = null;
        for (Child child : children) {
            Home current = child.currentPlacementId() == null ? null : homeById.get(child.currentPlacementId());
            if (current == null || (common != null && common != current)) {
                return null;
            }
            common = current;
        }
        return common;
    }

    /**
     * Indices of the homes passing every static rule, plus where the children live now, ascending;
     * when {@code maxCandidates} is set, only that many of the cheapest (ties by index) are kept,
     * plus where they live now.
     */
    int[] eligibleHomes(PlacementRequest request, Home current, EligibilityIndex eligibility, PointsTable points) {
        return cheapest(request, current, eligibility.eligible(request, current), points);
    }

    /** The homes of {@code eligible} that also pass the pair rule, and where the children live now. */
    private int[] admitted(PlacementRequest request, Home current, int[] eligible, Home[] homes) {
        if (pairRule == null) {
            return eligible;
        }
        int[] kept = new int[eligible.length];
        int count = 0;
        for (int h : eligible) {
            if ((current != null && h == current.getIndex()) || pairRule.test(request, homes[h])) {
                kept[count++] = h;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private int[] cheapest(PlacementRequest request, Home current, int[] eligible, PointsTable points) {
        if (maxCandidates > 0 && eligible.length > maxCandidates) {
            // The maxCandidates smallest (points, index): all below the threshold, then ties by index.
            PointsTable.Pricer pricer = points.of(request);
            long[] keys = new long[eligible.length];
            for (int i = 0; i < eligible.length; i++) {
                keys[i] = pricer.points(eligible[i]);
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            long threshold = sorted[maxCandidates - 1];
            int below = 0;
            for (long key : keys) {
                below += key < threshold ? 1 : 0;
            }
            int tiesKept = maxCandidates - below;
            int[] kept = new int[maxCandidates + 1];
            int count = 0;
            boolean currentKept = current == null;
            for (int i = 0; i < eligible.length; i++) {
                if (keys[i] < threshold || (keys[i] == threshold && tiesKept-- > 0)) {
                    kept[count++] = eligible[i];
                    currentKept |= current != null && eligible[i] == current.getIndex();
                }
            }
            if (!currentKept) {
                kept[count++] = current.getIndex();
            }
            eligible = Arrays.copyOf(kept, count);
            Arrays.sort(eligible);
        }
        return eligible;
    }
}
