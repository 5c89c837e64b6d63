package uk.sufficiency.web.recruitment;

import uk.sufficiency.model.child.SkillLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.web.Charts;

/**
 * The recruitment page's figures from one plan evaluation: the controls (households per level per
 * year), the gap by level and year, in-house share, external cost against budget, and payback.
 */
public final class RecruitmentView {

    private RecruitmentView() {
    }

    public static Map<String, Object> of(PlanResult result) {
        PlanSettings settings = result.settings();
        PlanEvaluator.Evaluation plan = result.plan();
        PlanEvaluator.Evaluation baseline = result.baseline();
        List<String> years = new ArrayList<>();
        List<Map<String, Object>> controls = new ArrayList<>();
        List<Map<String, Object>> gapRows = new ArrayList<>();
        List<List<Double>> gapByLevel = new ArrayList<>();
        for (int level = 0; level <= SkillLevel.MAX; level++) {
            gapByLevel.add(new ArrayList<>());
        }
        List<Double> share = new ArrayList<>();
        List<Double> shareBase = new ArrayList<>();
        List<Double> external = new ArrayList<>();
        List<Double> externalLow = new ArrayList<>();
        List<Double> externalHigh = new ArrayList<>();
        List<Double> budget = new ArrayList<>();
        double totalHouseholds = 0;
        for (int t = 1; t <= settings.years(); t++) {
            String year = Integer.toString(settings.yearLabel(t));
            years.add(year);
            List<Map<String, Object>> cells = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                double households = result.extraRecruits()[t][level];
                totalHouseholds += households;
                cells.add(Map.of("name", "r_" + t + "_" + level, "value", fmt(households, 0), "level", level));
                double gap = plan.mean(PlanMeasure.GAP, t, level);
                gaps.add(fmt(gap, 1));
                gapByLevel.get(level).add(round(gap, 1));
            }
            controls.add(Map.of("year", year, "cells", cells));
            Interval all = Interval.of(plan.samples(PlanMeasure.GAP, t, PlanEvaluator.ALL));
            gapRows.add(Map.of("year", year, "levels", gaps, "all", fmt(all.mean(), 1),
                    "range", fmt(all.lower80(), 0) + " to " + fmt(all.upper80(), 0)));
            share.add(round(100 * plan.mean(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL), 1));
            shareBase.add(round(100 * baseline.mean(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL), 1));
            Interval cost = Interval.of(plan.samples(PlanMeasure.EXTERNAL_ANNUAL_COST, t, PlanEvaluator.ALL));
            external.add(round(cost.mean(), 0));
            externalLow.add(round(cost.lower80(), 0));
            externalHigh.add(round(cost.upper80(), 0));
            budget.add(settings.externalBudgetGbpPerYear() > 0 ? settings.externalBudgetGbpPerYear() : null);
        }
        int last = settings.years();
        double lastGap = plan.mean(PlanMeasure.GAP, last, PlanEvaluator.ALL);
        Integer payback = result.paybackYear();
        var comparison = result.comparison();
        double net = comparison.isEmpty() ? 0 : comparison.get(comparison.size() - 1).cumulativeNetGbp().mean();
        Map<String, Object> model = new HashMap<>();
        model.put("controls", controls);
        model.put("gapRows", gapRows);
        model.put("gapLast", fmt(lastGap, 1));
        model.put("lastYear", years.get(last - 1));
        model.put("shareLast", share.get(last - 1));
        model.put("shareBaseLast", shareBase.get(last - 1));
        model.put("externalLast", String.format(Locale.ROOT, "%,.0f", external.get(last - 1)));
        model.put("budget", settings.externalBudgetGbpPerYear() > 0
                ? String.format(Locale.ROOT, "%,.0f", settings.externalBudgetGbpPerYear()) : "none set");
        model.put("households", fmt(totalHouseholds, 0));
        model.put("payback", payback == null ? (totalHouseholds > 0 ? "not within the plan" : "no extra recruitment")
                : payback.toString());
        model.put("net", String.format(Locale.ROOT, "%,.0f", net));
        List<Charts.Series> gapSeries = new ArrayList<>();
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            gapSeries.add(Charts.bar("level " + level, gapByLevel.get(level)));
        }
        model.put("gapChart", Charts.chart("gap", "stacked", "Gap by carer skill level (children, mean)", "children",
                years, gapSeries));
        model.put("shareChart", Charts.chart("share", "line", "In-house share of placements (%)", "%", years,
                List.of(Charts.line("baseline", shareBase), Charts.line("with this recruitment", share))));
        List<Charts.Series> costSeries = new ArrayList<>(List.of(Charts.line("external placements, mean", external),
                Charts.low("80% low", externalLow), Charts.high("80% interval", externalHigh)));
        if (settings.externalBudgetGbpPerYear() > 0) {
            costSeries.add(Charts.target("budget", budget));
        }
        model.put("costChart", Charts.chart("cost", "line", "External placements cost against budget (GBP a year)",
                "GBP", years, costSeries));
        return model;
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
