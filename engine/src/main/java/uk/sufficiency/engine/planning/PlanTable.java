package uk.sufficiency.engine.planning;

import java.util.Locale;
import uk.sufficiency.model.child.SkillLevel;

/** A plain-text summary of a plan for the terminal: plan beside baseline, year by year and by level. */
public final class PlanTable {

    private PlanTable() {
    }

    public static String render(PlanResult result) {
        PlanSettings s = result.settings();
        PlanEvaluator.Evaluation b = result.baseline();
        PlanEvaluator.Evaluation p = result.plan();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Sufficiency plan: %d years after %s, %d demand simulations (seed %d)%n",
                s.years(), s.asOf(), s.simulations(), s.seed()));
        out.append("Baseline recruits ").append(perLevel(s.baselineRecruitsPerYear()))
                .append(" households a year; the plan adds the extra recruitment below.\n");
        if (result.goalSeek() != null) {
            out.append("Goal-seek: ").append(result.goalSeek().explanation())
                    .append(String.format(Locale.ROOT, " (mean %.4f, %d evaluations)%n",
                            result.goalSeek().metricValue(), result.goalSeek().evaluations()));
        }
        out.append("Extra recruitment (households) by year:\n");
        for (int t = 1; t <= s.years(); t++) {
            out.append(String.format(Locale.ROOT, "  %d: %s%n", s.yearLabel(t), perLevel(result.extraRecruits()[t])));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-5s %-17s %-15s %-25s %-13s %-25s %s%n", "year", "children [80%]",
                "in-house places", "fostering gap base->plan", "in-house %", "external £/yr base->plan", "budget £/yr"));
        for (int t = 1; t <= s.years(); t++) {
            Summary demand = Summary.of(p.samples(PlanMeasure.DEMAND, t, 0));
            Summary gap = Summary.of(p.samples(PlanMeasure.GAP, t, 0));
            out.append(String.format(Locale.ROOT, "%-5d %-17s %-15s %-25s %-13s %-25s %,.0f%n", s.yearLabel(t),
                    String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", demand.mean(), demand.p10(), demand.p90()),
                    String.format(Locale.ROOT, "%.0f->%.0f", b.mean(PlanMeasure.USABLE_PLACES, t, 0),
                            p.mean(PlanMeasure.USABLE_PLACES, t, 0)),
                    String.format(Locale.ROOT, "%.1f->%.1f [%.0f-%.0f]", b.mean(PlanMeasure.GAP, t, 0), gap.mean(),
                            gap.p10(), gap.p90()),
                    String.format(Locale.ROOT, "%.1f->%.1f", 100 * b.mean(PlanMeasure.IN_HOUSE_SHARE, t, 0),
                            100 * p.mean(PlanMeasure.IN_HOUSE_SHARE, t, 0)),
                    String.format(Locale.ROOT, "%,.0f->%,.0f", b.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, t, 0),
                            p.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, t, 0)),
                    s.externalBudgetGbpPerYear()));
        }
        int last = s.years();
        out.append(String.format(Locale.ROOT, "%nBy skill level, %d (foster):%n", s.yearLabel(last)));
        out.append(String.format(Locale.ROOT, "%-6s %-17s %-17s %-22s%n", "level", "children [80%]",
                "usable base->plan", "gap base->plan"));
        for (int level : SkillLevel.all()) {
            Summary demand = Summary.of(p.samples(PlanMeasure.DEMAND, last, level));
            out.append(String.format(Locale.ROOT, "L%-5d %-17s %-17s %-22s%n", level,
                    String.format(Locale.ROOT, "%.1f [%.0f-%.0f]", demand.mean(), demand.p10(), demand.p90()),
                    String.format(Locale.ROOT, "%.1f->%.1f", b.mean(PlanMeasure.USABLE_PLACES, last, level),
                            p.mean(PlanMeasure.USABLE_PLACES, last, level)),
                    String.format(Locale.ROOT, "%.1f->%.1f", b.mean(PlanMeasure.GAP, last, level),
                            p.mean(PlanMeasure.GAP, last, level))));
        }
        out.append('\n');
        double spend = 0;
        double avoided = 0;
        for (PlanResult.YearComparison c : result.comparison()) {
            spend = c.cumulativeRecruitmentSpendGbp();
            avoided = c.cumulativeCostAvoidedGbp();
        }
        Integer payback = result.paybackYear();
        out.append(String.format(Locale.ROOT, "Over the plan: recruitment spend £%,.0f, placement cost avoided £%,.0f; "
                + "payback: %s%n", spend, avoided, payback == null ? "not within the plan" : "by " + payback));
        return out.toString();
    }

    private static String perLevel(double[] byLevel) {
        StringBuilder text = new StringBuilder();
        for (int level : SkillLevel.all()) {
            if (byLevel[level] != 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "L%d %s", level, PlanSettingsReader.fmt(Math.round(byLevel[level] * 100) / 100.0)));
            }
        }
        return text.length() == 0 ? "none" : text.toString();
    }
}
