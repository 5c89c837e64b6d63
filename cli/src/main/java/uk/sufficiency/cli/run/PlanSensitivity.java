package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.PlanSettings;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * What a plausible swing in each driver of the plan does to its headline, the foster sufficiency
 * gap in the last year: each driver is set 25% below and above its value (as the plan's inputs
 * table gives it) and the plan is run again with the same seed. Drawn as a tornado, widest first.
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

    /** One driver's effect: the gap with the driver low and high. */
    record Effect(Driver driver, double value, double gapLow, double gapHigh) {
        double width() {
            return Math.abs(gapHigh - gapLow);
        }
    }

    private PlanSensitivity() {
    }

    static List<Effect> effects(Scenario scenario, Table inputs, PlanCapability capability, PipelineContext context) {
        List<Effect> effects = new ArrayList<>();
        for (Driver driver : DRIVERS) {
            Double value = value(inputs, "plan." + driver.key());
            if (value == null || value == 0) {
                continue;
            }
            Double low = gap(scenario, driver, value * (1 - SWING), capability, context);
            Double high = gap(scenario, driver, value * (1 + SWING), capability, context);
            if (low != null && high != null) {
                effects.add(new Effect(driver, value, low, high));
            }
        }
        effects.sort(Comparator.comparingDouble(Effect::width).reversed());
        return effects;
    }

    /** The tornado chart and its table, and one sentence naming the driver that moves the gap most. */
    static String show(List<Effect> effects, double gap, int year, StepResult.Builder step) {
        if (effects.isEmpty()) {
            return "";
        }
        Table.Builder table = Table.builder("plan-sensitivity", "What a 25% swing in each driver does to the gap in "
                + year + " (children)", "driver", "value", "value_low", "value_high", "gap_low", "gap_high",
                "change_low", "change_high").keys(1);
        List<String> labels = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        for (Effect e : effects) {
            table.row(e.driver().label(), e.value(), fourPlaces(e.value() * (1 - SWING)),
                    fourPlaces(e.value() * (1 + SWING)), round(e.gapLow()),
                    round(e.gapHigh()), round(e.gapLow() - gap), round(e.gapHigh() - gap));
            labels.add(e.driver().label());
            down.add(round(e.gapLow() - gap));
            up.add(round(e.gapHigh() - gap));
        }
        step.chart(new ChartSpec("Sensitivity: change in the " + year + " gap when each driver is 25% lower or higher"
                + " (children)", ChartSpec.Type.TORNADO, labels, "children",
                List.of(ChartSpec.Series.of("driver 25% lower", down), ChartSpec.Series.of("driver 25% higher", up)),
                "plan-sensitivity"), table.build());
        Effect most = effects.get(0);
        return String.format(Locale.UK, " The gap depends most on %s: 25%% lower or higher gives %,.0f or %,.0f"
                + " children.", most.driver().label().toLowerCase(Locale.UK), most.gapLow(), most.gapHigh());
    }

    private static Double gap(Scenario scenario, Driver driver, double value, PlanCapability capability,
            PipelineContext context) {
        ProblemCollector problems = new ProblemCollector();
        Scenario swung = scenario.withSetting("plan", driver.key(), DoubleNode.valueOf(value), "sensitivity");
        PlanSettings settings = capability.settings(swung, problems);
        if (problems.hasErrors()) {
            return null; // the swing leaves the driver's range (e.g. a share above 1): not plausible, left out
        }
        PlanResult result = capability.run(settings, context);
        return Interval.of(result.plan().samples(PlanMeasure.GAP, settings.years(), PlanEvaluator.ALL)).mean();
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

    private static double fourPlaces(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
