package uk.sufficiency.web.recruitment;

import java.util.List;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.settings.PlanGoal;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.demand.LacProjectionDemand;
import uk.sufficiency.engine.planning.demand.LacProjectionRunner;
import uk.sufficiency.engine.planning.demand.TrendDemand;
import uk.sufficiency.engine.planning.goalseek.RecruitmentGoalSeek;
import uk.sufficiency.engine.planning.settings.DemandSettings;
import uk.sufficiency.engine.planning.supply.CurrentSupply;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The recruitment page's one door to the planner: reads the plan settings through
 * {@link PlanCapability#settings} (every problem reported) and builds its demand simulations and
 * recruitment yield once per scenario and seed, as {@link PlanCapability#run} does in quick mode;
 * then evaluates any recruitment grid the controls set against the same simulations, so a control
 * change costs one supply projection, not a new plan.
 */
public final class PlannerAdapter {

    private final PlanSettings settings;
    private final PlanEvaluator evaluator;
    private final String demandSource;
    private final long seed;
    private final CurrentSupply current;

    private PlannerAdapter(PlanSettings settings, PlanEvaluator evaluator, String demandSource, long seed,
            CurrentSupply current) {
        this.settings = settings;
        this.evaluator = evaluator;
        this.demandSource = demandSource;
        this.seed = seed;
        this.current = current;
    }

    /** @param seedOption the seed serve was given, or null for plan.seed or the default */
    public static PlannerAdapter prepare(Scenario scenario, Long seedOption) {
        PlanCapability capability = new PlanCapability();
        ProblemCollector problems = new ProblemCollector();
        PlanSettings read = capability.settings(scenario, problems);
        problems.throwIfErrors();
        PipelineContext context = new PipelineContext(scenario, seedOption, true, null);
        long seed = context.seed(read.sectionSeed());
        DemandSimulations demand;
        String source;
        int simulations = Math.min(read.simulations(), PlanCapability.QUICK_SIMULATIONS);
        if (read.demand().fromLacProjection()) {
            var lac = LacProjectionRunner.resultFor(context);
            demand = LacProjectionDemand.from(lac.paths(), read.mix(), read.asOf(), read.years(),
                    LacProjectionDemand.defaultKinds());
            source = LacProjectionDemand.describe(lac, read.asOf());
            simulations = demand.simulations();
        } else {
            DemandSettings d = read.demand();
            demand = TrendDemand.simulate(read.mix(), d.growthPerYear(), d.growthSd(), d.dispersion(), read.years(),
                    simulations, seed);
            source = "trend from the scenario's current children (plan.demand)";
        }
        PlanSettings settings = read.forRun(simulations, List.of());
        RecruitmentYield yield = RecruitmentYield.draw(simulations, read.supplySettings().recruitmentYieldSd(), seed);
        return new PlannerAdapter(settings, new PlanEvaluator(settings, demand, yield), source, seed,
                CurrentSupply.of(scenario));
    }

    public PlanSettings settings() {
        return settings;
    }

    /** The scenario's own extra recruitment (plan.recruit), {@code [year][level]}. */
    public double[][] scenarioRecruitment() {
        return PlanSettings.everyYear(settings.extraRecruitsPerYear(), settings.years());
    }

    /** Baseline and plan on the same simulations for this extra recruitment {@code [year][level]}. */
    public PlanResult evaluate(double[][] extra) {
        PlanEvaluator.Evaluation baseline = evaluator.evaluate(new double[settings.years() + 1][SkillLevel.SLOTS],
                settings.years());
        PlanEvaluator.Evaluation plan = evaluator.evaluate(extra, settings.years());
        return new PlanResult(settings, baseline, plan, extra, null, demandSource, seed, current);
    }

    /** The least extra recruitment that meets the goal ({@code in_house_share>=0.65@2019}) with the plan's probability. */
    public RecruitmentGoalSeek.Result goalSeek(String goal) {
        return RecruitmentGoalSeek.seek(evaluator, PlanGoal.parse(goal), settings.recruitment().goalProbability());
    }
}
