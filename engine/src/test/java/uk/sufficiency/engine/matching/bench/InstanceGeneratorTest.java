package uk.sufficiency.engine.matching.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.scenario.Scenario;

class InstanceGeneratorTest {

    @Test
    void scenarioInstancesHaveTheAskedWaitingChildrenAndSingletonsAreExact() {
        Scenario realistic = InstanceGenerator.SCENARIO.generate(150, 3, false, 0.3);
        Scenario singletons = InstanceGenerator.SCENARIO.generate(150, 3, true, 0.3);
        assertEquals(500, realistic.children().size());
        assertEquals(150, realistic.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count());
        assertTrue(realistic.children().stream().anyMatch(c -> c.status() == ChildStatus.PLACED));
        assertTrue(realistic.children().stream().anyMatch(Child::isInSiblingGroup));
        assertTrue(realistic.children().stream().anyMatch(c -> c.livingWith() != LivingWith.ANY));
        assertFalse(ExactReference.solve(new MatchingProblemFactory(0).build(realistic)).exact());

        // Same draws, minus sibling groups and living_with rules; min-cost flow is then exact.
        assertEquals(realistic.placements(), singletons.placements());
        assertEquals(realistic.children().stream().map(Child::childId).toList(),
                singletons.children().stream().map(Child::childId).toList());
        assertTrue(singletons.children().stream().noneMatch(Child::isInSiblingGroup));
        assertTrue(singletons.children().stream().allMatch(c -> c.livingWith() == LivingWith.ANY));
        assertTrue(ExactReference.solve(new MatchingProblemFactory(0).build(singletons)).exact());
    }

    @Test
    void randomIsTheOriginalBenchGenerator() {
        assertEquals(BenchInstances.random(80, 5, true).children(),
                InstanceGenerator.RANDOM.generate(80, 5, true, 0.3).children());
        assertEquals(List.of(), InstanceGenerator.RANDOM.regenerateCommand(80, 5, true, 0.3, "x"));
    }

    @Test
    void regenerateCommandAndSizeLimits() {
        assertEquals(List.of("sufficiency generate --profile england --children 1667 --seed 1 --waiting-share 0.3"
                + " --singletons --out d"), InstanceGenerator.SCENARIO.regenerateCommand(500, 1, true, 0.3, "d"));
        assertThrows(IllegalArgumentException.class, () -> InstanceGenerator.totalChildren(10, 0.3));
        assertThrows(IllegalArgumentException.class, () -> InstanceGenerator.totalChildren(40_000, 0.3));
        assertThrows(IllegalArgumentException.class, () -> InstanceGenerator.totalChildren(500, 0));
        assertEquals(10_000, InstanceGenerator.totalChildren(10_000, 1.0));
        assertEquals(InstanceGenerator.SCENARIO, InstanceGenerator.of("scenario"));
    }
}
