package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.settings.PlanSettingsReader;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.engine.projection.lac.LacFit;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.engine.projection.lac.LacProjectionInputs;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The month-by-month placement market simulation's one entry point, called alike by
 * {@code sufficiency simulate} (its options become overrides of the {@code simulation:} section) and
 * by {@code run}'s simulation step: children enter, leave and move by the looked-after children
 * model, carers come and go by the planner's supply model and recruitment, and every month the
 * matcher places the waiting children around everyone placed. Method: docs/methods/simulation.md.
 */
public final class MarketCapability implements Capability<MarketInputs, MarketResult> {

    /** Simulations of a quick run ({@code --quick}), at most. */
    public static final int QUICK_SIMULATIONS = 20;

    private final LacProjectionCapability lac = new LacProjectionCapability();

    @Override
    public String id() {
        return "simulation";
    }

    @Override
    public String section() {
        return MarketSettingsReader.SECTION;
    }

    /** The simulation takes its entries, exits and moves from the looked-after children projection's model. */
    @Override
    public boolean configured(Scenario scenario) {
        return lac.configured(scenario);
    }

    @Override
    public MarketInputs settings(Scenario scenario, ProblemCollector problems) {
        MarketSettings settings = MarketSettingsReader.read(scenario, problems);
        if (!lac.configured(scenario)) {
            scenario.settings(section()).error(problems, "", null, "the market simulation needs a "
                    + lac.section() + " section in scenario.yaml: its entry, leaving and move rates drive the children");
            return null;
        }
        LacProjectionInputs lacInputs = lac.settings(scenario, problems);
        PlanSettings plan = PlanSettingsReader.read(scenario, problems);
        if (settings == null || lacInputs == null || plan == null || problems.hasErrors()) {
            return null;
        }
        return new MarketInputs(settings, lacInputs, plan);
    }

    @Override
    public MarketResult run(MarketInputs inputs, PipelineContext context) {
        long seed = context.seed(inputs.settings().sectionSeed());
        MarketSettings used = forRun(inputs.settings(), seed, context);
        PlanSettings plan = inputs.plan();
        MarketResult result = simulate(new MarketInputs(used, inputs.lac(), plan), planRecruits(plan), seed, context);
        context.share(MarketResult.class, result);
        return result;
    }

    /**
     * Simulates the market with the given recruitment: the entry point the planner uses to evaluate a
     * recruitment plan ({@code plan.evaluate: simulation}) as well as {@link #run}'s.
     *
     * @param inputs         the settings as used (months, simulations), the LAC model's and the plan's
     * @param recruitsByYear {@code [year][level]}: households recruited a year (baseline plus extra) in each
     *                       simulated year of 12 months, level 1-6; the last year's rate continues
     * @param seed           the seed of the run: simulation i draws from the i-th number of its SplittableRandom
     */
    public MarketResult simulate(MarketInputs inputs, double[][] recruitsByYear, long seed, PipelineContext context) {
        MarketSettings used = inputs.settings();
        PlanSettings plan = inputs.plan();
        RecruitmentYield yield = RecruitmentYield.draw(used.simulations(), plan.supplySettings().recruitmentYieldSd(),
                seed);
        MarketModel model = MarketModel.of(context.scenario(), LacFlows.of(fit(inputs.lac(), context),
                inputs.lac().config()), plan.supply(), recruitsByYear, yield, used, seed);
        context.progress().note("market simulation: " + used.simulations() + " simulations of " + used.months()
                + " months");
        return MarketSimulator.run(model, seed, context.progress());
    }

    /** The settings for this run: the seed used and, with --quick, the simulations cut, each with its source. */
    static MarketSettings forRun(MarketSettings settings, long seed, PipelineContext context) {
        List<Assumption> more = new ArrayList<>();
        more.add(new Assumption("simulation.seed", Long.toString(seed), "", context.seedGiven() ? "--seed"
                : settings.sectionSeed() != null ? "simulation.seed" : "default (one seed for every step)"));
        int simulations = settings.simulations();
        if (context.quick() && simulations > QUICK_SIMULATIONS) {
            simulations = QUICK_SIMULATIONS;
            more.add(new Assumption("simulation.simulations.used", Integer.toString(simulations), "simulations",
                    "--quick"));
        }
        return settings.forRun(simulations, more);
    }

    /** The plan's recruitment, {@code [year 0][level]}: baseline plus extra households a year, every year alike. */
    static double[][] planRecruits(PlanSettings plan) {
        double[] recruits = new double[SkillLevel.SLOTS];
        double[] baseline = plan.baselineRecruitsPerYear();
        double[] extra = plan.extraRecruitsPerYear();
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            recruits[level] = baseline[level] + extra[level];
        }
        return new double[][] {recruits};
    }

    /** The projection's fitted model when it ran in the same pipeline, else the same fit made here. */
    private static LacFit fit(LacProjectionInputs in, PipelineContext context) {
        return context.shared(LacProjectionResult.class).map(LacProjectionResult::fit).orElseGet(() ->
                LacFit.at(in.config(), in.history(), in.population(), in.timeFrame().windowEnd()));
    }

    @Override
    public List<Table> tables(MarketResult result) {
        return MarketTables.of(result);
    }
}
