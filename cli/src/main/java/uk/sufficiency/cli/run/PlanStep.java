package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.planning.Assumption;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanOptions;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.PlanSettings;
import uk.sufficiency.engine.planning.PlanSettingsReader;
import uk.sufficiency.engine.planning.Summary;
import uk.sufficiency.engine.planning.SufficiencyPlanner;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The sufficiency plan ({@code plan} section; defaults when absent): foster places against
 * simulated demand year by year and skill level, the gap, the cost of placements against the
 * external placements budget, and the plan's recruitment against the baseline when it sets any
 * (docs/methods/planning.md).
 */
public final class PlanStep implements RunStep {

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public String title() {
        return "Sufficiency plan: places against demand, cost against budget";
    }

    static final String SECTION = "plan";
    static final int QUICK_SIMULATIONS = 200;

    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        // Without a plan section the documented defaults apply; a bad section stops the run before any output.
        if (!scenario.section(SECTION).isMissingNode()) {
            try {
                PlanSettingsReader.read(scenario, PlanOptions.none());
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
            }
        }
    }

    @Override
    public StepResult run(RunContext context) {
        // null keeps the plan section's value or the documented default (1000 simulations)
        Integer simulations = context.quick() ? QUICK_SIMULATIONS : null;
        context.progress().note("sufficiency plan: " + (simulations == null ? "scenario's" : simulations)
                + " simulations");
        PlanResult result = SufficiencyPlanner.plan(context.scenario(),
                new PlanOptions(null, simulations, context.seed(), null, null, null));
        context.share(PlanResult.class, result);
        PlanSettings settings = result.settings();
        StepResult.Builder step = StepResult.builder();
        gap(result, step);
        share(result, step);
        cost(result, step);
        if (recruits(result) > 0) {
            comparison(result, step);
        }
        inputs(result, step);
        step.summary("Demand: " + result.demandSource() + ", " + settings.simulations() + " simulations over "
                + settings.years() + " years after " + settings.asOf() + ". Supply: in-house foster households by"
                + " skill level, with recruitment, approvals and leavers. The gap is children needing a foster"
                + " place of their level for whom no usable in-house place is left (mean, with the 80% range of"
                + " simulations); they are placed externally at external rates.");
        return step.build();
    }

    private static double recruits(PlanResult result) {
        double total = 0;
        for (double[] year : result.extraRecruits()) {
            for (double households : year) {
                total += households;
            }
        }
        return total;
    }

    private static void gap(PlanResult result, StepResult.Builder step) {
        PlanSettings settings = result.settings();
        PlanEvaluator.Evaluation plan = result.plan();
        Table.Builder table = Table.builder("plan-gap", "Foster demand, usable in-house places and gap by year and skill level",
                "year", "skill_level", "demand_children_mean", "usable_places_mean", "gap_children_mean",
                "gap_children_lower_80", "gap_children_upper_80").keys(2);
        List<String> years = new ArrayList<>();
        List<Double> allMean = new ArrayList<>();
        List<Double> allLow = new ArrayList<>();
        List<Double> allHigh = new ArrayList<>();
        List<List<Double>> byLevel = new ArrayList<>();
        for (int level = 0; level <= 6; level++) {
            byLevel.add(new ArrayList<>());
        }
        for (int t = 1; t <= settings.years(); t++) {
            years.add(Integer.toString(settings.yearLabel(t)));
            for (int level = 1; level <= 6; level++) {
                Summary gap = Summary.of(plan.samples(PlanMeasure.GAP, t, level));
                table.row(settings.yearLabel(t), "L" + level, r1(plan.mean(PlanMeasure.DEMAND, t, level)),
                        r1(plan.mean(PlanMeasure.USABLE_PLACES, t, level)), r1(gap.mean()), r1(gap.p10()), r1(gap.p90()));
                byLevel.get(level).add(r1(gap.mean()));
            }
            Summary gap = Summary.of(plan.samples(PlanMeasure.GAP, t, PlanEvaluator.ALL));
            table.row(settings.yearLabel(t), "all", r1(plan.mean(PlanMeasure.DEMAND, t, PlanEvaluator.ALL)),
                    r1(plan.mean(PlanMeasure.USABLE_PLACES, t, PlanEvaluator.ALL)), r1(gap.mean()), r1(gap.p10()),
                    r1(gap.p90()));
            allMean.add(r1(gap.mean()));
            allLow.add(r1(gap.p10()));
            allHigh.add(r1(gap.p90()));
        }
        List<Series> series = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            series.add(Series.of("level " + level, byLevel.get(level)));
        }
        Table built = table.build();
        step.chart(new ChartSpec("Sufficiency gap by carer skill level and year (children, mean)",
                ChartSpec.Type.STACKED_BAR, years, "children", series, built.name()), built);
        step.chart(new ChartSpec("Sufficiency gap, all skill levels, with the 80% interval of simulations (children)",
                ChartSpec.Type.FAN, years, "children", List.of(Series.of("mean", allMean),
                        new Series("80% interval (low)", Role.BAND_LOW, allLow),
                        new Series("80% interval", Role.BAND_HIGH, allHigh)), built.name()), built);
        int last = settings.years();
        Summary lastGap = Summary.of(plan.samples(PlanMeasure.GAP, last, PlanEvaluator.ALL));
        step.headline("gap-last-year", "Foster sufficiency gap in " + settings.yearLabel(last) + " (80%: "
                + Math.round(lastGap.p10()) + "-" + Math.round(lastGap.p90()) + ")", r1(lastGap.mean()), "children");
    }

    private static void cost(PlanResult result, StepResult.Builder step) {
        PlanSettings settings = result.settings();
        PlanEvaluator.Evaluation plan = result.plan();
        double budget = settings.externalBudgetGbpPerYear();
        Table.Builder table = Table.builder("plan-cost", "Cost of placements against the external placements budget",
                "year", "annual_cost_gbp_mean", "external_annual_cost_gbp_mean", "external_annual_cost_gbp_lower_80",
                "external_annual_cost_gbp_upper_80", "external_budget_gbp", "budget_position_gbp", "in_house_share_pct")
                .keys(1);
        List<String> years = new ArrayList<>();
        List<Double> external = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Double> budgetLine = new ArrayList<>();
        for (int t = 1; t <= settings.years(); t++) {
            Summary cost = Summary.of(plan.samples(PlanMeasure.EXTERNAL_ANNUAL_COST, t, PlanEvaluator.ALL));
            double total = plan.mean(PlanMeasure.ANNUAL_COST, t, PlanEvaluator.ALL);
            table.row(settings.yearLabel(t), r0(total), r0(cost.mean()), r0(cost.p10()), r0(cost.p90()),
                    budget > 0 ? r0(budget) : null, budget > 0 ? r0(budget - cost.mean()) : null,
                    r1(100 * plan.mean(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL)));
            years.add(Integer.toString(settings.yearLabel(t)));
            external.add(r0(cost.mean()));
            low.add(r0(cost.p10()));
            high.add(r0(cost.p90()));
            budgetLine.add(budget > 0 ? r0(budget) : null);
        }
        List<Series> series = new ArrayList<>(List.of(Series.of("external placements, mean", external),
                new Series("80% interval (low)", Role.BAND_LOW, low), new Series("80% interval", Role.BAND_HIGH, high)));
        if (budget > 0) {
            series.add(new Series("external placements budget", Role.TARGET, budgetLine));
        }
        Table built = table.build();
        step.chart(new ChartSpec("Cost of external placements against budget (GBP a year)", ChartSpec.Type.FAN, years,
                "GBP a year", series, built.name()), built);
        int last = settings.years();
        double lastExternal = plan.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, last, PlanEvaluator.ALL);
        step.headline("external-cost-last-year", "External placements cost in " + settings.yearLabel(last),
                r0(lastExternal), "GBP/year");
        if (budget > 0) {
            step.headline("budget-position-last-year", "External placements budget position in "
                    + settings.yearLabel(last) + " (+ under, - over)", r0(budget - lastExternal), "GBP");
        }
    }

    private static void share(PlanResult result, StepResult.Builder step) {
        PlanSettings settings = result.settings();
        boolean withPlan = recruits(result) > 0;
        Table.Builder table = withPlan
                ? Table.builder("plan-in-house-share", "In-house share of foster placements by year, baseline and plan",
                        "year", "baseline_in_house_share_pct", "plan_in_house_share_pct").keys(1)
                : Table.builder("plan-in-house-share", "In-house share of foster placements by year",
                        "year", "in_house_share_pct").keys(1);
        List<String> years = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Double> plan = new ArrayList<>();
        for (int t = 1; t <= settings.years(); t++) {
            double b = r1(100 * result.baseline().mean(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL));
            double p = r1(100 * result.plan().mean(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL));
            if (withPlan) {
                table.row(settings.yearLabel(t), b, p);
            } else {
                table.row(settings.yearLabel(t), p);
            }
            years.add(Integer.toString(settings.yearLabel(t)));
            baseline.add(b);
            plan.add(p);
        }
        List<Series> series = withPlan
                ? List.of(Series.of("baseline", baseline), Series.of("with the plan's recruitment", plan))
                : List.of(Series.of("in-house share", plan));
        Table built = table.build();
        step.chart(new ChartSpec("In-house share of foster placements (%, mean)", ChartSpec.Type.LINE, years, "%",
                series, built.name()), built);
        int last = settings.years();
        step.headline("in-house-share-last-year", "In-house share of foster placements in " + settings.yearLabel(last)
                + (withPlan ? " with the plan (baseline " + baseline.get(last - 1) + "%)" : ""), plan.get(last - 1), "%");
    }

    private static void inputs(PlanResult result, StepResult.Builder step) {
        Table.Builder table = Table.builder("plan-inputs", "Plan inputs and the source of each",
                "parameter", "value", "unit", "source").keys(1);
        for (Assumption a : result.settings().assumptions()) {
            table.row(a.parameter(), a.value(), a.unit(), runSource(a.source()));
        }
        table.row("demand_source", "", "", result.demandSource());
        step.table(table.build());
    }

    /** The planner names its own command's options; in a run they come from {@code sufficiency run}. */
    private static String runSource(String source) {
        return switch (source) {
            case "command line --simulations" -> "sufficiency run --quick";
            case "command line --seed" -> "sufficiency run --seed";
            default -> source;
        };
    }

    private static void comparison(PlanResult result, StepResult.Builder step) {
        Table.Builder table = Table.builder("plan-recruitment", "The plan's extra recruitment against the baseline",
                "year", "extra_households", "recruitment_spend_gbp", "gap_closed_children_mean",
                "external_placements_avoided_mean", "annual_cost_avoided_gbp_mean", "cumulative_net_gbp").keys(1);
        for (PlanResult.YearComparison row : result.comparison()) {
            table.row(row.year(), r1(row.extraHouseholds()), r0(row.recruitmentSpendGbp()), r1(row.gapClosed().mean()),
                    r1(row.externalPlacementsAvoided().mean()), r0(row.annualCostAvoidedGbp().mean()),
                    r0(row.cumulativeNetGbp()));
        }
        step.table(table.build());
        Integer payback = result.paybackYear();
        if (payback != null) {
            step.headline("payback-year", "Recruitment pays for itself by", payback, "year");
        }
    }

    private static double r0(double value) {
        return Math.round(value);
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
