package uk.sufficiency.web.recruitment;

import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanGoal;
import uk.sufficiency.engine.planning.PlanOptions;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.PlanSettings;
import uk.sufficiency.engine.planning.PlanSettingsReader;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.demand.LacProjectionDemand;
import uk.sufficiency.engine.planning.demand.TrendDemand;
import uk.sufficiency.engine.planning.goalseek.GoalSeeker;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The recruitment page's one door to the planner: reads the plan settings and simulates demand
 * once per scenario and seed (as {@code SufficiencyPlanner.plan} does), then evaluates any
 * recruitment grid the controls set against the same demand simulations, so a control change costs
 * one supply projection, not a new plan. When the planner lands its own entry point, only this
 * class changes.
 */
public final class PlannerAdapter {

    /** Demand simulations of a quick look: those of {@code run --quick}. */
    public static final int QUICK_SIMULATIONS = 200;

    private final PlanSettings settings;
    private final PlanEvaluator evaluator;
    private final String demandSource;

    private PlannerAdapter(PlanSettings settings, PlanEvaluator evaluator, String demandSource) {
        this.settings = settings;
        this.evaluator = evaluator;
        this.demandSource = demandSource;
    }

    /** Reads the scenario's plan settings (every problem reported) and simulates demand. */
    public static PlannerAdapter prepare(Scenario scenario, int simulations, Long seed) {
        PlanSettings settings = PlanSettingsReader.read(scenario, new PlanOptions(null, simulations, seed, null, "", null));
        DemandSimulations demand;
        String source;
        if (settings.demandSource().equals("lac_projection")) {
            demand = LacProjectionDemand.fromScenario(scenario, settings.mix(), settings.years(), settings.simulations(),
                    settings.seed());
            source = "LAC projection paths, split by the current level mix";
        } else {
            demand = TrendDemand.simulate(settings.mix(), settings.growthPerYear(), settings.growthSd(),
                    settings.dispersion(), settings.years(), settings.simulations(), settings.seed());
            source = "trend from the scenario's current children (plan.demand)";
        }
        return new PlannerAdapter(settings, new PlanEvaluator(settings, demand), source);
    }

    public PlanSettings settings() {
        return settings;
    }

    /** The scenario's own extra recruitment (plan.recruit), {@code [year][level]}. */
    public double[][] scenarioRecruitment() {
        return PlanSettings.everyYear(settings.extraRecruitsPerYear(), settings.years());
    }

    /** Baseline and plan on the same demand simulations for this extra recruitment {@code [year][level]}. */
    public PlanResult evaluate(double[][] extra) {
        PlanEvaluator.Evaluation baseline = evaluator.evaluate(new double[settings.years() + 1][7], settings.years());
        PlanEvaluator.Evaluation plan = evaluator.evaluate(extra, settings.years());
        return new PlanResult(settings, baseline, plan, extra, null, demandSource);
    }

    /** The least extra recruitment, from none, that meets the goal ({@code in_house_share>=0.65@2019}). */
    public GoalSeeker.Result goalSeek(String goal) {
        PlanGoal parsed = PlanGoal.parse(goal);
        return GoalSeeker.seek(evaluator, parsed, new double[settings.years() + 1][7]);
    }
}
