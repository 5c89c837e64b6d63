package uk.sufficiency.engine.matching.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.explain.MatchExplainer;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.engine.matching.explain.UnplacedDiagnosis;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.engine.planning.PlanTestScenario;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;

/**
 * Issue 13, commissioner: on the built-in scenario the answer counts the 50 waiting children (not
 * the 127 waiting and already placed), and the reasons name the rule that binds (C0188's sibling
 * group is recommended different kinds, not "no foster placement exists"); near misses account for
 * who fills a home and for a home too small for the group.
 */
class WaitingListOnBuiltInScenarioTest {

    private static Scenario scenario;
    private static MatchingResult result;
    private static MatchingReport report;

    @BeforeAll
    static void solve() {
        scenario = ScenarioLoader.load(PlanTestScenario.repositoryScenario("leicestershire-2015"));
        result = new MatchingService(MatchingOptions.steps(20150331L, 200)).solve(scenario);
        report = new MatchingReport(scenario, result, 20150331L);
    }

    @Test
    void theAnswerCountsWaitingChildrenAndTheirAddedCost() {
        WaitingList answer = WaitingList.of(report.matchesTable(), report.unplacedTable(), Map.of());
        assertEquals(50, answer.waiting());
        assertEquals(13, answer.emergencies());
        assertTrue(answer.sentence().startsWith(answer.placed() + " of 50 waiting children placed ("
                + answer.emergenciesPlaced() + " of 13 emergencies), adding £"), answer.sentence());
        assertFalse(answer.sentence().contains("127"), "placed children who stay are not part of the answer");
        assertEquals(15, answer.unplaced(), answer.sentence());
        assertTrue(answer.unplacedEmergencies().containsAll(List.of("C0188", "C0189", "C0190", "C0191")));
        // added cost = waiting children's weekly cost + (new - old) for each child moved
        Table matches = report.matchesTable();
        double expected = 0;
        for (List<Object> row : matches.rows()) {
            String status = (String) row.get(matches.columns().indexOf("status"));
            double cost = Double.parseDouble(row.get(matches.columns().indexOf("weekly_cost")).toString());
            Object previous = row.get(matches.columns().indexOf("previous_weekly_cost"));
            if (status.equals("waiting")) {
                expected += cost;
            } else if (previous != null && !previous.toString().isEmpty()) {
                expected += cost - Double.parseDouble(previous.toString());
            }
        }
        assertEquals(expected, answer.addedWeeklyGbp(), 0.01);
        assertTrue(answer.unplacedByRule().values().stream().mapToInt(Integer::intValue).sum() == 15);
    }

    @Test
    void c0188sGroupIsToldItsKindsDifferNotThatNoFosterPlacementExists() {
        MatchExplainer explainer = new MatchExplainer(result.solution());
        PlacementRequest group = explainer.requestOf("C0188").orElseThrow();
        UnplacedDiagnosis.Diagnosis d = new UnplacedDiagnosis(result.solution(), new Occupancy(result.solution()))
                .diagnose(group, 5);
        assertEquals(UnplacedDiagnosis.MIXED_KINDS, d.rule());
        assertFalse(d.reason().contains("no foster placement exists"), d.reason());
        assertTrue(d.reason().contains("foster for C0188, C0190 and C0191; residential for C0189"), d.reason());
        for (UnplacedDiagnosis.Candidate candidate : d.candidates()) {
            String why = String.join("; ", candidate.ruledOutBy());
            assertFalse(why.contains("full (0 of"), "a home with no one in it is not full: " + why);
            assertFalse(why.contains("not age 16"), "C0188 (16) is within a 16-21 approval: " + why);
        }
        List<String> lines = explainer.explain("C0188", 5);
        assertTrue(lines.get(0).contains("recommended different kinds of placement"), lines.get(0));
    }

    @Test
    void aFullHomeNamesWhoFillsIt() {
        Occupancy occupancy = new Occupancy(result.solution());
        UnplacedDiagnosis diagnosis = new UnplacedDiagnosis(result.solution(), occupancy);
        for (PlacementRequest request : result.solution().getRequests()) {
            if (request.getHome() != null || request.getSize() != 1) {
                continue;
            }
            for (Home home : result.solution().getHomes()) {
                if (occupancy.freePlacesFor(request, home) <= 0 && occupancy.load(home) > 0) {
                    String why = String.join("; ", diagnosis.whyNot(request, home));
                    String resident = occupancy.residents(home).get(0).getChildren().get(0).childId();
                    assertTrue(why.contains("taken by ") && why.contains(resident), why);
                    return;
                }
            }
        }
        throw new AssertionError("no unplaced single child and full home to check");
    }

    @Test
    void closingP0258MakesItsChildrenWaitAndTheAnswerSaysWhereTheyGo(@TempDir Path temp) throws Exception {
        Path variant = temp.resolve("close-p0258");
        Files.createDirectories(variant);
        Path base = PlanTestScenario.repositoryScenario("leicestershire-2015");
        // extends must be relative and stay inside the chain: copy the built-in scenario beside it
        copy(base, temp.resolve("base"));
        Files.writeString(variant.resolve("scenario.yaml"),
                "name: close P0258\nextends: ../base\nclose:\n  placements: [P0258]\n");
        Scenario closed = ScenarioLoader.load(variant);
        assertEquals(Map.of("C0290", "P0258", "C0395", "P0258"), closed.leftClosedHomes());
        MatchingResult solved = new MatchingService(MatchingOptions.steps(20150331L, 200)).solve(closed);
        MatchingReport closedReport = new MatchingReport(closed, solved, 20150331L);
        WaitingList answer = WaitingList.of(closedReport.matchesTable(), closedReport.unplacedTable(),
                closed.leftClosedHomes());
        assertEquals(52, answer.waiting());
        assertTrue(answer.closedHomesSentence().startsWith("2 children wait because this scenario closes the home"),
                answer.closedHomesSentence());
        assertTrue(answer.closedHomesSentence().contains("C0290 (left P0258, "), answer.closedHomesSentence());
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
