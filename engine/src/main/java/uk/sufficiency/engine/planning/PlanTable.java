package uk.sufficiency.engine.planning;

import uk.sufficiency.model.child.SkillLevel;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.simulated.SimulatedPlanText;
import uk.sufficiency.model.uncertainty.Interval;

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
                s.years(), s.asOf(), s.simulations(), result.seed()));
        out.append("Baseline recruits ").append(perLevel(s.baselineRecruitsPerYear()))
                .append(" households a year; the plan adds the extra recruitment below.\n");
        if (result.goalSeek() != null) {
            out.append("Goal-seek: ").append(result.goalSeek().explanation())
                    .append(String.format(Locale.ROOT, "; steady extra households a year to %d: %s (%d evaluations)%n",
                            s.goal().year(), perLevel(result.goalSeek().perYear()), result.goalSeek().evaluations()));
        }
        out.append("Extra recruitment (households) by year:\n");
        for (int t = 1; t <= s.years(); t++) {
            out.append(String.format(Locale.ROOT, "  %d: %s%n", s.yearLabel(t), perLevel(result.extraRecruits()[t])));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-5s %-17s %-15s %-25s %-13s %-25s %s%n", "year", "children [80%]",
                "in-house places", "fostering gap base->plan", "in-house % foster", "external £/yr base->plan", "budget £/yr"));
        for (int t = 1; t <= s.years(); t++) {
            Interval demand = Interval.of(p.samples(PlanMeasure.DEMAND, t, 0));
            Interval gap = Interval.of(p.samples(PlanMeasure.GAP, t, 0));
            out.append(String.format(Locale.ROOT, "%-5d %-17s %-15s %-25s %-13s %-25s %,.0f%n", s.yearLabel(t),
                    String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", demand.mean(), demand.lower80(), demand.upper80()),
                    String.format(Locale.ROOT, "%.0f->%.0f", b.mean(PlanMeasure.USABLE_PLACES, t, 0),
                            p.mean(PlanMeasure.USABLE_PLACES, t, 0)),
                    String.format(Locale.ROOT, "%.1f->%.1f [%.0f-%.0f]", b.mean(PlanMeasure.GAP, t, 0), gap.mean(),
                            gap.lower80(), gap.upper80()),
                    String.format(Locale.ROOT, "%.1f->%.1f", PlanTables.share(b, t).mean(),
                            PlanTables.share(p, t).mean()),
                    String.format(Locale.ROOT, "%,.0f->%,.0f", b.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, t, 0),
                            p.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, t, 0)),
                    s.externalBudgetGbpPerYear()));
        }
        int last = s.years();
        out.append(String.format(Locale.ROOT, "%nBy skill level, %d (foster):%n", s.yearLabel(last)));
        out.append(String.format(Locale.ROOT, "%-6s %-17s %-17s %-22s%n", "level", "children [80%]",
                "usable base->plan", "gap base->plan"));
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            Interval demand = Interval.of(p.samples(PlanMeasure.DEMAND, last, level));
            out.append(String.format(Locale.ROOT, "L%-5d %-17s %-17s %-22s%n", level,
                    String.format(Locale.ROOT, "%.1f [%.0f-%.0f]", demand.mean(), demand.lower80(), demand.upper80()),
                    String.format(Locale.ROOT, "%.1f->%.1f", b.mean(PlanMeasure.USABLE_PLACES, last, level),
                            p.mean(PlanMeasure.USABLE_PLACES, last, level)),
                    String.format(Locale.ROOT, "%.1f->%.1f", b.mean(PlanMeasure.GAP, last, level),
                            p.mean(PlanMeasure.GAP, last, level))));
        }
        out.append('\n');
        out.append(effect(result));
        out.append(SimulatedPlanText.render(result));
        return out.toString();
    }

    private static String effect(PlanResult result) {
        if (!result.recruits()) {
            return "The plan recruits nothing on top of the baseline.\n";
        }
        List<PlanResult.YearComparison> rows = result.comparison();
        PlanResult.YearComparison last = rows.get(rows.size() - 1);
        Integer payback = result.paybackYear();
        return String.format(Locale.ROOT, "Over the plan: recruitment spend £%,.0f; by %d the gap closed is %.1f"
                + " children (80%%: %.1f to %.1f) and the net saving £%,.0f (80%%: £%,.0f to £%,.0f); payback: %s"
                + " (paid back by %d in %.0f%% of simulations)%n", last.cumulativeRecruitmentSpendGbp(), last.year(),
                last.gapClosed().mean(), last.gapClosed().lower80(), last.gapClosed().upper80(),
                last.cumulativeNetGbp().mean(), last.cumulativeNetGbp().lower80(), last.cumulativeNetGbp().upper80(),
                payback == null ? "not within the plan" : "by " + payback, last.year(), 100 * last.paybackProbability());
    }

    private static String perLevel(double[] byLevel) {
        StringBuilder text = new StringBuilder();
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            if (byLevel[level] != 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "L%d %s", level, Math.round(byLevel[level] * 100) / 100.0));
            }
        }
        return text.length() == 0 ? "none" : text.toString();
    }
}
