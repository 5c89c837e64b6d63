package uk.sufficiency.web.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.web.Charts;

/**
 * The budget page's figures from one projection: fan charts of plans and spend, the cumulative
 * balance against the grant (a deficit is shown as a positive figure, as finance reads it), the
 * probability of an in-year deficit, and the assumptions that drive them.
 */
public final class EhcpView {

    private EhcpView() {
    }

    public static Map<String, Object> of(EhcpProjectionResult result, EhcpLevers levers, String mode) {
        Map<String, Object> model = new HashMap<>();
        plans(result, model);
        budget(result, model);
        model.put("assumptions", assumptions(result, levers));
        model.put("mode", mode);
        model.put("simulations", result.request().simulations());
        return model;
    }

    private static void plans(EhcpProjectionResult result, Map<String, Object> model) {
        SimulationResult sim = result.scenario();
        List<String> labels = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        result.observedCubes().forEach((year, cube) -> {
            labels.add(Integer.toString(year));
            double total = java.util.Arrays.stream(cube).asLongStream().sum();
            observed.add(total);
            boolean origin = year == result.originYear();
            mean.add(origin ? total : null);
            low.add(origin ? total : null);
            high.add(origin ? total : null);
        });
        Interval last = null;
        for (int t = 1; t <= sim.horizon(); t++) {
            Interval d = Interval.of(CountSummaries.total(sim, t));
            labels.add(Integer.toString(sim.censusYear(t)));
            observed.add(null);
            mean.add(round(d.mean()));
            low.add(round(d.lower80()));
            high.add(round(d.upper80()));
            last = d;
        }
        model.put("plansChart", Charts.chart("plans", "line", "EHCPs at each January census, with the 80% interval",
                "plans", labels, List.of(Charts.line("observed", observed), Charts.line("projected mean", mean),
                        Charts.low("80% low", low), Charts.high("80% interval", high))));
        if (last != null) {
            model.put("plansEnd", String.format(Locale.ROOT, "%,.0f", last.mean()));
            model.put("plansEndRange", String.format(Locale.ROOT, "%,.0f to %,.0f", last.lower80(), last.upper80()));
            model.put("plansEndYear", sim.censusYear(sim.horizon()));
        }
    }

    private static void budget(EhcpProjectionResult result, Map<String, Object> model) {
        List<String> labels = new ArrayList<>();
        List<Double> spend = new ArrayList<>();
        List<Double> spendLow = new ArrayList<>();
        List<Double> spendHigh = new ArrayList<>();
        List<Double> grant = new ArrayList<>();
        List<Double> deficit = new ArrayList<>();
        List<Double> deficitLow = new ArrayList<>();
        List<Double> deficitHigh = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        BudgetRow lastWithBalance = null;
        for (BudgetRow row : result.budget()) {
            labels.add(row.financialYear());
            spend.add(round(row.spendGbp().mean()));
            spendLow.add(round(row.spendGbp().lower80()));
            spendHigh.add(round(row.spendGbp().upper80()));
            grant.add(row.allocationGbp());
            Interval cumulative = row.cumulativeBalanceGbp();
            // a deficit is minus the balance: finance reads a deficit as a positive figure
            deficit.add(cumulative == null ? null : round(-cumulative.mean()));
            deficitLow.add(cumulative == null ? null : round(-cumulative.upper80()));
            deficitHigh.add(cumulative == null ? null : round(-cumulative.lower80()));
            if (cumulative != null) {
                lastWithBalance = row;
            }
            rows.add(Map.of("year", row.financialYear(), "basis", row.observed() ? "modelled past" : "projected",
                    "spend", gbp(row.spendGbp().mean()),
                    "grant", row.allocationGbp() == null ? "" : gbp(row.allocationGbp()),
                    "deficit", cumulative == null ? "" : gbp(-cumulative.mean()),
                    "probability", row.probabilityOfDeficit() == null ? ""
                            : String.format(Locale.ROOT, "%.0f%%", 100 * row.probabilityOfDeficit())));
        }
        model.put("budgetRows", rows);
        model.put("spendChart", Charts.chart("spend", "line", "High-needs spend against the grant, with the 80% interval"
                + " (GBP)", "GBP", labels, List.of(Charts.line("spend, mean", spend), Charts.low("80% low", spendLow),
                        Charts.high("80% interval", spendHigh), Charts.target("grant (block allocation)", grant))));
        model.put("deficitChart", Charts.chart("deficit", "line", "Cumulative deficit against the grant (GBP; above 0"
                + " is a deficit)", "GBP", labels, List.of(Charts.line("cumulative deficit, mean", deficit),
                        Charts.low("80% low", deficitLow), Charts.high("80% interval", deficitHigh))));
        if (lastWithBalance != null) {
            Interval c = lastWithBalance.cumulativeBalanceGbp();
            model.put("deficitEnd", gbp(-c.mean()));
            model.put("deficitEndRange", gbp(-c.upper80()) + " to " + gbp(-c.lower80()));
            model.put("deficitEndYear", lastWithBalance.financialYear());
            model.put("deficitProbability", lastWithBalance.probabilityOfDeficit() == null ? "n/a"
                    : String.format(Locale.ROOT, "%.0f%%", 100 * lastWithBalance.probabilityOfDeficit()));
        }
    }

    private static List<Map<String, String>> assumptions(EhcpProjectionResult result, EhcpLevers levers) {
        EhcpSettings config = result.request().settings();
        List<Map<String, String>> list = new ArrayList<>();
        String fitted = result.model().trend().form().name().toLowerCase(Locale.ROOT);
        add(list, "new plans trend", config.joinerTrend() == EhcpSettings.JoinerTrend.AUTO ? fitted + " (auto)" : fitted,
                "fitted on censuses " + result.fitFromYear() + "-" + result.originYear());
        add(list, "new plans lever", String.format(Locale.ROOT, "x %.2f", levers.newPlansFactor()), "from "
                + (result.originYear() + 1));
        add(list, "savings programme", String.format(Locale.ROOT, "%.0f%% of planned", 100 * levers.savingsStrength()),
                config.multipliers().size() + " rate multipliers");
        add(list, "capacity caps", levers.capsOn() ? config.capacityCaps().size() + " applied" : "off", "");
        add(list, "cost uplift per year", String.format(Locale.ROOT, "%.1f%%", 100 * config.costUpliftPerYear()), "");
        add(list, "move rate (aggregate inputs)", String.format(Locale.ROOT, "%.1f%%", 100 * config.assumedMoveRate()),
                "assumed");
        for (String setting : result.inputs().space().settings()) {
            double cost = result.inputs().costs().settingMeanGbp(setting);
            add(list, "unit cost " + setting, Double.isNaN(cost) ? "n/a" : gbp(cost) + " a year",
                    String.format(Locale.ROOT, "x %.2f of the costs file", levers.costFactorBySetting().getOrDefault(setting, 1.0)));
        }
        add(list, "simulations", Integer.toString(result.request().simulations()), "seed " + result.seed());
        return list;
    }

    private static void add(List<Map<String, String>> list, String name, String value, String note) {
        list.add(Map.of("name", name, "value", value, "note", note));
    }

    static String gbp(double value) {
        return String.format(Locale.ROOT, "GBP %,.0f", value);
    }

    private static Double round(double value) {
        return (double) Math.round(value);
    }
}
