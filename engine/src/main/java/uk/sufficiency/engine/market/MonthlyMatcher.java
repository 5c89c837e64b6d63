package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Places a month's waiting children with the matcher's rules and objective, every child already
 * placed pinned where they live (decision 0070). Only homes with a free place matter and only the
 * waiting children are free, so the month's problem is small; {@link MonthProblem} solves it exactly
 * as the matcher's construction solves single children (min-cost flow), with sibling groups
 * searched around it (decisions 0094 and 0096). When it cannot show its answer is the matcher's
 * optimum within its budgets (many sibling groups, or living-with rules that take many branches)
 * the month goes to the matcher itself ({@link MatchingService}, step-limited so that runs repeat) on the same reduced
 * problem: the free homes, the children living in them pinned, and the waiting children.
 */
final class MonthlyMatcher {

    /** How a month was solved. */
    enum Path { NONE, EXACT_FLOW, MATCHING_SERVICE }

    private final Scenario scenario;
    private final SoftCosts.ChildPricing pricing;
    private final BiPredicate<PlacementRequest, Home> pairRule;
    private final SoftCosts costs;
    private final MatchingOptions serviceOptions;

    MonthlyMatcher(Scenario scenario, MatchingOptions serviceOptions) {
        this(scenario, null, null, serviceOptions);
    }

    /**
     * A matcher with prices and a rule beyond the scenario's own (a region's: RegionMarketSimulation),
     * as {@link MatchingProblemFactory} takes them.
     *
     * @param pricing  each child's price, or null for the scenario's
     * @param pairRule a further rule a home must pass to take a request, or null
     */
    MonthlyMatcher(Scenario scenario, SoftCosts.ChildPricing pricing, BiPredicate<PlacementRequest, Home> pairRule,
            MatchingOptions serviceOptions) {
        this.scenario = scenario;
        this.pricing = pricing;
        this.pairRule = pairRule;
        this.costs = new SoftCosts(scenario.weights(), scenario.fees(), pricing);
        this.serviceOptions = serviceOptions;
    }

    /** Places waiting children in free places (setting {@code child.home}); returns how it was solved. */
    Path match(List<SimHome> homes, List<SimChild> waiting, LocalDate monthEnd) {
        List<SimHome> free = new ArrayList<>();
        for (SimHome home : homes) {
            if (home.freePlaces() > 0) {
                free.add(home);
            }
        }
        if (waiting.isEmpty() || free.isEmpty()) {
            return Path.NONE;
        }
        Map<SimChild, SimHome> exact = new MonthProblem(free, waiting, monthEnd, costs, pairRule).solve();
        if (exact == null) {
            service(free, waiting, monthEnd);
            return Path.MATCHING_SERVICE;
        }
        exact.forEach(MonthlyMatcher::place);
        return Path.EXACT_FLOW;
    }

    /** The matcher itself on the month's reduced problem: the free homes, their children pinned, the waiting. */
    private void service(List<SimHome> free, List<SimChild> waiting, LocalDate monthEnd) {
        Map<String, SimHome> homeById = new HashMap<>();
        free.forEach(home -> homeById.put(home.id(), home));
        Map<String, SimChild> childById = new HashMap<>();
        waiting.forEach(child -> childById.put(child.id(), child));
        MatchingResult result = new MatchingService(serviceOptions).solve(new MatchingProblemFactory(
                serviceOptions.maxCandidates(), pricing, pairRule).build(monthScenario(scenario, free, waiting, monthEnd)));
        if (result.score().hardScore() < 0) {
            throw new IllegalStateException("the matcher broke a rule in a simulated month: " + result.score());
        }
        for (PlacementRequest request : result.solution().getRequests()) {
            if (request.isPinned() || request.getHome() == null) {
                continue;
            }
            for (Child child : request.getChildren()) {
                place(childById.get(child.childId()), homeById.get(request.getHome().getId()));
            }
        }
    }

    /**
     * The month as a scenario the matcher reads: the homes with a free place, the children living in
     * them as permanent (pinned), and the waiting children; the base scenario's fees and weights.
     */
    static Scenario monthScenario(Scenario base, List<SimHome> free, List<SimChild> waiting, LocalDate monthEnd) {
        List<Placement> placements = new ArrayList<>(free.size());
        List<Child> children = new ArrayList<>();
        for (SimHome home : free) {
            placements.add(home.placement);
            home.occupants.forEach(c -> children.add(c.asMatched()));
        }
        waiting.forEach(child -> children.add(child.asMatched()));
        return new Scenario(base.name(), base.description(), monthEnd, base.directory(), base.chain(), children,
                placements, base.fees(), base.weights(), List.of(), Map.of(), base.config(), List.of());
    }

    private static void place(SimChild child, SimHome home) {
        child.home = home;
        home.occupants.add(child);
    }
}
