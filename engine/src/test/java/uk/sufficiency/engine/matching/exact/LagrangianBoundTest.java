package uk.sufficiency.engine.matching.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;

/** The Lagrangian bound (decision 0079) against hand-computed optima, the exact flow and the flow bound. */
class LagrangianBoundTest {

    private static final GeoPoint HERE = new GeoPoint(52.6, -1.1);
    /** Enough steps to tighten, few enough for a fast test. */
    private static final LagrangianBound.Settings SHORT = new LagrangianBound.Settings(300, Duration.ofSeconds(10),
            1_000_000);

    private static MatchingSolution problem(Scenario scenario) {
        return new MatchingProblemFactory(0).build(scenario);
    }

    /**
     * One home with three places and two waiting sibling pairs: the flow splits a pair and counts
     * three children placed (one planned child unplaced, medium -1); only one pair fits whole, so
     * the optimum and the Lagrangian bound leave a pair unplaced (medium -2), at the cheaper pair's points.
     */
    @Test
    void threePlacesAndTwoPairsPlaceOnePair() {
        Scenario scenario = BenchInstances.scenario(List.of(
                sibling("A1", "A", new GeoPoint(52.6, -1.1)), sibling("A2", "A", new GeoPoint(52.6, -1.1)),
                sibling("B1", "B", new GeoPoint(52.9, -1.4)), sibling("B2", "B", new GeoPoint(52.9, -1.4))),
                List.of(BenchInstances.foster("H", PlacementType.IN_HOUSE_FOSTER, 3, 3, HERE.latitude(),
                        HERE.longitude(), null)));
        MatchingSolution problem = problem(scenario);
        long cheaperPair = Long.MAX_VALUE;
        for (PlacementRequest request : problem.getRequests()) {
            cheaperPair = Math.min(cheaperPair, request.getCosts().totalPoints(request, problem.getHomes().get(0)));
        }
        LagrangianBound.Result bound = LagrangianBound.solve(problem);
        assertEquals(-1, bound.flow().mediumScore(), "the flow places three of the four children");
        assertEquals(HardMediumSoftLongScore.of(0, -2, -cheaperPair), bound.score());
        assertTrue(bound.softBounded());
    }

    /** A child who must live alone takes the whole home in its knapsack: two others cannot join her. */
    @Test
    void aSoloChildTakesTheWholeHome() {
        Child solo = child("S", LivingWith.SOLO, Urgency.EMERGENCY);
        Scenario scenario = BenchInstances.scenario(List.of(solo, child("A", LivingWith.ANY, Urgency.PLANNED),
                child("B", LivingWith.ANY, Urgency.PLANNED)), List.of(BenchInstances.foster("H",
                        PlacementType.IN_HOUSE_FOSTER, 3, 2, HERE.latitude(), HERE.longitude(), null)));
        LagrangianBound.Result bound = LagrangianBound.solve(problem(scenario));
        assertEquals(-1, bound.flow().mediumScore(), "the flow cannot see the rule");
        // emergency weight 3 alone beats two planned children together (2): A and B stay unplaced
        assertEquals(-2, bound.score().mediumScore());
    }

    /** Without sibling groups and living_with rules the flow is the optimum: the bound can only meet it. */
    @Test
    void meetsTheExactOptimumOnSingleChildren() {
        for (long seed = 1; seed <= 3; seed++) {
            MatchingSolution problem = problem(BenchInstances.random(300, seed, true));
            LagrangianBound.Result bound = LagrangianBound.solve(problem);
            assertTrue(ExactReference.solve(problem(BenchInstances.random(300, seed, true))).exact());
            assertEquals(bound.flow(), bound.score(), "seed " + seed);
        }
    }

    /**
     * Warm-started from the flow's place prices, the bound starts at least as tight as the flow
     * (docs/methods/matching.md) and only improves: never looser, on random instances with groups and
     * rules and on generated councils where most children are pinned.
     */
    @Test
    void neverLooserThanTheFlow() {
        int tighter = 0;
        for (long seed = 1; seed <= 4; seed++) {
            for (Scenario scenario : List.of(BenchInstances.random(200, seed, false),
                    ScenarioGenerator.generate(GenerationProfile.leicestershire2015(), 300, seed))) {
                MatchingSolution problem = problem(scenario);
                LagrangianBound.Result bound = LagrangianBound.solve(problem, RelaxedFlow.solve(problem), SHORT);
                assertTrue(bound.score().compareTo(bound.flow()) <= 0, "seed " + seed + ": " + bound);
                tighter += bound.score().compareTo(bound.flow()) < 0 ? 1 : 0;
            }
        }
        assertTrue(tighter >= 4, "tighter than the flow on most instances with groups: " + tighter + " of 8");
    }

    /** A bound for any multipliers: a short run (the warm start alone) is looser or equal, never invalid. */
    @Test
    void moreIterationsOnlyTighten() {
        Scenario scenario = ScenarioGenerator.generate(GenerationProfile.leicestershire2015(), 300, 3);
        MatchingSolution problem = problem(scenario);
        RelaxedFlow flow = RelaxedFlow.solve(problem);
        var once = LagrangianBound.solve(problem, flow, new LagrangianBound.Settings(1, Duration.ofSeconds(10), 1_000_000));
        var many = LagrangianBound.solve(problem, flow, LagrangianBound.Settings.DEFAULT);
        assertEquals(1, once.mediumIterations());
        assertTrue(many.score().compareTo(once.score()) <= 0, many + " vs " + once);
    }

    /** Above {@code maxSoftPairs} only the medium level is bounded; the soft level then says nothing (0). */
    @Test
    void leavesTheSoftLevelAloneAtScale() {
        MatchingSolution problem = problem(BenchInstances.random(200, 5, false));
        var bound = LagrangianBound.solve(problem, RelaxedFlow.solve(problem),
                new LagrangianBound.Settings(500, Duration.ofSeconds(10), 10));
        assertTrue(!bound.softBounded() && bound.score().softScore() == 0);
        assertTrue(bound.score().mediumScore() <= bound.flow().mediumScore());
    }

    private static Child sibling(String id, String group, GeoPoint home) {
        return new Child(id, BenchInstances.AS_OF.minusYears(8), Sex.MALE, home, null, false, 1, null, Set.of(), group,
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
    }

    private static Child child(String id, LivingWith livingWith, Urgency urgency) {
        return new Child(id, BenchInstances.AS_OF.minusYears(9), Sex.FEMALE, HERE, null, false, 1, null, Set.of(), null,
                livingWith, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, urgency);
    }
}
