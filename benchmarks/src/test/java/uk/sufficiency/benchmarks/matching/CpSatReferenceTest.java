package uk.sufficiency.benchmarks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.engine.matching.exact.MatchingReference;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingService;
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

class CpSatReferenceTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static MatchingSolution problem(Scenario scenario) {
        return new MatchingProblemFactory(0).build(scenario);
    }

    @Test
    void isFoundOnTheClassPath() {
        assertTrue(MatchingReference.installed().stream().anyMatch(r -> r instanceof CpSatReference));
    }

    @Test
    void equalsMinCostFlowWhereFlowIsExact() {
        Scenario scenario = BenchInstances.random(80, 3, true);
        ExactReference.Result flow = ExactReference.solve(problem(scenario));
        assertTrue(flow.exact());
        MatchingReference.Result cpSat = new CpSatReference().solve(problem(scenario), LIMIT);
        assertTrue(cpSat.optimal());
        assertEquals(flow.score(), cpSat.score());
        assertEquals(flow.placedChildren(), cpSat.placedChildren());
        assertEquals(cpSat.score().softScore(), cpSat.softBound());
    }

    @Test
    void neverBeatsTheRelaxedFlowBoundAndHonoursGroupsAndRules() {
        Scenario scenario = BenchInstances.random(80, 4, false);
        ExactReference.Result bound = ExactReference.solve(problem(scenario));
        MatchingSolution solved = problem(scenario);
        MatchingReference.Result cpSat = new CpSatReference().solve(solved, LIMIT);
        assertTrue(cpSat.optimal());
        assertEquals(0, cpSat.score().hardScore(), "every rule kept, as the solver's constraints score it");
        assertTrue(bound.score().compareTo(cpSat.score()) >= 0, bound.score() + " vs " + cpSat.score());
        long groups = solved.getRequests().stream().filter(r -> r.getSize() > 1).count();
        long rules = solved.getRequests().stream().filter(PlacementRequest::hasLivingWithRule).count();
        assertTrue(groups > 3 && rules > 3, "the instance really has sibling groups and living_with rules");
    }

    /**
     * The bound drops, for a sibling group or a child with a living_with rule, the homes without room
     * beside the pinned children or with a pinned child they may not live with (decision 0077). On
     * generated councils, where most children are placed and pinned, it must still never fall below
     * the proven optimum; where it is tight it equals it.
     */
    @Test
    void boundBesidePinnedChildrenNeverBeatsTheOptimum() {
        int tight = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Scenario scenario = ScenarioGenerator.generate(GenerationProfile.leicestershire2015(), 150, seed);
            HardMediumSoftLongScore bound = ExactReference.solve(problem(scenario)).score();
            MatchingReference.Result cpSat = new CpSatReference().solve(problem(scenario), LIMIT);
            assertTrue(cpSat.optimal());
            assertTrue(bound.compareTo(cpSat.score()) >= 0, "seed " + seed + ": " + bound + " vs " + cpSat.score());
            tight += bound.equals(cpSat.score()) ? 1 : 0;
        }
        assertTrue(tight >= 1, "the bound meets the optimum on some generated council");
    }

    /**
     * Two homes of two places, each with one child who stays (permanent, so pinned), and a waiting
     * pair of siblings who must live together: no home has room for both. The bound used to split the
     * pair across the two homes; beside the pinned children it leaves them unplaced, as the optimum does.
     */
    @Test
    void boundKeepsASiblingPairOutOfHomesWithoutRoomForBoth() {
        GeoPoint here = new GeoPoint(52.6, -1.1);
        List<Child> children = List.of(
                child("P1", LivingWith.ANY, Urgency.PLANNED, here).withPlacement("H1", ChildStatus.PERMANENT),
                child("P2", LivingWith.ANY, Urgency.PLANNED, here).withPlacement("H2", ChildStatus.PERMANENT),
                sibling("G1", here), sibling("G2", here));
        Scenario scenario = BenchInstances.scenario(children, List.of(
                BenchInstances.foster("H1", PlacementType.IN_HOUSE_FOSTER, 3, 2, here.latitude(), here.longitude(), null),
                BenchInstances.foster("H2", PlacementType.IN_HOUSE_FOSTER, 3, 2, here.latitude(), here.longitude(), null)));
        MatchingReference.Result cpSat = new CpSatReference().solve(problem(scenario), LIMIT);
        assertTrue(cpSat.optimal());
        assertEquals(0, cpSat.placedChildren(), "neither sibling can be placed");
        assertEquals(cpSat.score().mediumScore(), ExactReference.solve(problem(scenario)).score().mediumScore());
    }

    /**
     * One home with two places, a child who must live alone and two others. Flow, which cannot see
     * the rule, puts two children there; the exact answer places the solo child alone when she is
     * the emergency, and the two others together otherwise.
     */
    @Test
    void keepsASoloChildAlone() {
        GeoPoint here = new GeoPoint(52.6, -1.1);
        Child solo = child("S", LivingWith.SOLO, Urgency.EMERGENCY, here);
        Child a = child("A", LivingWith.ANY, Urgency.PLANNED, here);
        Child b = child("B", LivingWith.ANY, Urgency.PLANNED, here);
        Scenario scenario = BenchInstances.scenario(List.of(solo, a, b), List.of(BenchInstances.foster("H",
                PlacementType.IN_HOUSE_FOSTER, 3, 2, here.latitude(), here.longitude(), null)));
        MatchingSolution solved = problem(scenario);
        MatchingReference.Result cpSat = new CpSatReference().solve(solved, LIMIT);
        // Emergency weight 3 beats two planned children (1 + 1).
        assertEquals(1, cpSat.placedChildren());
        assertEquals(-2, cpSat.score().mediumScore());
        assertNotNull(home(solved, "S"));
        assertNull(home(solved, "A"));
        assertEquals(-1, ExactReference.solve(problem(scenario)).score().mediumScore(), "flow ignores the rule");
    }

    /**
     * The solver's end-to-end quality on small realistic instances, against the proven optimum: the
     * same urgency-weighted children placed and soft points within the 0.5%.
     */
    @Test
    void solverIsWithinHalfAPercentOfTheProvenOptimum() {
        for (long seed : new long[] {11, 12}) {
            Scenario scenario = BenchInstances.random(80, seed, false);
            MatchingReference.Result optimum = new CpSatReference().solve(problem(scenario), LIMIT);
            assertTrue(optimum.optimal());
            HardMediumSoftLongScore solver = new MatchingService(MatchingOptions.steps(1, 200)).solve(scenario).score();
            assertEquals(optimum.score().hardScore(), solver.hardScore());
            assertEquals(optimum.score().mediumScore(), solver.mediumScore());
            assertTrue(solver.compareTo(optimum.score()) <= 0, "never above a proven optimum");
            double gap = (double) (optimum.score().softScore() - solver.softScore()) / -optimum.score().softScore();
            assertTrue(gap <= 0.005, "seed " + seed + ": " + solver + " vs optimum " + optimum.score());
        }
    }

    private static String home(MatchingSolution solution, String requestId) {
        PlacementRequest request = solution.getRequests().stream().filter(r -> r.getId().equals(requestId))
                .findFirst().orElseThrow();
        return request.getHome() == null ? null : request.getHome().getId();
    }

    private static Child sibling(String id, GeoPoint at) {
        return new Child(id, BenchInstances.AS_OF.minusYears(8), Sex.MALE, at, null, false, 1, null, Set.of(), "G",
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
    }

    private static Child child(String id, LivingWith livingWith, Urgency urgency, GeoPoint at) {
        return new Child(id, BenchInstances.AS_OF.minusYears(9), Sex.FEMALE, at, null, false, 1, null, Set.of(), null,
                livingWith, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, urgency);
    }
}
