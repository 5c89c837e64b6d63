package uk.sufficiency.engine.planning.simulated;

import java.util.Locale;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.model.uncertainty.Interval;

/** The plan's figures by the market simulation beside the greedy rule's, for the terminal. */
public final class SimulatedPlanText {

    private SimulatedPlanText() {
    }

    /** Empty when the plan was evaluated by the greedy rule only. */
    public static String render(PlanResult result) {
        SimulatedPlan sim = result.simulated();
        if (sim == null) {
            return "";
        }
        PlanSettings s = result.settings();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nThe plan by the market simulation (%d"
                + " simulations, month by month; greedy rule's mean in brackets):%n", sim.simulations()));
        out.append(String.format(Locale.ROOT, "%-5s %-24s %-22s %-18s %-16s %s%n", "year", "in-house % foster",
                "gap (IFA + waiting)", "waiting [80%]", "out of county", "cost of the year £"));
        for (int t = 1; t <= s.years(); t++) {
            Interval share = Interval.of(sim.plan(SimulatedMeasure.IN_HOUSE_SHARE, t));
            Interval gap = Interval.of(sim.plan(SimulatedMeasure.GAP, t));
            Interval waiting = Interval.of(sim.plan(SimulatedMeasure.WAITING, t));
            Interval cost = Interval.of(sim.plan(SimulatedMeasure.ANNUAL_COST, t));
            out.append(String.format(Locale.ROOT, "%-5d %-24s %-22s %-18s %-16.1f %,.0f (%,.0f)%n", s.yearLabel(t),
                    String.format(Locale.ROOT, "%.1f (%.1f)", 100 * share.mean(),
                            100 * mean(SimulatedPlanTables.greedy(result.plan(), SimulatedMeasure.IN_HOUSE_SHARE, t))),
                    String.format(Locale.ROOT, "%.1f (%.1f)", gap.mean(),
                            mean(SimulatedPlanTables.greedy(result.plan(), SimulatedMeasure.GAP, t))),
                    String.format(Locale.ROOT, "%.1f [%.0f-%.0f]", waiting.mean(), waiting.lower80(), waiting.upper80()),
                    Interval.of(sim.plan(SimulatedMeasure.OUT_OF_COUNTY, t)).mean(), cost.mean(),
                    mean(SimulatedPlanTables.greedy(result.plan(), SimulatedMeasure.ANNUAL_COST, t))));
        }
        if (result.recruits()) {
            Interval closed = sim.reduction(SimulatedMeasure.GAP, s.years());
            out.append(String.format(Locale.ROOT, "By %d the simulated plan closes %.1f of the gap (80%%: %.1f to %.1f)"
                    + " and avoids %.1f waiting children.%n", s.yearLabel(s.years()), closed.mean(), closed.lower80(),
                    closed.upper80(), sim.reduction(SimulatedMeasure.WAITING, s.years()).mean()));
        }
        return out.toString();
    }

    private static double mean(double[] draws) {
        return Interval.of(draws).mean();
    }
}
