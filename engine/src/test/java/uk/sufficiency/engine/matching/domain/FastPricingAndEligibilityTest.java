package uk.sufficiency.engine.matching.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;
import uk.sufficiency.model.scenario.MatchingWeights;
import uk.sufficiency.model.scenario.Scenario;

/**
 * {@link EligibilityIndex} and {@link PointsTable} are the fast paths of {@link EligibilityRule}
 * and {@link SoftCosts}: on varied random scenarios they must give exactly the same answers for
 * every (request, home) pair.
 */
class FastPricingAndEligibilityTest {

    /**
     * Waiting single children with the same facts (kind, level, age, sex, needs) and no
     * connected-carer placement of their own get the very same eligible list: it is built once.
     */
    @Test
    void requestsWithTheSameFactsShareOneEligibleList() {
        MatchingSolution problem = new MatchingProblemFactory(0).build(BenchInstances.random(2000, 11, false));
        EligibilityIndex index = new EligibilityIndex(problem.getHomes());
        Set<String> linked = new java.util.HashSet<>();
        for (Home home : problem.getHomes()) {
            linked.add(home.getPlacement().linkedChildId());
        }
        java.util.Map<String, int[]> byFacts = new java.util.HashMap<>();
        int shared = 0;
        for (PlacementRequest request : problem.getRequests()) {
            Child child = request.getChildren().get(0);
            if (request.isPinned() || request.getSize() > 1 || request.getCurrentHome() != null
                    || linked.contains(child.childId())) {
                continue;
            }
            String facts = child.recommended() + "/" + request.getRequiredLevel() + "/" + request.agesYears()[0] + "/"
                    + child.sex() + "/" + child.needs();
            int[] list = index.eligible(request, null);
            int[] first = byFacts.putIfAbsent(facts, list);
            if (first != null) {
                assertTrue(first == list, "same facts, one list: " + request.getId());
                shared++;
            }
        }
        assertTrue(shared > 100, "many requests should share a list: " + shared);
    }

