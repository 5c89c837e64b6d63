package uk.sufficiency.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.scenario.MatchingWeights;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.ScenarioConfig;

/** Each host's own fee tables, the charge only across council lines, and the pooling rule's three tests. */
class RegionPricingTest {

    private static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);
    private static final GeoPoint NORTH = new GeoPoint(53.0, -1.2);
    private static final GeoPoint SOUTH = new GeoPoint(52.6, -1.2);

    @Test
    void aChildIsPricedByTheHostsFeeTablesAndChargedOnlyInAnotherCouncil() {
        Region region = region(new PoolingRules(Set.of(PlacementType.IN_HOUSE_FOSTER), null, 10, 20));
        RegionPricing pricing = new RegionPricing(region);
        Child north = region.pooled().child("north/C1").orElseThrow();
        Placement northCarer = region.pooled().placement("north/P1").orElseThrow();
        Placement southCarer = region.pooled().placement("south/P1").orElseThrow();
        double northFee = fees(100).allowanceGbp(9) + fees(100).skillFeeGbp(3);
        double southFee = fees(300).allowanceGbp(9) + fees(300).skillFeeGbp(3);
        assertEquals(northFee, pricing.childWeeklyCostGbp(north, 9, northCarer), 1e-9);
        assertEquals(southFee * 1.1 + 20, pricing.childWeeklyCostGbp(north, 9, southCarer), 1e-9);
        assertEquals(southFee, pricing.hostWeeklyGbp(9, southCarer), 1e-9);
    }

    @Test
    void anotherCouncilsPlacementNeedsASharedTypeWithinReach() {
        Child north = region(rules(Set.of(PlacementType.IN_HOUSE_FOSTER), null)).pooled().child("north/C1").orElseThrow();
        assertTrue(admits(rules(Set.of(PlacementType.IN_HOUSE_FOSTER), null), north, "south/P1"));
        assertFalse(admits(rules(Set.of(PlacementType.RESIDENTIAL_IN_HOUSE), null), north, "south/P1"), "not shared");
        double km = NORTH.distanceKm(SOUTH);
        assertFalse(admits(rules(Set.of(PlacementType.IN_HOUSE_FOSTER), km - 1), north, "south/P1"), "too far");
        assertTrue(admits(rules(Set.of(PlacementType.IN_HOUSE_FOSTER), km + 1), north, "south/P1"));
        assertTrue(admits(rules(Set.of(), 1.0), north, "north/P1"), "a council's own placement, always");
    }

    private static boolean admits(PoolingRules rules, Child child, String placementId) {
        Region region = region(rules);
        Placement placement = region.pooled().placement(placementId).orElseThrow();
        SoftCosts costs = new SoftCosts(MatchingWeights.defaults(), fees(100));
        PlacementRequest request = new PlacementRequest(child.childId(), List.of(child), null, false, AS_OF, costs);
        return new PoolingRule(rules).test(request, new Home(0, placement));
    }

    private static PoolingRules rules(Set<PlacementType> shared, Double km) {
        return new PoolingRules(shared, km, 0, 0);
    }

    /** Two councils with the same ids and different skill fees: north pays 100 a week at level 3, south 300. */
    private static Region region(PoolingRules pooling) {
        List<RegionMember> members = List.of(member("north", NORTH, 100), member("south", SOUTH, 300));
        Path dir = Path.of("r").toAbsolutePath();
        return new Region("r", "", dir, dir.resolve("region.yaml"), AS_OF, members, pooling, ScenarioConfig.empty(),
                List.of());
    }

    private static RegionMember member(String id, GeoPoint at, double levelThreeFee) {
        Child child = new Child("C1", AS_OF.minusYears(9), null, at, null, false, 3, null, Set.of(), null, null, null,
                null, ChildStatus.WAITING, null, null);
        Placement carer = new Placement("P1", PlacementType.IN_HOUSE_FOSTER, 3, 1, null, null, null, Set.of(), at, null,
                null, null, null, 50);
        Scenario scenario = new Scenario(id, "", AS_OF, Path.of(id), List.of(), List.of(child), List.of(carer),
                fees(levelThreeFee), MatchingWeights.defaults(), List.of(), Map.of(), null, List.of());
        return new RegionMember(id, scenario);
    }

    private static FeeTable fees(double levelThreeFee) {
        FeeTable defaults = FeeTable.defaults();
        Map<Integer, Double> skill = new java.util.TreeMap<>(defaults.skillFeeGbpPerWeek());
        skill.put(3, levelThreeFee);
        return new FeeTable(skill, defaults.ageAllowances());
    }
}
