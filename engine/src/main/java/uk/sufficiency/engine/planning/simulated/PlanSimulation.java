package uk.sufficiency.engine.planning.simulated;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.market.MarketCapability;
import uk.sufficiency.engine.market.MarketInputs;
import uk.sufficiency.engine.market.MarketSettings;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Evaluates a recruitment plan by the month-by-month market simulation ({@code plan.evaluate:
 * simulation}, decision 0092): the plan's recruitment, year by year and level by level, is the
 * simulation's carer recruitment; the simulation runs over the plan's years with the
 * {@code simulation:} section's other settings, once with the baseline recruitment and once with the
 * plan's, from the plan's seed.
 */
public final class PlanSimulation {

    private final MarketCapability market = new MarketCapability();
    private final LacProjectionCapability lac = new LacProjectionCapability();

    /**
     * Checks what the simulation needs (a {@code lac_projection} section, a valid {@code simulation:}
     * section), adding problems at {@code plan.evaluate} or the faulty key; false when it cannot run.
     */
    public boolean check(Scenario scenario, ProblemCollector problems) {
        if (!lac.configured(scenario)) {
            scenario.settings("plan").error(problems, "/evaluate", "simulation", "evaluating the plan by the market"
                    + " simulation needs a lac_projection section in scenario.yaml: its entry, leaving and move rates"
                    + " drive the children");
            return false;
        }
        // the simulation reads the plan section again: its warnings are already reported once
        ProblemCollector own = new ProblemCollector();
        market.settings(scenario, own);
        own.problems().stream().filter(p -> !problems.problems().contains(p)).forEach(problems::add);
        return own.problems().stream().noneMatch(Problem::isError);
    }

    /**
     * @param extra households recruited on top of the baseline, {@code [year][level]}, year 1..years
     * @param seed  the plan's seed
     */
    public SimulatedPlan evaluate(PlanSettings settings, double[][] extra, long seed, PipelineContext context) {
        MarketInputs inputs = market.settingsOrThrow(context.scenario());
        int simulations = inputs.settings().simulations();
        List<Assumption> more = new ArrayList<>();
        more.add(new Assumption("simulation.seed", Long.toString(seed), "", "the plan's seed (plan.evaluate)"));
        more.add(new Assumption("simulation.months.used", Integer.toString(12 * settings.years()), "months",
                "plan.years x 12 (plan.evaluate: simulation)"));
        if (context.quick() && simulations > MarketCapability.QUICK_SIMULATIONS) {
            simulations = MarketCapability.QUICK_SIMULATIONS;
            more.add(new Assumption("simulation.simulations.used", Integer.toString(simulations), "simulations",
                    "--quick"));
        }
        MarketSettings used = inputs.settings().forRun(12 * settings.years(), simulations, more);
        MarketInputs run = new MarketInputs(used, inputs.lac(), settings);
        context.progress().note("sufficiency plan: evaluating the baseline and the plan by the market simulation");
        double[][] none = new double[settings.years() + 1][SkillLevel.SLOTS];
        return new SimulatedPlan(market.simulate(run, recruits(settings, none), seed, context),
                market.simulate(run, recruits(settings, extra), seed, context), settings.years());
    }

    /** Baseline plus extra, {@code [year - 1][level]}: the simulation's years count from 0. */
    private static double[][] recruits(PlanSettings settings, double[][] extra) {
        double[] baseline = settings.baselineRecruitsPerYear();
        double[][] byYear = new double[settings.years()][SkillLevel.SLOTS];
        for (int t = 1; t <= settings.years(); t++) {
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                byYear[t - 1][level] = baseline[level] + extra[t][level];
            }
        }
        return byYear;
    }
}
