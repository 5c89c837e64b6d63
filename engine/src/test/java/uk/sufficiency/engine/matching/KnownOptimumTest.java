package uk.sufficiency.engine.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.greedy.GreedyMatcher;
import uk.sufficiency.engine.matching.report.MatchingReport;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingScoring;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;

/**
 * A small scenario whose optimum is worked out by hand. Everyone lives at one point (distance 0).
 * H1 in-house level 5, H2 in-house level 2, H3 IFA level 3 at GBP 900; one place each.
 * A (8, level 5) fits only H1. B (8, level 2) and C (3, level 1, emergency) fit H1-H3.
 * D (12, level 6) fits nowhere. Places 3, placeable children 3: all of A, B, C must be placed, so
 * A -> H1, and B, C share H2 and H3:
 *   B->H2, C->H3: (100+139 fee+allowance, +100 pref) + (900, +200 pref, +2x25 over-qual) = 1489
 *   B->H3, C->H2: (900 +200 +1x25) + (100+126, +100, +1x25) = 1476  (optimal)
 * A itself costs 360 + 139 + 100 = 599. Optimum soft = -(599 + 1476) = -2075; medium = -1 (D).
 * Greedy first-fit takes the emergency C first, into H1 (in-house, lowest id), stranding A.
 */
class KnownOptimumTest {

    private static final GeoPoint HERE = new GeoPoint(52.63, -1.13);

    static Scenario scenario() {
        Child a = child("A", 8, 5, Urgency.PLANNED);
        Child b = child("B", 8, 2, Urgency.PLANNED);
        Child c = child("C", 3, 1, Urgency.EMERGENCY);
        Child d = child("D", 12, 6, Urgency.PLANNED);
        return BenchInstances.scenario(List.of(a, b, c, d), List.of(
                BenchInstances.foster("H1", PlacementType.IN_HOUSE_FOSTER, 5, 1, HERE.latitude(), HERE.longitude(), null),
                BenchInstances.foster("H2", PlacementType.IN_HOUSE_FOSTER, 2, 1, HERE.latitude(), HERE.longitude(), null),
                BenchInstances.foster("H3", PlacementType.IFA_FOSTER, 3, 1, HERE.latitude(), HERE.longitude(), 900.0)));
    }

    private static Child child(String id, int age, int level, Urgency urgency) {
        return new Child(id, BenchInstances.AS_OF.minusYears(age).minusDays(5), Sex.FEMALE, HERE, null, false, level,
                null, java.util.Set.of(), null, LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null,
                urgency);
    }

    private static Map<String, String> assignment(MatchingSolution solution) {
        Map<String, String> map = new TreeMap<>();
        for (PlacementRequest r : solution.getRequests()) {
            map.put(r.getId(), r.getHome() == null ? "-" : r.getHome().getId());
        }
        return map;
    }

    @Test
    void solverFindsTheHandWorkedOptimum() {
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 30)).solve(scenario());
        assertEquals(Map.of("A", "H1", "B", "H3", "C", "H2", "D", "-"), assignment(result.solution()));
        assertEquals("0hard/-1medium/-2075soft", result.score().toString());
        ExactReference.Result exact = ExactReference.solve(new MatchingProblemFactory(0).build(scenario()));
        assertTrue(exact.exact());
        assertEquals(result.score(), exact.score());
    }

    @Test
    void greedyFirstFitStrandsTheLevelFiveChild() {
        MatchingSolution greedy = GreedyMatcher.solve(new MatchingProblemFactory(0).build(scenario()));
        assertEquals("H1", assignment(greedy).get("C"));
        assertEquals("-", assignment(greedy).get("A"));
        assertEquals(-2, MatchingScoring.score(greedy).mediumScore());
    }

    @Test
    void explainsTheMatchAndTheUnplacedChild() {
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 10)).solve(scenario());
        MatchExplainer explainer = new MatchExplainer(result.solution());
        List<String> b = explainer.explain("B", 3);
        assertTrue(b.get(0).startsWith("B is matched to H3 (ifa_foster, level 3)"), b.get(0));
        assertTrue(b.stream().anyMatch(l -> l.contains("H2") && l.contains("full (1 of 1 places taken)")), String.join("\n", b));
        List<String> d = explainer.explain("D", 3);
        assertEquals("D is unplaced: no foster placement at level 6 or above exists.", d.get(0));
        assertTrue(d.get(2).contains("skill level 5 is below the level 6 needed"), d.get(2));
    }

    @Test
    void reportsAreWrittenAndSoftPointsAddUpToTheScore() {
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 10)).solve(scenario());
        MatchingReport report = new MatchingReport(scenario(), result, 1);
        Table matches = report.matchesTable();
        assertEquals(MatchingReport.MATCH_COLUMNS, matches.columns());
        assertEquals(3, matches.rows().size());
        long total = matches.rows().stream().mapToLong(r -> ((Number) r.get(r.size() - 1)).longValue()).sum();
        assertEquals(-result.score().softScore(), total);
        Table unplaced = report.unplacedTable();
        assertEquals(1, unplaced.rows().size());
        assertEquals(List.of("D", "", "planned", 6, 12, "no foster placement at level 6 or above exists"),
                unplaced.rows().get(0).subList(0, 6));
        String summary = report.summaryJson();
        assertTrue(summary.contains("\"placed\" : 3"), summary);
        assertTrue(summary.contains("\"text\" : \"0hard/-1medium/-2075soft\""), summary);
    }

    @Test
    void nobodyPlaceableIsAValidResult() {
        Scenario none = BenchInstances.scenario(List.of(child("X", 9, 6, Urgency.EMERGENCY)), List.of(
                BenchInstances.foster("H1", PlacementType.IN_HOUSE_FOSTER, 2, 1, 52.6, -1.1, null)));
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 10)).solve(none);
        assertNull(result.solution().getRequests().get(0).getHome());
        assertEquals("0hard/-3medium/0soft", result.score().toString());
    }

    @Test
    void sameSeedAndStepsGiveIdenticalOutput() {
        Scenario scenario = BenchInstances.random(120, 11, false);
        List<MatchingReport> reports = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            reports.add(new MatchingReport(scenario, new MatchingService(MatchingOptions.steps(5, 40)).solve(scenario), 5));
        }
        assertEquals(reports.get(0).matchesTable(), reports.get(1).matchesTable());
        assertEquals(reports.get(0).unplacedTable(), reports.get(1).unplacedTable());
        assertEquals(reports.get(0).summaryJson(), reports.get(1).summaryJson());
        assertTrue(reports.get(0).matchesTable().rows().size() > 50);
    }

    @Test
    void siblingGroupsArePlacedWholeOrNotAtAll() {
        Scenario scenario = BenchInstances.random(150, 4, false);
        MatchingResult result = new MatchingService(MatchingOptions.steps(2, 40)).solve(scenario);
        Map<String, List<String>> groupHomes = scenario.children().stream().filter(Child::isInSiblingGroup)
                .collect(Collectors.groupingBy(Child::siblingGroup, TreeMap::new, Collectors.mapping(c -> {
                    PlacementRequest r = new MatchExplainer(result.solution()).requestOf(c.childId()).orElseThrow();
                    return r.getHome() == null ? "-" : r.getHome().getId();
                }, Collectors.toList())));
        assertTrue(groupHomes.size() > 3);
        groupHomes.forEach((group, homes) -> assertEquals(1, homes.stream().distinct().count(), group + " " + homes));
        assertEquals(0, result.score().hardScore());
    }
}
