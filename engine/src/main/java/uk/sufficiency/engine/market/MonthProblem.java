package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import uk.sufficiency.engine.matching.domain.EligibilityIndex;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.LivingWith;

/**
 * One month's matching problem, solved exactly where min-cost flow can: the homes with a free place
 * and the waiting children, as the matcher's requests (siblings waiting together form one request).
 * Each request's options are the free homes every static rule admits ({@link EligibilityIndex}) with
 * room for all of it and no living-with conflict with the children living there; each option costs
 * the matcher's soft points ({@link SoftCosts#totalPoints}); staying unplaced costs more than any
 * total of points times the request's urgency weight, so placing children comes first, as the
 * matcher's medium level does. Sibling groups are enumerated (each in one of its homes, or
 * unplaced) and the single children placed by exact flow around each choice; the cheapest total is
 * the matcher's optimum, provided no two waiting requests it puts together break a living-with rule.
 */
final class MonthProblem {

    /** Most combinations of sibling-group choices searched before the month goes to the matcher. */
    static final int MAX_GROUP_COMBINATIONS = 1024;
    /** Most flows solved to settle living-with rules before the month goes to the matcher. */
    static final int MAX_FLOW_SOLVES = 4096;
    /** Most warm flows settling living-with rules (the group search's) before the month goes to the matcher. */
    static final int MAX_WARM_SOLVES = 20_000;

    /**
     * One request: its children, its options (home indices) and their points less the lowest, so that
     * every cost is at least 0 (the flow needs it); staying unplaced is shifted by the same amount.
     */
    record Unit(List<SimChild> children, PlacementRequest request, int[] homes, long[] costs, long lowest,
            long range) {
        int size() {
            return children.size();
        }
    }

    private final List<SimHome> free;
    private final SoftCosts costs;
    private final LocalDate monthEnd;
    private final List<Home> homes = new ArrayList<>();
    final int[] capacity;
    private final Map<SimChild, PlacementRequest> residents = new HashMap<>();
    final List<Unit> singles = new ArrayList<>();
    final List<Unit> groups = new ArrayList<>();
    /** A further rule a free home must pass to take a request (a region's pooling rule), or null. */
    private final BiPredicate<PlacementRequest, Home> pairRule;
    private long bigM = 1;

    MonthProblem(List<SimHome> free, List<SimChild> waiting, LocalDate monthEnd, SoftCosts costs) {
        this(free, waiting, monthEnd, costs, null);
    }

    MonthProblem(List<SimHome> free, List<SimChild> waiting, LocalDate monthEnd, SoftCosts costs,
            BiPredicate<PlacementRequest, Home> pairRule) {
        this.free = free;
        this.pairRule = pairRule;
        this.costs = costs;
        this.monthEnd = monthEnd;
        this.capacity = new int[free.size()];
        for (int h = 0; h < free.size(); h++) {
            homes.add(new Home(h, free.get(h).placement));
            capacity[h] = free.get(h).freePlaces();
        }
        EligibilityIndex index = new EligibilityIndex(homes);
        Map<String, List<SimChild>> requests = new LinkedHashMap<>();
        for (SimChild child : waiting) {
            String group = child.profile.siblingGroup();
            requests.computeIfAbsent(group == null ? "child:" + child.id() : "group:" + group, k -> new ArrayList<>())
                    .add(child);
        }
        for (List<SimChild> children : requests.values()) {
            Unit unit = unit(children, index);
            if (unit.homes().length == 0) {
                continue; // no free home admits it: unplaced in every answer, it changes nothing
            }
            (unit.size() > 1 ? groups : singles).add(unit);
            bigM = Math.addExact(bigM, unit.range());
        }
    }

    private Unit unit(List<SimChild> children, EligibilityIndex index) {
        List<Child> matched = children.stream().map(SimChild::asMatched).toList();
        String id = matched.size() == 1 ? matched.get(0).childId() : "group:" + matched.get(0).siblingGroup();
        PlacementRequest request = new PlacementRequest(id, matched, null, false, monthEnd, costs);
        int[] eligible = index.eligible(request, null);
        int[] options = new int[eligible.length];
        long[] points = new long[eligible.length];
        int n = 0;
        long min = 0;
        long max = 0;
        for (int h : eligible) {
            if (capacity[h] < request.getSize() || conflictsWithResidents(request, free.get(h))
                    || (pairRule != null && !pairRule.test(request, homes.get(h)))) {
                continue;
            }
            options[n] = h;
            points[n] = costs.totalPoints(request, homes.get(h));
            min = n == 0 ? points[n] : Math.min(min, points[n]);
            max = n == 0 ? points[n] : Math.max(max, points[n]);
            n++;
        }
        long[] shifted = new long[n];
        for (int i = 0; i < n; i++) {
            shifted[i] = points[i] - min;
        }
        return new Unit(children, request, Arrays.copyOf(options, n), shifted, min, Math.abs(max) + Math.abs(min));
    }

