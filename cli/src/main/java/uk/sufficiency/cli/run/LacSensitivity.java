package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.engine.projection.lac.LacProjectionInputs;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * What a plausible swing in each driver of the looked-after children projection does to its
 * headlines, children in care at the end and the cost of care in the last full financial year
 * (decision 0071): entry rates and leaving rates 25% lower or higher (an {@code entry_edits} or
 * {@code rate_edits} multiplier over every category, age and month), and the months of history the
 * rates are estimated on a quarter shorter or longer. Each is a real re-run through settings
 * overrides with the same seed, with fewer simulations than the projection (200 in a full run, 20 in
 * a quick one) and no backtests; the headlines they are compared with are run the same way.
 */
final class LacSensitivity {

    static final double SWING = 0.25;
    private static final int DEFAULT_WINDOW_MONTHS = 12;

    /** The headlines with every driver at its value, when they are measured, and each driver's effect. */
    record Result(double[] base, String endMonth, int financialYear, List<Sensitivity.Effect> effects) {
    }

    private LacSensitivity() {
    }

    /** Run before the projection that is shown: each run shares its result with the plan. */
    static Result run(Scenario scenario, LacProjectionCapability capability, PipelineContext pipeline, int simulations) {
        pipeline.progress().note("sensitivity: each driver 25% lower and higher, " + simulations + " simulations a run");
        PipelineContext context = pipeline.quiet(); // one note for the swings, not one per run
        String section = capability.section();
        Scenario cheap = scenario
                .withSetting(section, "simulations", IntNode.valueOf(simulations), "sensitivity")
                .withSetting(section, "backtest_months", IntNode.valueOf(0), "sensitivity");
        LacProjectionResult base = project(cheap, capability, context);
        if (base == null || lastFullYear(base) == null) {
            return null;
        }
        int year = lastFullYear(base);
        List<Sensitivity.Driver> drivers = new ArrayList<>();
        drivers.add(new Sensitivity.Driver("Children entering care (entry rates)", "25% lower or higher", 1, 1 - SWING,
                1 + SWING, f -> headlines(edited(cheap, section, "entry_edits", f, null), capability, context, year)));
        drivers.add(new Sensitivity.Driver("Children leaving care (leaving rates)", "25% lower or higher", 1, 1 - SWING,
                1 + SWING, f -> headlines(edited(cheap, section, "rate_edits", f, "exit"), capability, context, year)));
        JsonNode window = cheap.settings(section).node().path("reference_window");
        if (window.isMissingNode() || window.asText().matches("\\d+m")) {
            int months = window.isMissingNode() ? DEFAULT_WINDOW_MONTHS : Integer.parseInt(window.asText().replace("m", ""));
            DoubleFunction<double[]> at = m -> headlines(cheap.withSetting(section, "reference_window",
                    TextNode.valueOf(Math.round(m) + "m"), "sensitivity"), capability, context, year);
            drivers.add(new Sensitivity.Driver("Months of history the rates are estimated on", "a quarter fewer or more",
                    months, Math.round(months * (1 - SWING)), Math.round(months * (1 + SWING)), at));
        }
        return new Result(measures(base, year), base.monthEnds().get(base.monthEnds().size() - 1).toString(), year,
                Sensitivity.effects(drivers));
    }

    /** The two tornadoes (children, cost) and the sentence naming the strongest driver of each. */
    static String show(Result result, StepResult.Builder step) {
        if (result == null) {
            return "";
        }
        String children = Sensitivity.show("lac-sensitivity", new Sensitivity.Measure("number of children in care", "at "
                + result.endMonth(), "children", "children", v -> String.format(Locale.UK, "%,.0f children", v)), 0,
                result.base()[0], result.effects(), step);
        String cost = Sensitivity.show("lac-sensitivity-cost", new Sensitivity.Measure("cost of care", "in "
                + result.financialYear() + "-" + String.format("%02d", (result.financialYear() + 1) % 100), "cost_gbp",
                "GBP", v -> CellText.figure(v, "GBP")), 1, result.base()[1], result.effects(), step);
        return children + cost;
    }

    private static double[] headlines(Scenario scenario, LacProjectionCapability capability, PipelineContext context,
            int year) {
        LacProjectionResult result = project(scenario, capability, context);
        return result == null ? null : measures(result, year);
    }

    private static LacProjectionResult project(Scenario scenario, LacProjectionCapability capability,
            PipelineContext context) {
        ProblemCollector problems = new ProblemCollector();
        LacProjectionInputs inputs = capability.settings(scenario, problems);
        return problems.hasErrors() ? null : capability.run(inputs, context);
    }

    /** Children in care at the end (mean) and the cost of care in the financial year (mean, GBP). */
    private static double[] measures(LacProjectionResult result, int year) {
        return new double[] {result.childrenInCare(result.monthEnds().size() - 1, null, null).mean(),
                result.costGbp(year, null).mean()};
    }

    private static Integer lastFullYear(LacProjectionResult result) {
        Integer last = null;
        for (int year : result.paths().financialYears()) {
            if (result.monthsIn(year) == 12) {
                last = year;
            }
        }
        return last;
    }

    /** The section's edits and one more: the factor over every category, age band and month. */
    private static Scenario edited(Scenario scenario, String section, String key, double factor, String to) {
        JsonNode now = scenario.settings(section).node().path(key);
        ArrayNode edits = now.isArray() ? (ArrayNode) now.deepCopy() : JsonNodeFactory.instance.arrayNode();
        var edit = edits.addObject();
        if (to != null) {
            edit.put("to", to);
        }
        edit.put("multiply", factor);
        return scenario.withSetting(section, key, edits, "sensitivity");
    }
}
