package uk.sufficiency.engine.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingScoring;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The branch and bound for months beyond the group search (decision 0096) against the references:
 * on months cut at random from the built-in scenario's start (its sibling groups and living-with
 * rules; a random share of the free homes, some twinned so that choices tie, and of the waiting
 * children), its answer keeps every rule and scores exactly what enumerating every choice of homes
 * for the groups scores (the matcher's own score: placed urgency weight, then soft points), and on
 * the whole waiting list, too big to enumerate, at least what the matcher itself finds.
 */
class MonthBranchAndBoundTest {

    private static final Scenario SCENARIO = MonthProblemTest.builtIn();
    private static final MarketModel MODEL = MonthProblemTest.modelOf(SCENARIO);
    private static final SoftCosts COSTS = new SoftCosts(SCENARIO.weights(), SCENARIO.fees());
    private static final LocalDate MONTH_END = SCENARIO.asOfDate().plusMonths(1);

    @Test
    void scoresExactlyWhatEnumerationScoresOnRandomMonths() {
        Random random = new Random(96);
        int compared = 0;
        int withGroups = 0;
        int branched = 0;
        for (int trial = 0; trial < 120; trial++) {
            MarketSimulation start = new MarketSimulation(MODEL, 0, 1 + trial % 4);
            List<SimHome> free = new ArrayList<>();
            double keep = 0.05 + 0.4 * random.nextDouble();
            for (SimHome home : start.homes()) {
                if (home.freePlaces() > 0 && random.nextDouble() < keep) {
                    free.add(home);
                    if (home.occupants.isEmpty() && random.nextInt(3) == 0) {
                        free.add(MonthProblemTest.twin(home));
                    }
                }
            }
            List<SimChild> waiting = new ArrayList<>();
            double stay = 0.2 + 0.8 * random.nextDouble();
            start.children().stream().filter(SimChild::waiting).filter(c -> random.nextDouble() < stay)
                    .forEach(waiting::add);
            MonthProblem reference = new MonthProblem(free, waiting, MONTH_END, COSTS);
            Map<SimChild, SimHome> enumerated = reference.solveByEnumeration();
            if (enumerated == null) {
                continue;
            }
            MonthBranchAndBound search = new MonthBranchAndBound(new MonthProblem(free, waiting, MONTH_END, COSTS));
            Map<SimChild, SimHome> searched = search.solve();
            assertNotNull(searched, "trial " + trial + ": settled within the budget");
            HardMediumSoftLongScore expected = score(free, waiting, enumerated);
            HardMediumSoftLongScore actual = score(free, waiting, searched);
            assertEquals(0, actual.hardScore(), "trial " + trial + ": every rule kept");
            assertEquals(expected, actual, "trial " + trial + ": the optimum");
            compared++;
            withGroups += reference.groups.isEmpty() ? 0 : 1;
            branched += search.solves() > 1 ? 1 : 0;
        }
        assertTrue(compared >= 60 && withGroups >= 30 && branched >= 10,
                compared + " months compared, " + withGroups + " with groups, " + branched + " branched");
    }

    @Test
    void onTheWholeWaitingListItScoresAtLeastAsWellAsTheMatcher() {
        for (long seed = 1; seed <= 2; seed++) {
            MarketSimulation start = new MarketSimulation(MODEL, 0, seed);
            List<SimHome> free = start.homes().stream().filter(h -> h.freePlaces() > 0).toList();
            List<SimChild> waiting = start.children().stream().filter(SimChild::waiting).toList();
            MonthBranchAndBound search = new MonthBranchAndBound(new MonthProblem(free, waiting, MONTH_END, COSTS));
            Map<SimChild, SimHome> searched = search.solve();
            assertNotNull(searched, "settled within the budget");
            HardMediumSoftLongScore exact = score(free, waiting, searched);
            HardMediumSoftLongScore matcher = new MatchingService(MatchingOptions.steps(7, 2_000))
                    .solve(MonthlyMatcher.monthScenario(SCENARIO, free, waiting, MONTH_END)).score();
            assertEquals(0, exact.hardScore(), "every rule kept: " + exact);
            assertTrue(exact.compareTo(matcher) >= 0, "exact " + exact + " against the matcher's " + matcher);
        }
    }

    @Test
    void sharesSumToTheGroupsCost() {
        for (long cost : new long[] {0, 1, 2, 7, 1_000_003}) {
            for (int size = 2; size <= 5; size++) {
                long sum = 0;
                for (int k = 0; k < size; k++) {
                    sum += MonthBranchAndBound.share(cost, size, k);
                }
                assertEquals(cost, sum, cost + " in " + size);
            }
        }
    }

    /** The matcher's own score of an answer to the month. */
    static HardMediumSoftLongScore score(List<SimHome> free, List<SimChild> waiting, Map<SimChild, SimHome> answer) {
        MatchingSolution problem = new MatchingProblemFactory(0)
                .build(MonthlyMatcher.monthScenario(SCENARIO, free, waiting, MONTH_END));
        Map<String, String> homeOfChild = new HashMap<>();
        answer.forEach((child, home) -> homeOfChild.put(child.id(), home.id()));
        Map<String, Home> homes = new HashMap<>();
        problem.getHomes().forEach(h -> homes.put(h.getId(), h));
        for (PlacementRequest request : problem.getRequests()) {
            if (!request.isPinned()) {
                String homeId = homeOfChild.get(request.getChildren().get(0).childId());
                request.setHome(homeId == null ? null : homes.get(homeId));
            }
        }
        return MatchingScoring.score(problem);
    }
}