    /** Whether a living-with rule of the request or of a child living in the home forbids sharing it. */
    private boolean conflictsWithResidents(PlacementRequest request, SimHome home) {
        for (SimChild resident : home.occupants) {
            if (!request.hasLivingWithRule() && resident.profile.livingWith() == LivingWith.ANY) {
                continue;
            }
            PlacementRequest other = residents.computeIfAbsent(resident, r -> new PlacementRequest(r.id(),
                    List.of(r.asMatched()), null, true, monthEnd, costs));
            if (request.conflictsWith(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Above any total of points times the urgency weight: placing children comes first, as the
     * matcher's medium level does. Less the request's lowest points, as its options are, so that every
     * answer's cost differs from the matcher's penalty by the same constant (the sum of the lowest).
     */
    long unplacedCost(Unit unit) {
        return Math.multiplyExact(bigM, unit.request().getUnplacedWeight()) - unit.lowest();
    }

    /**
     * The optimum as (child, home) pairs, or null when it cannot be shown exactly within the budgets.
     *
     * <p>Up to {@link #MAX_GROUP_COMBINATIONS} sibling-group choices the answer is the one enumerating
     * every choice of homes for the groups would give (decision 0094): the first choice, in
     * enumeration order, with the lowest total, and its flow as a fresh solve gives it. The search
     * ({@link MonthGroupSearch}) visits the choices in that order but skips every choice the flow
     * without the groups still to choose already shows cannot be strictly cheaper. Beyond that, or
     * when that search runs out of its {@link #MAX_FLOW_SOLVES} fresh or {@link #MAX_WARM_SOLVES} warm
     * flows, the branch and bound with the groups split in the flow ({@link MonthBranchAndBound},
     * decision 0096) gives an optimum (ties resolved its own way), or null past its own budget.
     */
    Map<SimChild, SimHome> solve() {
        long combinations = 1;
        for (Unit group : groups) {
            int options = group.homes().length + 1;
            combinations = combinations > Long.MAX_VALUE / options ? Long.MAX_VALUE : combinations * options;
        }
        if (combinations > MAX_GROUP_COMBINATIONS) {
            return new MonthBranchAndBound(this).solve();
        }
        Search search = new Search();
        new MonthGroupSearch(this, search).descend(groups.size() - 1, 0);
        if (search.exhausted) {
            return new MonthBranchAndBound(this).solve();
        }
        if (!search.exhausted && search.bestGroups != null && search.bestSingles == null) {
            // the winning choice was priced by the warm flow: solve it afresh as enumeration did, where
            // nothing costing more than the winner's total can change which answer comes first
            search.best = search.best + 1;
            groupChoice(search.bestGroups, search);
        }
        if (search.exhausted) {
            return new MonthBranchAndBound(this).solve();
        }
        return search.bestSingles == null ? null : assignment(search.bestGroups, search.bestSingles);
    }

    /**
     * Every choice of homes for the sibling groups in turn, each settled afresh: the answer {@link #solve}
     * must give (the method before decision 0094, kept as the reference MonthProblemTest holds it to);
     * null beyond {@link #MAX_GROUP_COMBINATIONS} choices or {@link #MAX_FLOW_SOLVES} flows.
     */
    Map<SimChild, SimHome> solveByEnumeration() {
        long combinations = 1;
        for (Unit group : groups) {
            combinations *= group.homes().length + 1;
            if (combinations > MAX_GROUP_COMBINATIONS) {
                return null;
            }
        }
        Search search = new Search();
        int[] choice = new int[groups.size()];
        for (long c = 0; c < combinations && !search.exhausted; c++) {
            long rest = c;
            for (int g = 0; g < groups.size(); g++) {
                int options = groups.get(g).homes().length + 1;
                choice[g] = (int) (rest % options) - 1; // -1: the group stays unplaced
                rest /= options;
            }
            groupChoice(choice, search);
        }
        return search.exhausted || search.bestSingles == null ? null : assignment(search.bestGroups, search.bestSingles);
    }

    /** The best of one choice of homes for the sibling groups, if they fit and keep every living-with rule. */
    void groupChoice(int[] choice, Search search) {
        int[] left = capacity.clone();
        long total = 0;
        Set<Long> forbidden = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            Unit group = groups.get(g);
            if (choice[g] < 0) {
                total += unplacedCost(group);
                continue;
            }
            int h = group.homes()[choice[g]];
            left[h] -= group.size();
            total += group.costs()[choice[g]];
            for (int other = 0; other < g; other++) {
                if (choice[other] >= 0 && groups.get(other).homes()[choice[other]] == h
                        && group.request().conflictsWith(groups.get(other).request())) {
                    return;
                }
            }
            for (int u = 0; u < singles.size(); u++) {
                if (singles.get(u).request().conflictsWith(group.request())) {
                    forbidden.add(arc(u, h));
                }
            }
        }
        for (int h : left) {
            if (h < 0) {
                return;
            }
        }
        search.choice = choice;
        branch(left, total, forbidden, search);
    }

    static long arc(int unit, int home) {
        return ((long) unit << 32) | home;
    }

    /**
     * Branch and bound on living-with rules between single children: the flow without the rules is a
     * lower bound. When the flow puts child a in home h with a child a's rule forbids there, every
     * answer keeping the rules either keeps a out of h, or lets into h no child a's rule forbids:
     * one branch each.
     */
    void branch(int[] left, long groupCost, Set<Long> forbidden, Search search) {
        if (++search.solves > MAX_FLOW_SOLVES) {
            search.exhausted = true;
            return;
        }
        MinCostAssignment flow = singlesFlow(left, forbidden);
        int[] assigned = flow.solve();
        long total = groupCost + flow.totalCost();
        if (total >= search.best) {
            return;
        }
        long conflict = firstConflict(assigned);
        if (conflict < 0) {
            search.best = total;
            search.bestGroups = search.choice.clone();
            search.bestSingles = assigned;
            return;
        }
        int a = (int) (conflict >>> 32);
        int h = (int) (conflict & 0xFFFFFFFFL);
        Set<Long> outOfHome = new HashSet<>(forbidden);
        outOfHome.add(arc(a, h));
        branch(left, groupCost, outOfHome, search);
        if (search.exhausted) {
            return;
        }
        Set<Long> keptApart = new HashSet<>(forbidden);
        PlacementRequest restricted = singles.get(a).request();
        for (int x = 0; x < singles.size(); x++) {
            if (x != a && restricted.conflictsWith(singles.get(x).request())) {
                keptApart.add(arc(x, h));
            }
        }
        branch(left, groupCost, keptApart, search);
    }

    /**
     * A single child placed with another against a living-with rule, and the home, packed as
     * {@code child << 32 | home}; -1 when none. The child is the one whose rule is broken (if both,
     * the first).
     */
    long firstConflict(int[] assigned) {
        for (int a = 0; a < assigned.length; a++) {
            if (assigned[a] == MinCostAssignment.UNPLACED) {
                continue;
            }
            for (int b = a + 1; b < assigned.length; b++) {
                if (assigned[b] == assigned[a] && singles.get(a).request().conflictsWith(singles.get(b).request())) {
                    int restricted = singles.get(a).request().hasLivingWithRule() ? a : b;
                    return ((long) restricted << 32) | assigned[a];
                }
            }
        }
        return -1;
    }

    private MinCostAssignment singlesFlow(int[] left, Set<Long> forbidden) {
        int[][] arcHome = new int[singles.size()][];
        long[][] arcCost = new long[singles.size()][];
        long[] unplaced = new long[singles.size()];
        for (int u = 0; u < singles.size(); u++) {
            Unit unit = singles.get(u);
            int[] homesOf = new int[unit.homes().length];
            long[] costsOf = new long[unit.homes().length];
            int n = 0;
            for (int i = 0; i < unit.homes().length; i++) {
                if (forbidden.isEmpty() || !forbidden.contains(arc(u, unit.homes()[i]))) {
                    homesOf[n] = unit.homes()[i];
                    costsOf[n++] = unit.costs()[i];
                }
            }
            arcHome[u] = Arrays.copyOf(homesOf, n);
            arcCost[u] = Arrays.copyOf(costsOf, n);
            unplaced[u] = unplacedCost(unit);
        }
        return new MinCostAssignment(left, arcHome, arcCost, unplaced);
    }

    /** The search's state: the best answer so far and the flows spent. */
    static final class Search {
        long best = Long.MAX_VALUE;
        int[] choice;
        int[] bestGroups;
        int[] bestSingles;
        int solves;
        int warmSolves;
        boolean exhausted;
    }

    /** The chosen homes as (child, home). */
    Map<SimChild, SimHome> assignment(int[] groupChoice, int[] singleHomes) {
        Map<SimChild, SimHome> placed = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (groupChoice[g] >= 0) {
                put(groups.get(g), groups.get(g).homes()[groupChoice[g]], placed);
            }
        }
        for (int u = 0; u < singles.size(); u++) {
            if (singleHomes[u] != MinCostAssignment.UNPLACED) {
                put(singles.get(u), singleHomes[u], placed);
            }
        }
        return placed;
    }

    private void put(Unit unit, int h, Map<SimChild, SimHome> placed) {
        unit.children().forEach(child -> placed.put(child, free.get(h)));
    }
}
