package uk.sufficiency.engine.planning.goalseek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.settings.PlanGoal;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.PlanTestScenario;
import uk.sufficiency.model.scenario.Scenario;

class RecruitmentGoalSeekTest {

    private static Scenario scenario() {
        Scenario s = PlanTestScenario.with(PlanTestScenario.load(), "years", 3);
        return PlanTestScenario.with(s, "simulations", 200);
    }

    private static PlanEvaluator evaluator(Scenario scenario) {
        return PlanTestScenario.evaluator(PlanTestScenario.settings(scenario), 5);
    }

    private static double shareMeeting(PlanEvaluator evaluator, PlanGoal goal, double[][] extra, int year) {
        double[] values = evaluator.evaluate(extra, year, year).samples(PlanMeasure.of(goal.metric()), year, PlanEvaluator.ALL);
        return Arrays.stream(values).filter(goal::isMetBy).count() / (double) values.length;
    }

    @Test
    void findsSteadyTargetsMeetingTheGoalWithTheStatedProbabilityAndNoSurplus() {
        PlanEvaluator evaluator = evaluator(scenario());
        PlanGoal goal = PlanGoal.parse("in_house_share>=0.60@2017");
        assertTrue(shareMeeting(evaluator, goal, new double[4][7], 2) < 0.8, "the goal must need recruitment");
        RecruitmentGoalSeek.Result result = RecruitmentGoalSeek.seek(evaluator, goal, 0.8);
        assertTrue(result.met(), result.explanation());
        assertTrue(shareMeeting(evaluator, goal, result.extra(), 2) >= 0.8);
        assertTrue(result.probabilityMet() >= 0.8);
        // steady: the same households a year at each level in years 1-2, none after the goal's year
        assertArrayEquals(result.extra()[1], result.extra()[2]);
        assertArrayEquals(result.perYear(), result.extra()[1]);
        assertEquals(0, Arrays.stream(result.extra()[3]).sum(), 0);
        // least: one household a year fewer at any level misses the goal at that probability
        for (int level = 1; level <= 6; level++) {
            if (result.perYear()[level] >= 1) {
                double[][] fewer = new double[4][7];
                for (int t = 1; t <= 2; t++) {
                    fewer[t] = result.perYear().clone();
                    fewer[t][level] -= 1;
                }
                assertFalse(shareMeeting(evaluator, goal, fewer, 2) >= 0.8, "level " + level + " has a surplus");
            }
        }
    }

    @Test
    void aHigherProbabilityNeedsAtLeastAsManyHouseholds() {
        PlanEvaluator evaluator = evaluator(scenario());
        PlanGoal goal = PlanGoal.parse("in_house_share>=0.60@2017");
        double at60 = Arrays.stream(RecruitmentGoalSeek.seek(evaluator, goal, 0.6).perYear()).sum();
        double at90 = Arrays.stream(RecruitmentGoalSeek.seek(evaluator, goal, 0.9).perYear()).sum();
        assertTrue(at90 >= at60, at60 + " at 60%, " + at90 + " at 90%");
        assertTrue(at90 > 0);
    }

    /** Issue 13: goal-seek started from the plan's own recruitment and only added, so returned more than from none. */
    @Test
    void goalSeekFromAPlanWithRecruitmentReturnsNoMoreThanFromNone() {
        Scenario fromNone = PlanTestScenario.with(scenario(), "goal", "in_house_share>=0.60@2017");
        Scenario fromPlan = PlanTestScenario.with(fromNone, "recruit", "L3=+20/yr,L4=+10/yr");
        PlanResult none = PlanTestScenario.plan(fromNone, 7L);
        PlanResult withPlan = PlanTestScenario.plan(fromPlan, 7L);
        double a = Arrays.stream(none.goalSeek().perYear()).sum();
        double b = Arrays.stream(withPlan.goalSeek().perYear()).sum();
        assertTrue(b <= a, "from the plan " + b + ", from none " + a);
        assertTrue(b < 30, "goal-seek ignores plan.recruit's 30 a year: " + b);
    }

    @Test
    void reportsAGoalThatCannotBeMetWithinTheCap() {
        Scenario capped = PlanTestScenario.with(scenario(), "supply.recruit_cap_per_year", 32); // baseline 30: room for 2
        PlanSettings settings = PlanTestScenario.settings(capped);
        RecruitmentGoalSeek.Result result = RecruitmentGoalSeek.seek(PlanTestScenario.evaluator(settings, 5),
                PlanGoal.parse("in_house_share>=0.95@2017"), 0.8);
        assertFalse(result.met());
        assertTrue(result.explanation().contains("not met"), result.explanation());
        assertTrue(Arrays.stream(result.perYear()).sum() <= 2, "cap broken");
        assertTrue(PlanMeasure.IN_HOUSE_SHARE == PlanMeasure.of(PlanGoal.Metric.IN_HOUSE_SHARE));
    }
}
