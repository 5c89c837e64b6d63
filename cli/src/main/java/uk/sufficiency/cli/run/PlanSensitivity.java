package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * What a plausible swing in each driver of the plan does to its headline, the foster sufficiency
 * gap in the last year: each driver is set 25% below and above its value (as the plan's inputs
 * table gives it) and the plan is run again with the same seed. Drawn as a tornado, widest first
 * ({@link Sensitivity}).
 */
final class PlanSensitivity {

    /** A driver: its key in the plan section and what it means. */
    record Driver(String key, String label) {
    }

    static final List<Driver> DRIVERS = List.of(
            new Driver("demand.growth_per_year", "Demand growth a year"),
            new Driver("supply.other_deregistration_rate", "Carers leaving a year (not retiring)"),
            new Driver("supply.unusable_place_share", "Share of approved places not usable"),
            new Driver("supply.places_per_new_household", "Places per new household"),
            new Driver("supply.baseline_recruits_per_year", "Households recruited a year (baseline)"),
            new Driver("supply.progression_rate", "Carers moving up a skill level a year"));

    /** The plausible swing, as a share of each driver's value. */
    static final double SWING = 0.25;

    private PlanSensitivity() {
    }

    static List<Sensitivity.Effect> effects(Scenario scenario, Table inputs, PlanCapability capability,
            PipelineContext pipeline) {
        pipeline.progress().note("sensitivity: each driver 25% lower and higher");
        PipelineContext context = pipeline.quiet(); // one note for the swings, not one per run
        List<Sensitivity.Driver> drivers = new ArrayList<>();
        for (Driver driver : DRIVERS) {
            Double value = value(inputs, "plan." + driver.key());
            if (value != null && value != 0) {
                drivers.add(new Sensitivity.Driver(driver.label(), "25% lower or higher", value, value * (1 - SWING),
                        value * (1 + SWING),
                        v -> gap(scenario, driver, v, capability, context)));
            }
        }
        return Sensitivity.effects(drivers);
    }

    /** The tornado chart and its table, and one sentence naming the driver that moves the gap most. */
    static String show(List<Sensitivity.Effect> effects, double gap, int year, StepResult.Builder step) {
        return Sensitivity.show("plan-sensitivity", new Sensitivity.Measure("gap", "in " + year, "gap", "children",
                v -> String.format(Locale.UK, "%,.0f children", v)), 0, gap, effects, step);
    }

    private static double[] gap(Scenario scenario, Driver driver, double value, PlanCapability capability,
            PipelineContext context) {
        ProblemCollector problems = new ProblemCollector();
        Scenario swung = scenario.withSetting("plan", driver.key(), DoubleNode.valueOf(value), "sensitivity");
        PlanSettings settings = capability.settings(swung, problems);
        if (problems.hasErrors()) {
            return null; // the swing leaves the driver's range (e.g. a share above 1): not plausible, left out
        }
        PlanResult result = capability.run(settings.greedy(), context); // the tornado is of the greedy gap (decision 0092)
        return new double[] {Interval.of(result.plan().samples(PlanMeasure.GAP, settings.years(), PlanEvaluator.ALL))
                .mean()};
    }

    private static Double value(Table inputs, String parameter) {
        int name = inputs.columns().indexOf("parameter");
        int value = inputs.columns().indexOf("value");
        for (List<Object> row : inputs.rows()) {
            if (parameter.equals(String.valueOf(row.get(name)))) {
                try {
                    return Double.parseDouble(String.valueOf(row.get(value)));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
