package uk.sufficiency.engine.planning;

import uk.sufficiency.model.child.SkillLevel;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.demand.LacProjectionDemand;
import uk.sufficiency.engine.planning.demand.LacProjectionRunner;
import uk.sufficiency.engine.planning.demand.TrendDemand;
import uk.sufficiency.engine.planning.goalseek.RecruitmentGoalSeek;
import uk.sufficiency.engine.planning.settings.DemandSettings;
import uk.sufficiency.engine.planning.settings.PlanEvaluation;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.settings.PlanSettingsReader;
import uk.sufficiency.engine.planning.simulated.PlanSimulation;
import uk.sufficiency.engine.planning.supply.CurrentSupply;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The sufficiency planner's one entry point, called alike by {@code sufficiency plan} (after its
 * options become overrides of the {@code plan:} section) and by {@code run}'s plan step: in-house
 * foster carer supply by skill level against simulated demand, year by year, for a baseline and a
 * recruitment plan (given, or goal-sought). Methods: docs/methods/planning.md.
 */
public final class PlanCapability implements Capability<PlanSettings, PlanResult> {

    /** Simulations of a quick run ({@code --quick}), at most. */
    public static final int QUICK_SIMULATIONS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PlanCapability.class);

    private final PlanSimulation simulation = new PlanSimulation();

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public String section() {
        return PlanSettingsReader.SECTION;
    }

    /** The plan runs on every scenario: without a plan section its documented defaults apply. */
    @Override
    public boolean configured(Scenario scenario) {
        return true;
    }

    @Override
    public PlanSettings settings(Scenario scenario, ProblemCollector problems) {
        PlanSettings settings = PlanSettingsReader.read(scenario, problems);
        if (settings != null && settings.evaluation() == PlanEvaluation.SIMULATION
                && !simulation.check(scenario, problems)) {
            return null;
        }
        if (settings != null && settings.demand().fromLacProjection()) {
            int before = problems.problems().size();
            LacProjectionRunner.check(scenario, settings.years(), problems, () -> scenario.settings(section())
                    .error(problems, "/demand/source", DemandSettings.LAC_PROJECTION,
                            "demand from the LAC projection needs a lac_projection section in scenario.yaml"));
            boolean lacErrors = problems.problems().subList(before, problems.problems().size()).stream()
                    .anyMatch(Problem::isError);
            return lacErrors ? null : settings;
        }
        return settings;
    }

    @Override
    public PlanResult run(PlanSettings settings, PipelineContext context) {
        long seed = context.seed(settings.sectionSeed());
        List<Assumption> runAssumptions = new ArrayList<>();
        runAssumptions.add(new Assumption("plan.seed", Long.toString(seed), "", context.seedGiven() ? "--seed"
                : settings.sectionSeed() != null ? scenarioOrigin(context, "/seed") : "default (one seed for every step)"));
        DemandSimulations demand;
        String demandSource;
        int simulations = settings.simulations();
        if (settings.demand().fromLacProjection()) {
            LacProjectionResult lac = LacProjectionRunner.resultFor(context);
            demand = LacProjectionDemand.from(lac.paths(), settings.mix(), settings.asOf(), settings.years(),
                    LacProjectionDemand.defaultKinds());
            demandSource = LacProjectionDemand.describe(lac, settings.asOf());
            simulations = demand.simulations();
            runAssumptions.add(new Assumption("plan.simulations.used", Integer.toString(simulations), "simulations",
                    "the LAC projection's paths"));
        } else {
            if (context.quick() && simulations > QUICK_SIMULATIONS) {
                simulations = QUICK_SIMULATIONS;
                runAssumptions.add(new Assumption("plan.simulations.used", Integer.toString(simulations),
                        "simulations", "--quick"));
            }
            DemandSettings d = settings.demand();
            demand = TrendDemand.simulate(settings.mix(), d.growthPerYear(), d.growthSd(), d.dispersion(),
                    settings.years(), simulations, seed);
            demandSource = "trend from the scenario's current children (plan.demand)";
        }
        context.progress().note("sufficiency plan: " + simulations + " simulations over " + settings.years() + " years");
        CurrentSupply current = context.shared(MatchingResult.class)
                .map(m -> CurrentSupply.of(context.scenario(), m)).orElseGet(() -> CurrentSupply.of(context.scenario()));
        PlanSettings used = settings.forRun(simulations, runAssumptions);
        RecruitmentYield yield = RecruitmentYield.draw(simulations, settings.supplySettings().recruitmentYieldSd(), seed);
        PlanResult result = plan(used, demand, yield, demandSource, seed, current);
        if (used.evaluation() == PlanEvaluation.SIMULATION) {
            // goal-seek (hundreds of evaluations) stays greedy; the plan it chose is then simulated (decision 0092)
            result = result.withSimulated(simulation.evaluate(used, result.extraRecruits(), seed, context));
        }
        context.share(PlanResult.class, result);
        return result;
    }

    @Override
    public List<Table> tables(PlanResult result) {
        return PlanTables.of(result);
    }

    /** Plans against any demand simulations: the baseline, and the plan given or goal-sought. */
    public static PlanResult plan(PlanSettings settings, DemandSimulations demand, RecruitmentYield yield,
            String demandSource, long seed, CurrentSupply current) {
        PlanEvaluator evaluator = new PlanEvaluator(settings, demand, yield);
        double[][] extra = PlanSettings.everyYear(settings.extraRecruitsPerYear(), settings.years());
        RecruitmentGoalSeek.Result seek = null;
        if (settings.goal() != null) {
            seek = RecruitmentGoalSeek.seek(evaluator, settings.goal(), settings.recruitment().goalProbability());
            extra = seek.extra();
            LOG.info("goal-seek: {} after {} plan evaluations", seek.explanation(), seek.evaluations());
        }
        PlanEvaluator.Evaluation baseline = evaluator.evaluate(new double[settings.years() + 1][SkillLevel.SLOTS], settings.years());
        PlanEvaluator.Evaluation plan = evaluator.evaluate(extra, settings.years());
        return new PlanResult(settings, baseline, plan, extra, seek, demandSource, seed, current);
    }

    private static String scenarioOrigin(PipelineContext context, String pointer) {
        return context.scenario().settings(PlanSettingsReader.SECTION).origin(pointer).source();
    }
}
