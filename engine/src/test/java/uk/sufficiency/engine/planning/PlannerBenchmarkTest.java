package uk.sufficiency.engine.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed goals of issue 7 on the Leicestershire-sized synthetic scenario: a 5-year plan with 1,000
 * demand simulations under 30 s, goal-seek under 2 minutes. Run with
 * {@code mvn -B -o -Pbenchmark test -pl engine -am -Dtest=PlannerBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PlannerBenchmarkTest {

    @Test
    void fiveYearPlanWithAThousandSimulations() {
        var scenario = PlanTestScenario.load();
        long start = System.nanoTime();
        PlanResult result = PlanTestScenario.plan(PlanTestScenario.with(scenario, "recruit", "L3=+12/yr,L4=+6/yr"), 1L);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("planner benchmark: 5-year plan, 1000 simulations: %.2f s%n", seconds);
        assertTrue(result.comparison().size() == 5);
        assertTrue(seconds < 30, seconds + " s");
    }

    @Test
    void goalSeekWithAThousandSimulations() {
        var scenario = PlanTestScenario.load();
        long start = System.nanoTime();
        PlanResult result = PlanTestScenario.plan(PlanTestScenario.with(scenario, "goal", "in_house_share>=0.62@2020"), 1L);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("planner benchmark: goal-seek in_house_share>=0.62@2020, 1000 simulations: %.2f s, "
                + "%d evaluations, met %s%n", seconds, result.goalSeek().evaluations(), result.goalSeek().met());
        assertTrue(result.goalSeek().met());
        assertTrue(seconds < 120, seconds + " s");
    }
}
