package uk.sufficiency.engine.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingScoring;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanTestScenario;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The simulation's exact month against the matcher itself, on the built-in scenario's waiting list
 * (sibling groups and living-with rules included): the exact answer keeps every rule (the matcher's
 * own constraints score it with no hard penalty) and scores at least as well as the matcher's.
 */
class MonthProblemTest {

    /** @param keepEvery 1: every home with a free place; 3: one in three, so that children compete for places */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theExactMonthKeepsEveryRuleAndScoresAtLeastAsWellAsTheMatcher(int keepEvery) {
        Scenario scenario = builtIn();
        MarketSimulation start = new MarketSimulation(modelOf(scenario), 0, 1L);
        List<SimHome> free = new ArrayList<>();
        for (SimHome home : start.homes()) {
            if (home.freePlaces() > 0 && start.homes().indexOf(home) % keepEvery == 0) {
                free.add(home);
            }
        }
        List<SimChild> waiting = start.children().stream().filter(SimChild::waiting).toList();
        LocalDate monthEnd = scenario.asOfDate().plusMonths(1);
        Map<SimChild, SimHome> exact = new MonthProblem(free, waiting, monthEnd,
                new uk.sufficiency.engine.matching.domain.SoftCosts(scenario.weights(), scenario.fees())).solve();
        assertNotNull(exact, "settled exactly");

        Scenario month = MonthlyMatcher.monthScenario(scenario, free, waiting, monthEnd);
        MatchingSolution problem = new MatchingProblemFactory(0).build(month);
        for (PlacementRequest request : problem.getRequests()) {
            if (request.isPinned()) {
                continue;
            }
            String homeId = exact.entrySet().stream().filter(e -> e.getKey().id().equals(request.getChildren().get(0).childId()))
                    .map(e -> e.getValue().id()).findFirst().orElse(null);
            request.setHome(homeId == null ? null : Stream.of(problem.getHomes().toArray(Home[]::new))
                    .filter(h -> h.getId().equals(homeId)).findFirst().orElseThrow());
        }
        HardMediumSoftLongScore exactScore = MatchingScoring.score(problem);
        HardMediumSoftLongScore matcher = new MatchingService(MatchingOptions.steps(7, 2_000)).solve(month).score();
        assertEquals(0, exactScore.hardScore(), "every rule kept: " + exactScore);
        assertTrue(exactScore.compareTo(matcher) >= 0, "exact " + exactScore + " against the matcher's " + matcher);
        assertTrue(exact.size() > 0);
    }

    /**
     * The group search (decision 0094) places every child where enumerating every choice of homes
     * for the sibling groups does: months cut from the built-in scenario's start in several
     * simulations (its sibling groups and living-with rules), with a share of the free homes and of
     * the waiting children, so that children compete for places and groups for homes, and with a twin
     * of every free home (same carer, rules and price) so that choices tie and the order of the
     * answers found first decides.
     */
    @Test
    void theGroupSearchPlacesEveryChildWhereEnumerationDoes() {
        Scenario scenario = builtIn();
        MarketModel model = modelOf(scenario);
        SoftCosts costs = new SoftCosts(scenario.weights(), scenario.fees());
        LocalDate monthEnd = scenario.asOfDate().plusMonths(1);
        int compared = 0;
        int withGroups = 0;
        for (long seed = 1; seed <= 3; seed++) {
            MarketSimulation start = new MarketSimulation(model, 0, seed);
            for (int keepEvery = 1; keepEvery <= 6; keepEvery++) {
                for (int dropEvery : new int[] {0, 2, 3}) {
                    List<SimHome> free = new ArrayList<>();
                    for (int h = 0; h < start.homes().size(); h++) {
                        SimHome home = start.homes().get(h);
                        if (home.freePlaces() > 0 && (h + seed) % keepEvery == 0) {
                            free.add(home);
                            if (keepEvery % 2 == 0) {
                                free.add(twin(home));
                            }
                        }
                    }
                    List<SimChild> waiting = new ArrayList<>();
                    List<SimChild> all = start.children().stream().filter(SimChild::waiting).toList();
                    for (int c = 0; c < all.size(); c++) {
                        if (dropEvery == 0 || c % dropEvery != 0) {
                            waiting.add(all.get(c));
                        }
                    }
                    MonthProblem reference = new MonthProblem(free, waiting, monthEnd, costs);
                    Map<SimChild, SimHome> enumerated = reference.solveByEnumeration();
                    if (enumerated == null) {
                        continue;
                    }
                    Map<SimChild, SimHome> searched = new MonthProblem(free, waiting, monthEnd, costs).solve();
                    assertNotNull(searched, "enumeration settled it, so must the search");
                    assertEquals(ids(enumerated), ids(searched), "seed " + seed + ", homes 1 in " + keepEvery);
                    compared++;
                    withGroups += reference.groups.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(compared >= 30 && withGroups >= 10, compared + " months compared, " + withGroups + " with groups");
    }

    static SimHome twin(SimHome home) {
        Placement p = home.placement;
        SimHome twin = new SimHome(new Placement(p.placementId() + "-twin", p.type(), p.skillLevel(), p.places(),
                p.minAge(), p.maxAge(), p.sex(), p.specialisms(), p.location(), p.statedWeeklyCostGbp(), p.supplier(),
                p.contract(), p.linkedChildId(), p.carerAge()), home.carerAgeYears);
        twin.occupants.addAll(home.occupants);
        return twin;
    }

    private static List<String> ids(Map<SimChild, SimHome> placed) {
        return placed.entrySet().stream().map(e -> e.getKey().id() + "->" + e.getValue().id()).toList();
    }

    static Scenario builtIn() {
        return ScenarioLoader.load(PlanTestScenario.repositoryScenario("leicestershire-2015"));
    }

    static MarketModel modelOf(Scenario scenario) {
        ProblemCollector problems = new ProblemCollector();
        MarketInputs inputs = new MarketCapability().settings(scenario, problems);
        problems.throwIfErrors();
        var lac = inputs.lac();
        var fit = uk.sufficiency.engine.projection.lac.LacFit.at(lac.config(), lac.history(), lac.population(),
                lac.timeFrame().windowEnd());
        return MarketModel.of(scenario, LacFlows.of(fit, lac.config()), inputs.plan().supply(),
                new double[][] {inputs.plan().baselineRecruitsPerYear()}, uk.sufficiency.engine.planning.supply.RecruitmentYield.exact(1),
                inputs.settings(), PipelineContext.DEFAULT_SEED);
    }
}
