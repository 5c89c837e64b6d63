package uk.sufficiency.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;

class RegionMatchingTest {

    private static final MatchingOptions OPTIONS = MatchingOptions.steps(20150331L, 200);

    @Test
    void pooledPlacesAtLeastAsManyInHouseAndWaitingChildrenAsTheCouncilsAlone() {
        RegionResult result = new RegionMatching(OPTIONS, null).run(SmallRegion.of(3, 80, SmallRegion.rules(60.0, 10),
                7));
        CouncilOutcome pooled = result.pooledTotal();
        CouncilOutcome alone = result.aloneTotal();
        assertEquals(alone.waiting(), pooled.waiting());
        assertTrue(pooled.waiting() > 10, "a region with children waiting: " + pooled.waiting());
        assertTrue(pooled.placedInHouse() >= alone.placedInHouse(), pooled + " vs " + alone);
        assertTrue(pooled.waitingPlaced() >= alone.waitingPlaced(), pooled + " vs " + alone);
        assertEquals(0, alone.placedElsewhere(), "alone, nobody uses another council's placement");
        assertTrue(pooled.placedElsewhere() > 0, "pooling is used: " + pooled);
    }

    @Test
    void everyCrossCouncilPlacementIsSharedWithinReachAndCharged() {
        PoolingRules rules = SmallRegion.rules(25.0, 10);
        Region region = SmallRegion.of(3, 80, rules, 11);
        MatchingResult result = new MatchingService(OPTIONS).solve(RegionMatching.pooledProblem(region, 0));
        RegionPricing pricing = new RegionPricing(region);
        int crossing = 0;
        for (PlacementRequest request : result.solution().getRequests()) {
            for (Home home : request.getEligibleHomes().asList()) {
                Child child = request.getChildren().get(0);
                String host = RegionMember.memberOf(home.getId());
                if (RegionMember.memberOf(child.childId()).equals(host)) {
                    continue;
                }
                crossing++;
                assertTrue(rules.shares(home.getPlacement().type()), home.getId() + " is not a shared type");
                for (Child each : request.getChildren()) {
                    assertTrue(SoftCosts.childDistanceKm(each, home) <= 25.0, each.childId() + " to " + home.getId());
                }
                int age = request.agesYears()[0];
                double host0 = pricing.hostWeeklyGbp(age, home.getPlacement());
                assertEquals(host0 * 1.1, pricing.childWeeklyCostGbp(child, age, home.getPlacement()), 1e-9);
            }
        }
        assertTrue(crossing > 0, "some children may cross council lines");
    }

    @Test
    void sharingNothingMatchesEachCouncilAlone() {
        PoolingRules none = new PoolingRules(Set.of(), null, 0, 0);
        RegionResult result = new RegionMatching(OPTIONS, null).run(SmallRegion.of(2, 80, none, 3));
        assertEquals(result.aloneTotal().placedInHouse(), result.pooledTotal().placedInHouse());
        assertEquals(result.aloneTotal().waitingPlaced(), result.pooledTotal().waitingPlaced());
        assertEquals(0, result.pooledTotal().placedElsewhere());
    }

    @Test
    void theTablesNameEachCouncilBesideItsIdAsTheChartsDo() {
        Region ids = SmallRegion.of(2, 60, SmallRegion.rules(60.0, 10), 5);
        RegionMember first = ids.members().get(0);
        Region region = new Region(ids.name(), ids.description(), ids.directory(), ids.file(), ids.asOfDate(),
                List.of(new RegionMember(first.id(), "Derby City", first.scenario()), ids.members().get(1)),
                ids.pooling(), ids.config(), ids.inputFiles());
        RegionResult result = new RegionMatching(OPTIONS, null).run(region);
        var councils = RegionTables.councils(result);
        assertEquals(List.of("council", "council_name", "arrangement"), councils.keyColumnNames());
        Set<List<Object>> named = new HashSet<>();
        councils.rows().forEach(row -> named.add(row.subList(0, 2)));
        assertEquals(Set.of(List.of("derby", "Derby City"), List.of("leicester", "leicester"),
                List.of("region", "small region")), named, "no name in region.yaml: the id");
        var placed = RegionTables.placements(result);
        int council = placed.columns().indexOf("council");
        int host = placed.columns().indexOf("host_council");
        assertTrue(placed.rows().size() > 0);
        for (List<Object> row : placed.rows()) {
            for (int c : List.of(council, host)) {
                assertEquals(row.get(c).equals("derby") ? "Derby City" : row.get(c), row.get(c + 1),
                        placed.columns().get(c + 1) + " of " + row);
            }
        }
    }

    @Test
    void regionIdsAreUniqueAcrossCouncilsWhoseOwnIdsCollide() {
        Region region = SmallRegion.of(2, 60, SmallRegion.rules(null, 0), 5);
        Set<String> own = new HashSet<>();
        region.members().forEach(m -> m.scenario().children().forEach(c -> own.add(c.childId())));
        List<String> ids = region.pooled().children().stream().map(Child::childId).toList();
        assertTrue(own.size() < ids.size(), "the generated councils reuse ids: C0001 in both");
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void pooledProposalOfSingleChildrenIsWithinOnePercentOfTheExactOptimum() {
        Region region = SmallRegion.singletons(SmallRegion.of(3, 80, SmallRegion.rules(60.0, 10), 7));
        MatchingResult result = new MatchingService(OPTIONS).solve(RegionMatching.pooledProblem(region, 0));
        var optimum = RelaxedFlow.solve(RegionMatching.pooledProblem(region, 0)).result();
        assertTrue(optimum.exact(), "no groups, no rules: the flow's optimum is the problem's");
        assertEquals(optimum.score().hardScore(), result.score().hardScore());
        assertEquals(optimum.score().mediumScore(), result.score().mediumScore());
        double gap = RegionBoundBenchmarkTest.gap(result.score(), optimum.score());
        assertTrue(gap >= -1e-12 && gap <= 0.01, "soft points above the optimum: " + gap);
    }
}
