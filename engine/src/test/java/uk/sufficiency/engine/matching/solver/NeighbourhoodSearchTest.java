package uk.sufficiency.engine.matching.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.Home;
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
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;

class NeighbourhoodSearchTest {

    private static final GeoPoint HERE = new GeoPoint(52.63, -1.13);
    private static final GeoPoint FURTHER = new GeoPoint(52.70, -1.13);

    /**
     * Home A (2 places, near) takes children of any age, home B (1 place, further) only teenagers. A
     * teenager S sits in A; an emergency pair of young siblings, who may live only in A, waits. No
     * single move improves (the pair does not fit in A beside S; S to B only costs distance), but the
     * two moved at once place the pair: S to B, the pair into A.
     */
    @Test
    void findsAnExchangeOfTwoRequestsThatNoSingleMoveMakes() {
        MatchingSolution problem = problem(List.of(sibling("G1", 5, "pair"), sibling("G2", 6, "pair"),
                child("S", 14, LivingWith.ANY)));
        PlacementRequest pair = request(problem, "sibling_group:pair");
        PlacementRequest teenager = request(problem, "S");
        Home near = home(problem, "A");
        Home further = home(problem, "B");
        teenager.setHome(near);
        HardMediumSoftLongScore start = MatchingScoring.score(problem);
        assertTrue(noSingleMoveImproves(problem, start), "a local optimum for single moves: " + start);

        MatchingSolution solved = searched(problem);
        assertSame(home(solved, "A"), request(solved, pair.getId()).getHome(), "the pair in A");
        assertSame(home(solved, "B"), request(solved, teenager.getId()).getHome(), "S moved to B");
        assertEquals(0, solved.getScore().hardScore());
        assertEquals(0, solved.getScore().mediumScore(), "every child placed");
        assertTrue(solved.getScore().compareTo(start) > 0);
        assertSame(further.getId(), request(solved, "S").getHome().getId());
    }

    /** A waiting child who must live alone takes A only once S leaves it: never beside S (a hard rule). */
    @Test
    void aChildWhoMustLiveAloneIsPlacedAloneOrNotAtAll() {
        MatchingSolution problem = problem(List.of(child("X", 6, LivingWith.SOLO), child("S", 14, LivingWith.ANY)));
        request(problem, "S").setHome(home(problem, "A"));
        HardMediumSoftLongScore start = MatchingScoring.score(problem);
        MatchingSolution solved = searched(problem);
        assertEquals(0, solved.getScore().hardScore());
        assertTrue(solved.getScore().compareTo(start) > 0, solved.getScore() + " against " + start);
        assertSame(home(solved, "A"), request(solved, "X").getHome());
        assertEquals(1, home(solved, "A").workingOccupants().size(), "X alone in A");
    }

    /**
     * After the construction on a generated authority (groups, rules, children placed now, pinned ones)
     * the search never breaks a hard rule, never makes the score worse, and gives the same answer twice.
     */
    @Test
    void afterTheConstructionItKeepsEveryRuleAndIsDeterministic() {
        Map<String, String> first = null;
        for (int run = 0; run < 2; run++) {
            HardMediumSoftLongScore constructed = SolverFactory.<MatchingSolution>create(config(
                    new FlowConstruction(1, Long.MAX_VALUE, () -> false))).buildSolver().solve(generated()).getScore();
            SolverConfig config = config(new FlowConstruction(1, Long.MAX_VALUE, () -> false),
                    new NeighbourhoodSearch(() -> false));
            MatchingSolution solved = SolverFactory.<MatchingSolution>create(config).buildSolver().solve(generated());
            assertEquals(0, solved.getScore().hardScore(), solved.getScore()::toString);
            assertTrue(solved.getScore().compareTo(constructed) >= 0, solved.getScore() + " against " + constructed);
            Map<String, String> homes = solved.getRequests().stream().collect(Collectors.toMap(PlacementRequest::getId,
                    r -> r.getHome() == null ? "-" : r.getHome().getId()));
            if (first != null) {
                assertEquals(first, homes, "the same answer twice");
            }
            first = homes;
        }
    }

    private static MatchingSolution generated() {
        return new MatchingProblemFactory(0).build(
                ScenarioGenerator.generate(GenerationProfile.england().withWaitingShare(0.4), 1200, 3));
    }

    private static boolean noSingleMoveImproves(MatchingSolution problem, HardMediumSoftLongScore start) {
        for (PlacementRequest request : problem.getRequests()) {
            Home was = request.getHome();
            List<Home> options = new ArrayList<>(request.getEligibleHomes().asList());
            options.add(null);
            for (Home home : options) {
                request.setHome(home);
                boolean better = MatchingScoring.score(problem).compareTo(start) > 0;
                request.setHome(was);
                if (better) {
                    return false;
                }
            }
        }
        MatchingScoring.score(problem);
        return true;
    }

    private static MatchingSolution searched(MatchingSolution problem) {
        return SolverFactory.<MatchingSolution>create(config(new NeighbourhoodSearch(() -> false))).buildSolver()
                .solve(problem);
    }

    @SafeVarargs
    private static SolverConfig config(
            org.optaplanner.core.impl.phase.custom.CustomPhaseCommand<MatchingSolution>... commands) {
        return new SolverConfig().withSolutionClass(MatchingSolution.class).withEntityClasses(PlacementRequest.class)
                .withScoreDirectorFactory(SolverConfigs.scoreDirector()).withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(0L).withPhases(new CustomPhaseConfig().withCustomPhaseCommands(commands));
    }

    private static MatchingSolution problem(List<Child> children) {
        List<Placement> homes = List.of(placement("A", 2, 0, HERE), placement("B", 1, 12, FURTHER));
        return new MatchingProblemFactory(0).build(BenchInstances.scenario(children, homes));
    }

    private static PlacementRequest request(MatchingSolution solution, String id) {
        return solution.getRequests().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Home home(MatchingSolution solution, String id) {
        return solution.getHomes().stream().filter(h -> h.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Child sibling(String id, int age, String group) {
        return new Child(id, BenchInstances.AS_OF.minusYears(age).minusDays(5), Sex.FEMALE, HERE, null, false, 1, null,
                Set.of(), group, LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.EMERGENCY);
    }

    private static Child child(String id, int age, LivingWith livingWith) {
        return new Child(id, BenchInstances.AS_OF.minusYears(age).minusDays(5), Sex.FEMALE, HERE, null, false, 1, null,
                Set.of(), null, livingWith, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
    }

    private static Placement placement(String id, int places, int minAge, GeoPoint at) {
        return new Placement(id, PlacementType.IN_HOUSE_FOSTER, 5, places, minAge, 17, SexApproval.ANY, Set.of(), at,
                null, null, ContractKind.SPOT, null, null);
    }
}
