package uk.sufficiency.engine.planning;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.planning.supply.SupplyPath;
import uk.sufficiency.model.io.OutputDirectory;

/**
 * Writes a {@link PlanResult} as CSV files, each atomically through {@link OutputDirectory}:
 * plan-by-year.csv, plan-comparison.csv, plan-supply.csv, plan-recruitment.csv, plan-inputs.csv and
 * plan-summary.csv (columns documented in docs/methods/planning.md).
 */
public final class PlanFiles {

    private static final CsvMapper CSV = new CsvMapper();

    static {
        CSV.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        // quote only cells that need it (by default long cells are quoted whatever they hold)
        CSV.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    }

    private PlanFiles() {
    }


    public static void write(PlanResult result, OutputDirectory out) {
        out.write("plan-by-year.csv", w -> rows(w, byYear(result)));
        out.write("plan-comparison.csv", w -> rows(w, comparison(result)));
        out.write("plan-supply.csv", w -> rows(w, supply(result)));
        out.write("plan-recruitment.csv", w -> rows(w, recruitment(result)));
        out.write("plan-inputs.csv", w -> rows(w, inputs(result)));
        out.write("plan-summary.csv", w -> rows(w, summary(result)));
    }

    static List<String[]> byYear(PlanResult result) {
        PlanSettings settings = result.settings();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "year", "year_end", "level", "measure", "unit", "mean", "p2_5", "p10",
            "p50", "p90", "p97_5"});
        for (String name : List.of("baseline", "plan")) {
            PlanEvaluator.Evaluation evaluation = name.equals("plan") ? result.plan() : result.baseline();
            for (int t = 1; t <= settings.years(); t++) {
                for (int level = 0; level <= 6; level++) {
                    for (PlanMeasure measure : PlanMeasure.values()) {
                        Summary s = Summary.of(evaluation.samples(measure, t, level));
                        rows.add(new String[] {name, Integer.toString(settings.yearLabel(t)),
                            settings.yearEnd(t).toString(), level == 0 ? "all" : Integer.toString(level),
                            measure.column(), measure.unit(), num(s.mean(), measure), num(s.p2_5(), measure),
                            num(s.p10(), measure), num(s.p50(), measure), num(s.p90(), measure),
                            num(s.p97_5(), measure)});
                    }
                }
            }
        }
        return rows;
    }

    static List<String[]> comparison(PlanResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"year", "extra_households_recruited", "recruitment_spend_gbp",
            "gap_closed_children_mean", "gap_closed_p10", "gap_closed_p90",
            "external_placements_avoided_mean", "external_placements_avoided_p10", "external_placements_avoided_p90",
            "annual_cost_avoided_gbp_mean", "annual_cost_avoided_gbp_p10", "annual_cost_avoided_gbp_p90",
            "cumulative_cost_avoided_gbp", "cumulative_recruitment_spend_gbp", "cumulative_net_gbp",
            "baseline_external_annual_cost_gbp", "plan_external_annual_cost_gbp", "external_budget_gbp_per_year",
            "plan_external_within_budget"});
        double budget = result.settings().externalBudgetGbpPerYear();
        for (PlanResult.YearComparison c : result.comparison()) {
            rows.add(new String[] {Integer.toString(c.year()), two(c.extraHouseholds()), gbp(c.recruitmentSpendGbp()),
                two(c.gapClosed().mean()), two(c.gapClosed().p10()), two(c.gapClosed().p90()),
                two(c.externalPlacementsAvoided().mean()), two(c.externalPlacementsAvoided().p10()),
                two(c.externalPlacementsAvoided().p90()),
                gbp(c.annualCostAvoidedGbp().mean()), gbp(c.annualCostAvoidedGbp().p10()),
                gbp(c.annualCostAvoidedGbp().p90()),
                gbp(c.cumulativeCostAvoidedGbp()), gbp(c.cumulativeRecruitmentSpendGbp()), gbp(c.cumulativeNetGbp()),
                gbp(c.baselineExternalAnnualGbp()), gbp(c.planExternalAnnualGbp()), gbp(budget),
                Boolean.toString(c.planExternalAnnualGbp() <= budget)});
        }
        return rows;
    }

    static List<String[]> supply(PlanResult result) {
        PlanSettings settings = result.settings();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "year", "level", "households", "approved_places", "usable_places",
            "recruited_households", "retired_households", "deregistered_households", "progressed_up_households"});
        for (String name : List.of("baseline", "plan")) {
            SupplyPath path = (name.equals("plan") ? result.plan() : result.baseline()).supply();
            for (int t = 1; t <= settings.years(); t++) {
                for (int level = 1; level <= 6; level++) {
                    rows.add(new String[] {name, Integer.toString(settings.yearLabel(t)), Integer.toString(level),
                        two(path.households()[t][level]), two(path.approvedPlaces()[t][level]),
                        two(path.usablePlaces()[t][level]), two(path.recruited()[t][level]),
                        two(path.retired()[t][level]), two(path.deregistered()[t][level]),
                        two(path.progressedUp()[t][level])});
                }
            }
        }
        return rows;
    }

    static List<String[]> recruitment(PlanResult result) {
        PlanSettings settings = result.settings();
        double[] baseline = settings.baselineRecruitsPerYear();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"year", "level", "baseline_households", "extra_households", "extra_source"});
        String source = result.goalSeek() != null ? "goal-seek " + settings.goal() : "plan.recruit / --recruit";
        for (int t = 1; t <= settings.years(); t++) {
            for (int level = 1; level <= 6; level++) {
                rows.add(new String[] {Integer.toString(settings.yearLabel(t)), Integer.toString(level),
                    two(baseline[level]), two(result.extraRecruits()[t][level]), source});
            }
        }
        return rows;
    }

    static List<String[]> inputs(PlanResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "value", "unit", "source"});
        for (Assumption a : result.settings().assumptions()) {
            rows.add(new String[] {a.parameter(), a.value(), a.unit(), a.source()});
        }
        rows.add(new String[] {"demand_source", "", "", result.demandSource()});
        return rows;
    }

    static List<String[]> summary(PlanResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"key", "value"});
        Integer payback = result.paybackYear();
        rows.add(new String[] {"payback_year", payback == null ? "not within the plan" : payback.toString()});
        if (result.goalSeek() != null) {
            rows.add(new String[] {"goal", result.settings().goal().toString()});
            rows.add(new String[] {"goal_met", Boolean.toString(result.goalSeek().met())});
            rows.add(new String[] {"goal_metric_mean", String.format(Locale.ROOT, "%.4f", result.goalSeek().metricValue())});
            rows.add(new String[] {"goal_seek_evaluations", Integer.toString(result.goalSeek().evaluations())});
            rows.add(new String[] {"goal_seek_explanation", result.goalSeek().explanation()});
        }
        return rows;
    }

    private static void rows(Writer writer, List<String[]> rows) throws IOException {
        try (SequenceWriter out = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(writer)) {
            for (String[] row : rows) {
                out.write(row);
            }
        }
    }

    static String num(double value, PlanMeasure measure) {
        return switch (measure) {
            case IN_HOUSE_SHARE -> String.format(Locale.ROOT, "%.4f", value);
            case WEEKLY_COST, EXTERNAL_WEEKLY_COST, ANNUAL_COST, EXTERNAL_ANNUAL_COST -> gbp(value);
            default -> two(value);
        };
    }

    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String gbp(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
