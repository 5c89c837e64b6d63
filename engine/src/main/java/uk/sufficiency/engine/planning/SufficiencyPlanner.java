package uk.sufficiency.engine.planning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.demand.LacProjectionDemand;
import uk.sufficiency.engine.planning.demand.TrendDemand;
import uk.sufficiency.engine.planning.goalseek.GoalSeeker;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The sufficiency planner's entry point: sets in-house foster carer supply by skill level against
 * simulated demand, year by year, for a baseline and a recruitment plan (given, or goal-sought).
 * Methods: docs/methods/planning.md.
 */
public final class SufficiencyPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(SufficiencyPlanner.class);

    private SufficiencyPlanner() {
    }

    /** Validates every input (throwing InvalidInputException with all problems) and plans. */
    public static PlanResult plan(Scenario scenario, PlanOptions options) {
        PlanSettings settings = PlanSettingsReader.read(scenario, options);
        if (settings.demandSource().equals("lac_projection")) {
            DemandSimulations lac = LacProjectionDemand.fromScenario(scenario, settings.mix(), settings.years(),
                    settings.simulations(), settings.seed());
            return plan(settings, lac, "LAC projection paths (scenario lac_projection section), split by the current"
                    + " level mix within each placement kind");
        }
        DemandSimulations demand = TrendDemand.simulate(settings.mix(), settings.growthPerYear(), settings.growthSd(),
                settings.dispersion(), settings.years(), settings.simulations(), settings.seed());
        return plan(settings, demand, "trend from the scenario's current children (plan.demand)");
    }

    /** Plans against any demand simulations, e.g. an adapter over the looked-after projection. */
    public static PlanResult plan(PlanSettings settings, DemandSimulations demand, String demandSource) {
        PlanEvaluator evaluator = new PlanEvaluator(settings, demand);
        double[][] extra = PlanSettings.everyYear(settings.extraRecruitsPerYear(), settings.years());
        GoalSeeker.Result seek = null;
        if (settings.goal() != null) {
            seek = GoalSeeker.seek(evaluator, settings.goal(), extra);
            extra = seek.extra();
            LOG.info("goal-seek: {} after {} plan evaluations", seek.explanation(), seek.evaluations());
        }
        double[][] none = new double[settings.years() + 1][SkillLevel.SLOTS];
        PlanEvaluator.Evaluation baseline = evaluator.evaluate(none, settings.years());
        PlanEvaluator.Evaluation plan = evaluator.evaluate(extra, settings.years());
        return new PlanResult(settings, baseline, plan, extra, seek, demandSource);
    }
}