    @Test
    void eligibilityIndexAgreesWithTheRulesOnEveryPair() {
        for (long seed = 1; seed <= 5; seed++) {
            Scenario scenario = seed == 5 ? BenchInstances.random(300, 3, false) : varied(seed);
            MatchingSolution problem = new MatchingProblemFactory(0).build(scenario);
            EligibilityIndex index = new EligibilityIndex(problem.getHomes());
            int eligiblePairs = 0;
            for (PlacementRequest request : problem.getRequests()) {
                if (request.isPinned()) {
                    continue;
                }
                List<Integer> expected = new ArrayList<>();
                int[] broken = index.brokenRules(request);
                for (Home home : problem.getHomes()) {
                    for (EligibilityRule rule : EligibilityRule.values()) {
                        assertEquals(!rule.admits(request, home.getPlacement()),
                                (broken[home.getIndex()] & 1 << rule.ordinal()) != 0,
                                rule + ": " + request.getId() + " in " + home.getId());
                    }
                    boolean rules = EligibilityRule.allAdmit(request, home.getPlacement());
                    assertEquals(rules, index.admits(request, home), request.getId() + " in " + home.getId());
                    if (rules || home == request.getCurrentHome()) {
                        expected.add(home.getIndex());
                    }
                }
                eligiblePairs += expected.size();
                assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(),
                        index.eligible(request, request.getCurrentHome()), request.getId());
                HomeRange range = request.getEligibleHomes();
                assertEquals(expected.size(), range.size());
                for (int i = 0; i < range.size(); i++) {
                    assertEquals(expected.get(i), range.at(i).getIndex());
                    assertTrue(range.contains(range.at(i)));
                }
            }
            assertTrue(eligiblePairs > 100, "the scenario should have many eligible pairs: " + eligiblePairs);
        }
    }

    @Test
    void pointsTableEqualsSoftCostsToTheLastPointAndItsBoundsHold() {
        List<Scenario> scenarios = List.of(varied(7), varied(8), BenchInstances.random(300, 3, false));
        int ceilings = 0;
        for (Scenario scenario : scenarios) {
            MatchingSolution problem = new MatchingProblemFactory(0).build(scenario);
            SoftCosts costs = problem.getRequests().get(0).getCosts();
            PointsTable table = new PointsTable(costs, problem.getHomes());
            for (PlacementRequest request : problem.getRequests()) {
                PointsTable.Pricer pricer = table.of(request);
                ceilings += pricer.ceiling() >= 0 ? 1 : 0;
                for (Home home : problem.getHomes()) {
                    if (!home.getPlacement().type().usesFeeTables() && home.getPlacement().statedWeeklyCostGbp() == null) {
                        continue;
                    }
                    long exact = costs.totalPoints(request, home);
                    assertEquals(exact, pricer.points(home.getIndex()), request.getId() + " in " + home.getId());
                    assertTrue(pricer.lowerBound(home.getIndex()) <= exact);
                    assertTrue(pricer.upperBound(home.getIndex()) >= exact);
                    assertTrue(pricer.ceiling() < 0 || pricer.ceiling() >= exact, "ceiling: " + request.getId());
                }
            }
        }
        assertTrue(ceilings > 100, "the ceiling should bound most requests: " + ceilings);
    }

    @Test
    void fastDistanceIsBitForBitTheModelsHaversine() {
        Random random = new Random(9);
        for (int i = 0; i < 100_000; i++) {
            GeoPoint a = new GeoPoint(-90 + 180 * random.nextDouble(), -180 + 360 * random.nextDouble());
            GeoPoint b = i % 2 == 0 ? new GeoPoint(-90 + 180 * random.nextDouble(), -180 + 360 * random.nextDouble())
                    : new GeoPoint(Math.min(90, a.latitude() + random.nextDouble() * 0.3), a.longitude());
            assertEquals(Double.doubleToLongBits(a.distanceKm(b)),
                    Double.doubleToLongBits(PointsTable.Site.km(PointsTable.Site.of(a), PointsTable.Site.of(b))));
        }
    }

    /** Every rule and cost path exercised: kinds, respite, connected, parent and child, sexes, ages, placed. */
    static Scenario varied(long seed) {
        Random random = new Random(seed);
        List<Placement> placements = new ArrayList<>();
        PlacementType[] types = PlacementType.values();
        for (int i = 0; i < 60; i++) {
            PlacementType type = types[random.nextInt(types.length)];
            Integer level = type.isFoster() ? (Integer) (1 + random.nextInt(6)) : (random.nextInt(4) == 0 ? 4 : null);
            Integer min = random.nextInt(3) == 0 ? null : random.nextInt(10);
            Integer max = random.nextInt(3) == 0 ? null : 8 + random.nextInt(10);
            Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
            for (Specialism specialism : Specialism.values()) {
                if (random.nextInt(specialism == Specialism.RESPITE ? 12 : 6) == 0) {
                    specialisms.add(specialism);
                }
            }
            Double stated = type.usesFeeTables() && random.nextBoolean() ? null : 200.0 + random.nextInt(3000);
            GeoPoint at = random.nextInt(10) == 0 ? null : point(random);
            String linked = type == PlacementType.CONNECTED ? String.format("C%03d", random.nextInt(80)) : null;
            placements.add(new Placement(String.format("P%03d", i), type, level, 1 + random.nextInt(3), min, max,
                    SexApproval.values()[random.nextInt(3)], specialisms, at, stated, null, ContractKind.SPOT, linked,
                    null));
        }
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int age = random.nextInt(18);
            Set<Need> needs = EnumSet.noneOf(Need.class);
            for (Need need : Need.values()) {
                if (random.nextInt(8) == 0) {
                    needs.add(need);
                }
            }
            String group = random.nextInt(6) == 0 ? "G" + random.nextInt(6) : null;
            ChildStatus status = ChildStatus.values()[random.nextInt(ChildStatus.values().length)];
            String current = status == ChildStatus.WAITING ? null
                    : random.nextInt(8) == 0 ? "NOWHERE" : String.format("P%03d", random.nextInt(60));
            GeoPoint home = random.nextInt(10) == 0 ? null : point(random);
            GeoPoint school = random.nextBoolean() ? point(random) : null;
            children.add(new Child(String.format("C%03d", i),
                    BenchInstances.AS_OF.minusYears(age).minusDays(random.nextInt(360)),
                    Sex.values()[random.nextInt(Sex.values().length)], home, school, random.nextBoolean(),
                    random.nextBoolean() ? null : 1 + random.nextInt(6), random.nextInt(40), needs, group,
                    LivingWith.values()[random.nextInt(LivingWith.values().length)],
                    PlacementKind.values()[random.nextInt(PlacementKind.values().length)], current, status, null,
                    Urgency.values()[random.nextInt(Urgency.values().length)]));
        }
        return BenchInstances.scenario(children, placements, new MatchingWeights(1.0, 2.5, 300.0, 15.0, 100.0, 1000.0,
                25.0));
    }

    private static GeoPoint point(Random random) {
        return new GeoPoint(50 + random.nextDouble() * 5, -4 + random.nextDouble() * 5);
    }
}
