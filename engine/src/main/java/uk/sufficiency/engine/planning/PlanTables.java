package uk.sufficiency.engine.planning;

import uk.sufficiency.model.child.SkillLevel;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.goalseek.RecruitmentGoalSeek;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.simulated.SimulatedPlanTables;
import uk.sufficiency.engine.planning.supply.CurrentSupply;
import uk.sufficiency.engine.planning.supply.SupplyPath;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * A plan's results as the shared tables (written alike to CSV, the workbook and the report); every
 * uncertain figure carries the one set of interval columns ({@link Interval#COLUMNS}). Years are
 * labelled by the calendar year in which the plan year ends, with its last day beside it.
 */
public final class PlanTables {

    private PlanTables() {
    }

    public static List<Table> of(PlanResult result) {
        List<Table> tables = new ArrayList<>(List.of(now(result), gap(result), inHouseShare(result), cost(result),
                recruitment(result)));
        if (result.recruits()) {
            tables.add(effect(result));
        }
        if (result.goalSeek() != null) {
            tables.add(goal(result));
        }
        tables.add(supply(result));
        tables.add(byYear(result));
        tables.add(inputs(result));
        tables.addAll(SimulatedPlanTables.of(result));
        return tables;
    }

    static Table now(PlanResult result) {
        CurrentSupply current = result.current();
        Table.Builder table = Table.builder("plan-now", "In-house foster places at " + result.settings().asOf()
                + " and how many are filled (from " + current.source() + ")",
                "skill_level", "places", "filled_places", "vacant_places").keys(1);
        double[] places = current.places();
        double[] filled = current.filled();
        double all = 0;
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            table.row(level, places[level], filled[level], places[level] - filled[level]);
            all += places[level];
        }
        table.row("all", all, current.filledTotal(), all - current.filledTotal());
        return table.build();
    }

    static Table gap(PlanResult result) {
        PlanSettings s = result.settings();
        PlanEvaluator.Evaluation plan = result.plan();
        List<String> columns = new ArrayList<>(List.of("year", "year_ending", "skill_level", "demand_children_mean",
                "usable_places_mean"));
        columns.addAll(Interval.columns("gap_children", ""));
        Table.Builder table = Table.builder("plan-gap", "Foster demand, usable in-house places and the gap by year"
                + " and skill level, with the plan", columns.toArray(String[]::new)).keys(3);
        for (int t = 1; t <= s.years(); t++) {
            // each level, then a row for all levels together
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX + 1; level++) {
                boolean all = level > SkillLevel.MAX;
                int row = all ? PlanEvaluator.ALL : level;
                List<Object> cells = new ArrayList<>(List.of(s.yearLabel(t), s.yearEnd(t), all ? "all" : level,
                        r1(plan.mean(PlanMeasure.DEMAND, t, row)), r1(plan.mean(PlanMeasure.USABLE_PLACES, t, row))));
                cells.addAll(rounded(Interval.of(plan.samples(PlanMeasure.GAP, t, row)), 10));
                table.row(cells.toArray());
            }
        }
        return table.build();
    }

    static Table inHouseShare(PlanResult result) {
        PlanSettings s = result.settings();
        List<String> columns = new ArrayList<>(List.of("year", "year_ending"));
        columns.addAll(Interval.columns("baseline_in_house_share", "_pct"));
        columns.addAll(Interval.columns("plan_in_house_share", "_pct"));
        Table.Builder table = Table.builder("plan-in-house-share", "In-house share of foster placements (children"
                + " needing foster care placed with the authority's own carers), baseline and plan",
                columns.toArray(String[]::new)).keys(1);
        for (int t = 1; t <= s.years(); t++) {
            List<Object> cells = new ArrayList<>(List.of(s.yearLabel(t), s.yearEnd(t)));
            cells.addAll(rounded(share(result.baseline(), t), 10));
            cells.addAll(rounded(share(result.plan(), t), 10));
            table.row(cells.toArray());
        }
        return table.build();
    }

    /** In-house share of foster placements as a percentage, across simulations. */
    public static Interval share(PlanEvaluator.Evaluation evaluation, int t) {
        return Interval.of(evaluation.samples(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL)).times(100);
    }

    static Table cost(PlanResult result) {
        PlanSettings s = result.settings();
        PlanEvaluator.Evaluation plan = result.plan();
        double budget = s.externalBudgetGbpPerYear();
        List<String> columns = new ArrayList<>(List.of("year", "year_ending", "annual_cost_gbp_mean"));
        columns.addAll(Interval.columns("external_annual_cost", "_gbp"));
        columns.addAll(List.of("external_budget_gbp", "budget_position_gbp"));
        Table.Builder table = Table.builder("plan-cost", "Cost of placements with the plan against the external"
                + " placements budget (GBP a year; budget position + under, - over)",
                columns.toArray(String[]::new)).keys(1);
        for (int t = 1; t <= s.years(); t++) {
            Interval external = Interval.of(plan.samples(PlanMeasure.EXTERNAL_ANNUAL_COST, t, PlanEvaluator.ALL));
            List<Object> cells = new ArrayList<>(List.of(s.yearLabel(t), s.yearEnd(t),
                    r0(plan.mean(PlanMeasure.ANNUAL_COST, t, PlanEvaluator.ALL))));
            cells.addAll(rounded(external, 1));
            cells.add(budget > 0 ? r0(budget) : null);
            cells.add(budget > 0 ? r0(budget - external.mean()) : null);
            table.row(cells.toArray());
        }
        return table.build();
    }

    static Table recruitment(PlanResult result) {
        PlanSettings s = result.settings();
        double[] baseline = s.baselineRecruitsPerYear();
        String source = result.goalSeek() != null ? "goal-seek " + s.goal() : result.recruits() ? "plan.recruit" : "none";
        Table.Builder table = Table.builder("plan-recruitment", "Households recruited by year and skill level: the"
                + " baseline and the plan's extra (" + source + ")",
                "year", "skill_level", "baseline_households", "extra_households", "total_households").keys(2);
        for (int t = 1; t <= s.years(); t++) {
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                double extra = result.extraRecruits()[t][level];
                table.row(s.yearLabel(t), level, r2(baseline[level]), r2(extra), r2(baseline[level] + extra));
            }
        }
        return table.build();
    }

    static Table effect(PlanResult result) {
        List<String> columns = new ArrayList<>(List.of("year", "extra_households", "recruitment_spend_gbp"));
        columns.addAll(Interval.columns("gap_closed_children", ""));
        columns.addAll(Interval.columns("external_placements_avoided", ""));
        columns.addAll(Interval.columns("annual_cost_avoided", "_gbp"));
        columns.addAll(Interval.columns("cumulative_net", "_gbp"));
        columns.add("payback_probability");
        Table.Builder table = Table.builder("plan-effect", "The plan's effect against the baseline, per simulation"
                + " (gap closed, placements and cost avoided; cumulative net = cost avoided less recruitment spend)",
                columns.toArray(String[]::new)).keys(1);
        for (PlanResult.YearComparison c : result.comparison()) {
            List<Object> cells = new ArrayList<>(List.of(c.year(), r2(c.extraHouseholds()), r0(c.recruitmentSpendGbp())));
            cells.addAll(rounded(c.gapClosed(), 10));
            cells.addAll(rounded(c.externalPlacementsAvoided(), 10));
            cells.addAll(rounded(c.annualCostAvoidedGbp(), 1));
            cells.addAll(rounded(c.cumulativeNetGbp(), 1));
            cells.add(r2(c.paybackProbability()));
            table.row(cells.toArray());
        }
        return table.build();
    }

    static Table goal(PlanResult result) {
        RecruitmentGoalSeek.Result seek = result.goalSeek();
        Table.Builder table = Table.builder("plan-goal", "Goal-seek: the least steady recruitment meeting the goal"
                + " with the stated probability", "measure", "value").keys(1);
        table.row("goal", result.settings().goal().toString());
        table.row("probability_required", seek.probability());
        table.row("goal_met", seek.met() ? "yes" : "no");
        table.row("probability_met", r2(seek.probabilityMet()));
        table.row("metric_at_required_probability", seek.metricQuantile());
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            table.row("extra_households_per_year_level_" + level, seek.perYear()[level]);
        }
        table.row("evaluations", seek.evaluations());
        table.row("explanation", seek.explanation());
        return table.build();
    }

    static Table supply(PlanResult result) {
        PlanSettings s = result.settings();
        Table.Builder table = Table.builder("plan-supply", "In-house foster supply by year and level, expected"
                + " (every planned recruit achieved)", "scenario", "year", "skill_level", "households",
                "approved_places", "usable_places", "recruited_households", "retired_households",
                "deregistered_households", "progressed_up_households").keys(3);
        for (String name : List.of("baseline", "plan")) {
            SupplyPath path = (name.equals("plan") ? result.plan() : result.baseline()).supply();
            for (int t = 1; t <= s.years(); t++) {
                for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                    table.row(name, s.yearLabel(t), level, r2(path.households()[t][level]),
                            r2(path.approvedPlaces()[t][level]), r2(path.usablePlaces()[t][level]),
                            r2(path.recruited()[t][level]), r2(path.retired()[t][level]),
                            r2(path.deregistered()[t][level]), r2(path.progressedUp()[t][level]));
                }
            }
        }
        return table.build();
    }

    static Table byYear(PlanResult result) {
        PlanSettings s = result.settings();
        List<String> columns = new ArrayList<>(List.of("scenario", "year", "year_ending", "skill_level", "measure",
                "unit"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder("plan-by-year", "Every plan measure by scenario, year and skill level,"
                + " across simulations", columns.toArray(String[]::new)).keys(5);
        for (String name : List.of("baseline", "plan")) {
            PlanEvaluator.Evaluation evaluation = name.equals("plan") ? result.plan() : result.baseline();
            for (int t = 1; t <= s.years(); t++) {
                for (int level = 0; level <= SkillLevel.MAX; level++) {
                    for (PlanMeasure measure : PlanMeasure.values()) {
                        List<Object> cells = new ArrayList<>(List.of(name, s.yearLabel(t), s.yearEnd(t),
                                level == 0 ? "all" : level, measure.column(), measure.unit()));
                        cells.addAll(rounded(Interval.of(evaluation.samples(measure, t, level)),
                                measure == PlanMeasure.IN_HOUSE_SHARE ? 10_000 : 100));
                        table.row(cells.toArray());
                    }
                }
            }
        }
        return table.build();
    }

    static Table inputs(PlanResult result) {
        Table.Builder table = Assumption.table("plan-inputs", "Plan inputs and the source of each",
                result.settings().assumptions());
        table.row("demand_source", "", "", result.demandSource());
        table.row("current_supply_source", "", "", result.current().source());
        if (result.simulated() != null) {
            // keys repeat once per scenario simulated; the plan's run is the one to record
            Assumption.addRows(table, result.simulated().plan().settings().assumptions());
            table.row("simulation.months_solved_by_exact_flow", result.simulated().plan().exactMonths(),
                    "simulated months", "the plan's simulation (docs/methods/simulation.md s3)");
            table.row("simulation.months_solved_by_matching_service", result.simulated().plan().serviceMonths(),
                    "simulated months", "the plan's simulation (docs/methods/simulation.md s3)");
        }
        return table.build();
    }

    /** Interval cells rounded to 1/scale (scale 1: whole units, 10: one decimal). */
    private static List<Object> rounded(Interval interval, double scale) {
        List<Object> cells = new ArrayList<>();
        for (Object cell : interval.cells()) {
            cells.add(Math.round((Double) cell * scale) / scale);
        }
        return cells;
    }

    private static double r0(double value) {
        return Math.round(value);
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double r2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
