package uk.sufficiency.benchmarks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;

/** The Dantzig-Wolfe bound (decision 0100) on cases whose value is known by hand. */
class DantzigWolfeBoundTest {

    private static final GeoPoint HERE = new GeoPoint(52.6, -1.1);
    private static final DantzigWolfeBound.Settings SHORT = new DantzigWolfeBound.Settings(Duration.ofSeconds(30), 6,
            DantzigWolfeBound.Settings.DEFAULT.boxWidth());

    /**
     * One home of 2 places; an emergency child (weight 3) who must live alone and two planned
     * children (weight 1 each), all three eligible only there. The flow drops the rule and places
     * the emergency child and one planned one: 1 weighted child unplaced (medium -1). The home's
     * fillings are {alone child} (value 3) and {both planned} (value 2), one filling per home, so
     * the Dantzig-Wolfe bound is 3 of the 5 placed: medium -2, strictly tighter, and the optimum.
     */
    @Test
    void aChildWhoMustLiveAloneTakesTheHomeWhereTheFlowSharesIt() {
        Scenario scenario = BenchInstances.scenario(List.of(child("S", LivingWith.SOLO, Urgency.EMERGENCY),
                child("A", LivingWith.ANY, Urgency.PLANNED), child("B", LivingWith.ANY, Urgency.PLANNED)),
                List.of(BenchInstances.foster("H", PlacementType.IN_HOUSE_FOSTER, 3, 2, HERE.latitude(),
                        HERE.longitude(), null)));
        MatchingSolution problem = new MatchingProblemFactory(0).build(scenario);
        RelaxedFlow flow = RelaxedFlow.solve(problem);
        DantzigWolfeBound.Result bound = DantzigWolfeBound.solve(problem, flow, SHORT);
        assertEquals(-1, flow.result().score().mediumScore());
        assertEquals(-2, bound.medium());
        assertTrue(bound.converged());
        assertEquals(-2, bound.masterMedium(), "converged: the master's value is the bound's");
    }

    private static Child child(String id, LivingWith livingWith, Urgency urgency) {
        return new Child(id, BenchInstances.AS_OF.minusYears(9), Sex.FEMALE, HERE, null, false, 1, null, Set.of(), null,
                livingWith, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, urgency);
    }
}
