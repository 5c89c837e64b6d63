package uk.sufficiency.engine.planning.goalseek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanGoal;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanOptions;
import uk.sufficiency.engine.planning.PlanSettings;
import uk.sufficiency.engine.planning.PlanSettingsReader;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.demand.TrendDemand;
import uk.sufficiency.model.scenario.ScenarioLoader;

class GoalSeekerTest {

    private static PlanEvaluator evaluator(Integer cap) throws Exception {
        Path folder = Path.of(GoalSeekerTest.class.getResource("/scenarios/plan-demo/scenario.yaml").toURI()).getParent();
        PlanSettings settings = PlanSettingsReader.read(ScenarioLoader.load(folder),
                new PlanOptions(3, 100, 5L, null, "", cap));
        DemandSimulations demand = TrendDemand.simulate(settings.mix(), settings.growthPerYear(), settings.growthSd(),
                settings.dispersion(), settings.years(), settings.simulations(), settings.seed());
        return new PlanEvaluator(settings, demand);
    }

    @Test
    void findsRecruitmentThatMeetsTheGoalWithNoSurplusHousehold() throws Exception {
        PlanEvaluator evaluator = evaluator(null);
        PlanGoal goal = PlanGoal.parse("gap<=150@2017");
        double[][] start = new double[4][7];
        double before = evaluator.evaluate(start, 2).mean(PlanMeasure.GAP, 2, PlanEvaluator.ALL);
        assertTrue(before > 150, "the goal must need recruitment; baseline gap " + before);
        GoalSeeker.Result result = GoalSeeker.seek(evaluator, goal, start);
        assertTrue(result.met(), result.explanation());
        double after = evaluator.evaluate(result.extra(), 2).mean(PlanMeasure.GAP, 2, PlanEvaluator.ALL);
        assertTrue(after <= 150, "gap " + after);
        assertEquals(after, result.metricValue(), 1e-9);
        // no single household can be dropped; no recruitment after the goal's year
        for (int t = 1; t <= 2; t++) {
            for (int level = 1; level <= 6; level++) {
                if (result.extra()[t][level] >= 1) {
                    result.extra()[t][level] -= 1;
                    double without = evaluator.evaluate(result.extra(), 2).mean(PlanMeasure.GAP, 2, PlanEvaluator.ALL);
                    assertFalse(without <= 150, "household at year " + t + " level " + level + " is surplus");
                    result.extra()[t][level] += 1;
                }
            }
        }
        for (int level = 1; level <= 6; level++) {
            assertEquals(0, result.extra()[3][level], 0);
        }
    }

    @Test
    void reportsAGoalThatCannotBeMetWithinTheCap() throws Exception {
        PlanEvaluator evaluator = evaluator(32); // baseline 30 a year: room for 2 extra
        GoalSeeker.Result result = GoalSeeker.seek(evaluator, PlanGoal.parse("in_house_share>=0.95@2017"), new double[4][7]);
        assertFalse(result.met());
        assertTrue(result.explanation().contains("not met"), result.explanation());
        for (int t = 1; t <= 2; t++) {
            double year = 0;
            for (int level = 1; level <= 6; level++) {
                year += result.extra()[t][level];
            }
            assertTrue(year <= 2, "cap broken in year " + t);
        }
    }
}
