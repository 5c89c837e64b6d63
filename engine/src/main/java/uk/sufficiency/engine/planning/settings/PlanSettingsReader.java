package uk.sufficiency.engine.planning.settings;

import uk.sufficiency.engine.pipeline.PipelineContext;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.demand.CurrentMix;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads {@link PlanSettings} from the scenario's {@code plan:} section through the one settings
 * mechanism (strict binding, then range and cross-key rules, each problem at the file and line
 * that set the key), its price list and its placements. Each part of the section is read by its
 * own class; every value not set falls back to a documented default recorded as an assumption.
 */
public final class PlanSettingsReader {

    public static final String SECTION = "plan";
    static final int DEFAULT_YEARS = 5;
    static final int DEFAULT_SIMULATIONS = 1000;

    private PlanSettingsReader() {
    }

    /** The settings, or null after adding every problem found. */
    public static PlanSettings read(Scenario scenario, ProblemCollector problems) {
        ConfigSection section = scenario.settings(SECTION);
        ProblemCollector local = new ProblemCollector();
        PlanSection plan = section.bind(PlanSection.class, local);
        if (plan == null) {
            local.problems().forEach(problems::add);
            return null;
        }
        List<Assumption> assumptions = new ArrayList<>();
        SectionReading in = new SectionReading(section, local, assumptions);
        int years = in.whole(plan.years(), "/years", 1, 30, "a number of plan years", DEFAULT_YEARS, "years",
                "default");
        int simulations = in.whole(plan.simulations(), "/simulations", 1, PipelineContext.MAX_SIMULATIONS, "a number of simulations",
                DEFAULT_SIMULATIONS, "demand simulations", "default");
        section.checkRange(local, "/seed", plan.seed(), 0, (double) ((1L << 53) - 1), "a seed");
        PlanEvaluation evaluation = evaluation(plan.evaluate(), in);
        DemandSettings demand = DemandSettings.read(plan.demand(), in);
        SupplySettings supply = SupplySettings.read(plan, in);
        InHouseStock stock = InHouseStock.of(scenario.placements(), in);
        RecruitmentSettings recruitment = RecruitmentSettings.read(plan, supply, stock.households(),
                scenario.asOfDate(), years, in);
        CurrentMix mix = CurrentMix.of(scenario.children(), scenario.placements());
        in.derived("children_in_demand", mix.total(), "children",
                "children.csv: every child, by recommended kind and required level");
        in.derived("children_with_connected_carers_excluded", mix.connectedExcluded(), "children",
                "children.csv current_placement_id of a connected placement (met by that carer)");
        UnitCosts prices = unitCosts(scenario, local);
        PlanCostSettings costs = prices == null ? null
                : PlanCostSettings.read(plan.costs(), scenario, prices, years, in);
        local.problems().forEach(problems::add);
        if (local.hasErrors()) {
            return null;
        }
        return new PlanSettings(scenario.asOfDate(), years, simulations, plan.seed(), demand, supply, costs,
                recruitment, stock, mix, evaluation, assumptions);
    }

    /** {@code plan.evaluate}: greedy unless set; any other word is an error at its line. */
    private static PlanEvaluation evaluation(String word, SectionReading in) {
        String value = in.section().valueOrDefault(word, "/evaluate", PlanEvaluation.GREEDY.word(), "",
                "default: the greedy in-house-first rule (docs/methods/planning.md s4)", in.assumptions());
        PlanEvaluation evaluation = PlanEvaluation.of(value);
        if (evaluation == null) {
            in.error("/evaluate", value, "how the plan is evaluated must be one of " + PlanEvaluation.words());
            return PlanEvaluation.GREEDY;
        }
        return evaluation;
    }

    /** The scenario's price list; the loader reports its problems, so here they only stop the plan. */
    private static UnitCosts unitCosts(Scenario scenario, ProblemCollector problems) {
        ProblemCollector own = new ProblemCollector();
        UnitCosts costs = UnitCosts.read(scenario.settings(UnitCosts.SECTION), scenario.placements(), scenario.fees(),
                scenario.asOfDate(), own);
        if (own.hasErrors()) {
            own.problems().forEach(problems::add);
            return null;
        }
        return costs;
    }
}
