package uk.sufficiency.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.EligibilityRule;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.engine.matching.explain.UnplacedDiagnosis;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.table.Table;

/** An unplaced child's explanation in a region names the pooling rule wherever it is what rules a placement out. */
class PooledExplanationTest {

    private static final MatchingOptions OPTIONS = MatchingOptions.steps(20150331L, 200);

    @Test
    void anotherCouncilsPlacementIsRuledOutByThePoolingRuleNotCalledFull() {
        // nothing shared: every other council's placement is out by the pooling rule alone
        Region region = SmallRegion.of(3, 80, new PoolingRules(Set.of(), null, 0, 0), 3);
        MatchingSolution solution = new MatchingService(OPTIONS).solve(RegionMatching.pooledProblem(region, 0)).solution();
        PoolingRule rule = RegionMatching.rule(region);
        UnplacedDiagnosis diagnosis = new UnplacedDiagnosis(solution, new Occupancy(solution), rule);
        int otherCouncils = 0;
        int pooledOut = 0;
        for (PlacementRequest request : solution.getRequests()) {
            if (request.getHome() != null || request.isPinned()) {
                continue;
            }
            String council = RegionMember.memberOf(request.getChildren().get(0).childId());
            for (Home home : solution.getHomes()) {
                boolean ownCouncil = RegionMember.memberOf(home.getId()).equals(council);
                List<String> why = diagnosis.whyNot(request, home);
                boolean named = why.stream().anyMatch(w -> w.contains("the region does not share"));
                assertEquals(!ownCouncil && home != request.getCurrentHome(), named, home.getId() + ": " + why);
                otherCouncils += ownCouncil ? 0 : 1;
            }
            UnplacedDiagnosis.Diagnosis d = diagnosis.diagnose(request, 5);
            if (staticallyEligibleOwn(solution, request, council) == 0 && staticallyEligibleAnywhere(solution, request) > 0) {
                assertEquals(rule.label(), d.rule(), d.reason());
                assertTrue(d.reason().contains("another council's, not shared under the region's rules"), d.reason());
                pooledOut++;
            } else {
                assertTrue(!d.rule().equals(rule.label()), d.reason());
            }
            String text = String.join("\n", new MatchExplainer(solution, rule).explain(
                    request.getChildren().get(0).childId(), 3));
            assertTrue(text.contains("is unplaced: " + d.reason()), text);
        }
        assertTrue(otherCouncils > 0, "unplaced children with other councils' placements to rule out");
        assertTrue(pooledOut > 0, "some unplaced child suited only by another council's placements");
    }

    @Test
    void theUnplacedTableGivesEveryChildLeftWaitingWithTheirCouncilAndReason() {
        Region region = SmallRegion.of(3, 80, new PoolingRules(Set.of(), null, 0, 0), 3);
        RegionResult result = new RegionMatching(OPTIONS, null).run(region);
        Table unplaced = RegionTables.unplaced(result);
        assertEquals(List.of("child_id", "council", "council_name", "sibling_group", "urgency", "required_level", "age",
                "reason", "binding_rule"), unplaced.columns().subList(0, 9));
        assertEquals(result.pooledTotal().leftWaiting(), unplaced.rows().size());
        assertTrue(unplaced.rows().size() > 0, "children left waiting");
        boolean pooledOut = false;
        for (List<Object> row : unplaced.rows()) {
            assertEquals(RegionMember.memberOf((String) row.get(0)), row.get(1));
            pooledOut |= row.get(8).equals(RegionMatching.rule(region).label());
        }
        assertTrue(pooledOut, "the pooling rule binds for some child: " + unplaced.rows());
    }

    @Test
    void aPlacementBeyondTheRegionsDistanceSaysHowFar() {
        Region region = SmallRegion.of(2, 60, SmallRegion.rules(5.0, 10), 5);
        MatchingSolution problem = RegionMatching.pooledProblem(region, 0);
        PoolingRule rule = RegionMatching.rule(region);
        int far = 0;
        for (PlacementRequest request : problem.getRequests()) {
            String council = RegionMember.memberOf(request.getChildren().get(0).childId());
            for (Home home : problem.getHomes()) {
                String why = rule.whyNot(request, home);
                if (RegionMember.memberOf(home.getId()).equals(council)) {
                    assertNull(why, home.getId());
                } else if (why != null && why.contains("beyond the region's 5 km")) {
                    far++;
                    assertTrue(why.matches(".*'s placement, \\d+\\.\\d km from home, beyond the region's 5 km for sharing"), why);
                }
                assertEquals(why == null, rule.test(request, home));
            }
        }
        assertTrue(far > 0, "some shared placement lies beyond 5 km");
    }

    private static long staticallyEligibleOwn(MatchingSolution solution, PlacementRequest request, String council) {
        return solution.getHomes().stream().filter(h -> RegionMember.memberOf(h.getId()).equals(council))
                .filter(h -> passesStatic(request, h)).count();
    }

    private static long staticallyEligibleAnywhere(MatchingSolution solution, PlacementRequest request) {
        return solution.getHomes().stream().filter(h -> passesStatic(request, h)).count();
    }

    private static boolean passesStatic(PlacementRequest request, Home home) {
        for (EligibilityRule rule : EligibilityRule.values()) {
            if (!rule.admits(request, home.getPlacement())) {
                return false;
            }
        }
        return true;
    }
}
