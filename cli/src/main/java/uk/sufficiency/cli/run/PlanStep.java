package uk.sufficiency.cli.run;

import uk.sufficiency.model.child.SkillLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.PlanTables;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The sufficiency plan ({@code plan} section; defaults when absent) through the same
 * {@link PlanCapability} as {@code sufficiency plan}: foster places against simulated demand year by
 * year and skill level, the gap, the cost of placements against the external placements budget,
 * and the plan's effect against the baseline when it recruits (docs/methods/planning.md). Takes
 * its demand from the LAC step's projection and its starting occupancy from the matching step
 * when they ran.
 */
public final class PlanStep implements RunStep {

    private final PlanCapability capability = new PlanCapability();

    @Override
    public String id() {
        return capability.id();
    }

    @Override
    public String title() {
        return "Sufficiency plan: places against demand, cost against budget";
    }

    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        capability.settings(scenario, problems);
    }

    @Override
    public StepResult run(RunContext context) {
        ProblemCollector problems = new ProblemCollector();
        PlanSettings settings = capability.settings(context.scenario(), problems);
        problems.throwIfErrors();
        PlanResult result = capability.run(settings, context.pipeline());
        Map<String, Table> tables = capability.tables(result).stream()
                .collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        StepResult.Builder step = StepResult.builder();
        gap(result, tables.get("plan-gap"), step);
        share(result, tables.get("plan-in-house-share"), step);
        cost(result, tables.get("plan-cost"), step);
        if (result.recruits()) {
            effect(result, step);
        }
        String simulated = tables.containsKey(PlanSimulatedView.TABLE)
                ? PlanSimulatedView.show(result, tables.get(PlanSimulatedView.TABLE), step) : "";
        // the charted tables are already in, each under its charts
        tables.values().stream().filter(t -> !List.of("plan-gap", "plan-in-house-share", "plan-cost",
                PlanSimulatedView.TABLE).contains(t.name())).forEach(step::table);
        List<Sensitivity.Effect> effects = PlanSensitivity.effects(context.scenario(), tables.get("plan-inputs"),
                capability, context.pipeline());
        double gapNow = Interval.of(result.plan().samples(PlanMeasure.GAP, result.settings().years(), PlanEvaluator.ALL))
                .mean();
        String sensitivity = PlanSensitivity.show(effects, gapNow, result.settings().yearLabel(result.settings().years()),
                step);
        step.answer(answer(result) + simulated + sensitivity);
        PlanSettings used = result.settings();
        step.summary("Demand: " + result.demandSource() + ", " + used.simulations() + " simulations over "
                + used.years() + " years after " + used.asOf() + ". Supply: in-house foster households by"
                + " skill level, with recruitment (its yield uncertain), approvals and leavers; today's occupancy from "
                + result.current().source() + ". The gap is children needing a foster place of their level for whom"
                + " no usable in-house place is left (mean, with the 80% range of simulations); they are placed"
                + " externally at the scenario's unit costs.");
        return step.build();
    }

    /**
     * The planner's answer: the gap in the last year by level, what the plan's recruitment closes,
     * the cost it avoids and the chance it has paid for itself, each with its 80% range.
     */
    static String answer(PlanResult result) {
        PlanSettings settings = result.settings();
        int years = settings.years();
        Interval gap = Interval.of(result.plan().samples(PlanMeasure.GAP, years, PlanEvaluator.ALL));
        StringBuilder text = new StringBuilder(String.format(Locale.UK, "In %d the foster sufficiency gap is %,.0f"
                + " children (80%%: %,.0f to %,.0f)", settings.yearLabel(years), gap.mean(), gap.lower80(), gap.upper80()));
        List<String> levels = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            double mean = result.plan().mean(PlanMeasure.GAP, years, level);
            if (Math.round(mean) > 0) {
                levels.add(String.format(Locale.UK, "level %d: %,.0f", level, mean));
            }
        }
        if (!levels.isEmpty()) {
            text.append(" (").append(String.join(", ", levels)).append(')');
        }
        if (!result.recruits()) {
            return text.append("; the plan recruits no households beyond the baseline.").toString();
        }
        List<PlanResult.YearComparison> rows = result.comparison();
        PlanResult.YearComparison last = rows.get(rows.size() - 1);
        double households = rows.stream().mapToDouble(PlanResult.YearComparison::extraHouseholds).sum();
        text.append(String.format(Locale.UK, ". The plan's %,.0f extra households close %,.0f of it (80%%: %,.0f to %,.0f)"
                + " and avoid %s of external placements (80%%: %s to %s); the chance it has paid"
                + " for itself by %d is %.0f%%.", households, last.gapClosed().mean(), last.gapClosed().lower80(),
                last.gapClosed().upper80(), CellText.figure(last.annualCostAvoidedGbp().mean(), "GBP/year"),
                CellText.figure(last.annualCostAvoidedGbp().lower80(), "GBP"),
                CellText.figure(last.annualCostAvoidedGbp().upper80(), "GBP"), last.year(), 100 * last.paybackProbability()));
        return text.toString();
    }

    private static List<String> years(PlanSettings settings) {
        List<String> years = new ArrayList<>();
        for (int t = 1; t <= settings.years(); t++) {
            years.add(Integer.toString(settings.yearLabel(t)));
        }
        return years;
    }

    private static void gap(PlanResult result, Table table, StepResult.Builder step) {
        PlanSettings settings = result.settings();
        PlanEvaluator.Evaluation plan = result.plan();
        List<Series> byLevel = new ArrayList<>();
        for (int level : SkillLevel.all()) {
            List<Double> means = new ArrayList<>();
            for (int t = 1; t <= settings.years(); t++) {
                means.add(r1(plan.mean(PlanMeasure.GAP, t, level)));
            }
            byLevel.add(Series.of("level " + level, means));
        }
        step.chart(new ChartSpec("Sufficiency gap by carer skill level and year (children, mean)",
                ChartSpec.Type.STACKED_BAR, years(settings), "children", byLevel, table.name()), table);
        List<Interval> all = new ArrayList<>();
        for (int t = 1; t <= settings.years(); t++) {
            all.add(Interval.of(plan.samples(PlanMeasure.GAP, t, PlanEvaluator.ALL)));
        }
        step.chart(new ChartSpec("Sufficiency gap, all skill levels, with the 80% interval of simulations (children)",
                ChartSpec.Type.FAN, years(settings), "children", fan("mean", all, 1), table.name()), table);
        Interval last = all.get(all.size() - 1);
        step.headline("gap-last-year", "Foster sufficiency gap in " + settings.yearLabel(settings.years()),
                r1(last.mean()), "children", Math.round(last.lower80()), Math.round(last.upper80()));
    }

    private static void share(PlanResult result, Table table, StepResult.Builder step) {
        PlanSettings settings = result.settings();
        List<Interval> plan = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int t = 1; t <= settings.years(); t++) {
            plan.add(PlanTables.share(result.plan(), t));
            baseline.add(r1(PlanTables.share(result.baseline(), t).mean()));
        }
        List<Series> series = new ArrayList<>(fan(result.recruits() ? "with the plan's recruitment" : "in-house share",
                plan, 10));
        if (result.recruits()) {
            series.add(Series.of("baseline", baseline));
        }
        step.chart(new ChartSpec("In-house share of foster placements (%, with the 80% interval)", ChartSpec.Type.FAN,
                years(settings), "%", series, table.name()), table);
        Interval last = plan.get(plan.size() - 1);
        step.headline("in-house-share-last-year", "In-house share of foster placements in "
                + settings.yearLabel(settings.years()) + (result.recruits() ? " with the plan (baseline "
                + baseline.get(baseline.size() - 1) + "%)" : ""), r1(last.mean()), "%", r1(last.lower80()),
                r1(last.upper80()));
        step.headline("in-house-share-now", "In-house share of foster placements at " + settings.asOf(),
                r1(100 * result.current().inHouseShareOfFoster()), "%");
    }

    private static void cost(PlanResult result, Table table, StepResult.Builder step) {
        PlanSettings settings = result.settings();
        double budget = settings.externalBudgetGbpPerYear();
        List<Interval> external = new ArrayList<>();
        List<Double> budgetLine = new ArrayList<>();
        for (int t = 1; t <= settings.years(); t++) {
            external.add(Interval.of(result.plan().samples(PlanMeasure.EXTERNAL_ANNUAL_COST, t, PlanEvaluator.ALL)));
            budgetLine.add(budget > 0 ? (double) Math.round(budget) : null);
        }
        List<Series> series = new ArrayList<>(fan("external placements, mean", external, 1));
        if (budget > 0) {
            series.add(new Series("external placements budget", Role.TARGET, budgetLine));
        }
        step.chart(new ChartSpec("Cost of external placements against budget (GBP a year)", ChartSpec.Type.FAN,
                years(settings), "GBP a year", series, table.name()), table);
        int last = settings.yearLabel(settings.years());
        double lastExternal = external.get(external.size() - 1).mean();
        step.headline("external-cost-last-year", "External placements cost in " + last, Math.round(lastExternal),
                "GBP/year");
        if (budget > 0) {
            step.headline("budget-position-last-year", "External placements budget position in " + last
                    + " (+ under, - over)", Math.round(budget - lastExternal), "GBP");
        }
    }

    private static void effect(PlanResult result, StepResult.Builder step) {
        List<PlanResult.YearComparison> rows = result.comparison();
        PlanResult.YearComparison last = rows.get(rows.size() - 1);
        step.headline("gap-closed-last-year", "Gap closed by the plan in " + last.year(),
                r1(last.gapClosed().mean()), "children", r1(last.gapClosed().lower80()), r1(last.gapClosed().upper80()));
        step.headline("payback-probability", "Probability the plan has paid for itself by " + last.year(),
                Math.round(100 * last.paybackProbability()), "%");
        Integer payback = result.paybackYear();
        if (payback != null) {
            step.headline("payback-year", "Recruitment pays for itself (on the mean) by", payback, "year");
        }
    }

    /** A mean line and its 80% band, rounded to 1/scale. */
    private static List<Series> fan(String name, List<Interval> intervals, double scale) {
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (Interval interval : intervals) {
            mean.add(Math.round(interval.mean() * scale) / scale);
            low.add(Math.round(interval.lower80() * scale) / scale);
            high.add(Math.round(interval.upper80() * scale) / scale);
        }
        return List.of(Series.of(name, mean), new Series("80% interval (low)", Role.BAND_LOW, low),
                new Series("80% interval", Role.BAND_HIGH, high));
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
