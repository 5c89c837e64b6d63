package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.ehcp.EhcpCapability;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.EhcpRequest;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;
import uk.sufficiency.engine.projection.ehcp.fit.JoinerTrendCalibration;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Does the choice of joiner-trend form move the deficit more than its own interval? The projection
 * is run again with each other form (same seed and simulations; the track-record backtest kept to
 * one simulation per origin, as only the projection is compared), and the cumulative balance of the
 * last year with a block allocation compared with the chosen form's 80% interval. Only a full run
 * does this (a quick run skips it: four more projections).
 */
final class EhcpModelChoice {

    static final List<JoinerTrend> FORMS = List.of(JoinerTrend.CONSTANT, JoinerTrend.LINEAR, JoinerTrend.LOG_LINEAR,
            JoinerTrend.LOG_DAMPED);

    /** One form's cumulative balance (GBP, negative = deficit) in the year compared. */
    record Outcome(JoinerTrend form, boolean chosen, Interval balanceGbp) {
    }

    private EhcpModelChoice() {
    }

    /**
     * The last allocated year's budget row under each other form. Run before the chosen projection,
     * because each run shares its result with later steps and the chosen one must be shared last.
     */
    static java.util.Map<JoinerTrend, BudgetRow> alternatives(Scenario scenario, EhcpRequest request,
            EhcpCapability capability, PipelineContext context) {
        JoinerTrend chosen = JoinerTrendCalibration.PANEL.resolve(request.settings().joinerTrend());
        java.util.Map<JoinerTrend, BudgetRow> rows = new java.util.LinkedHashMap<>();
        for (JoinerTrend form : FORMS) {
            if (form == chosen) {
                continue;
            }
            Scenario other = scenario
                    .withSetting(EhcpSettings.SECTION, "joiner_trend", TextNode.valueOf(form.name().toLowerCase(Locale.ROOT)),
                            "model check")
                    .withSetting(EhcpSettings.SECTION, "backtest_simulations", IntNode.valueOf(1), "model check");
            ProblemCollector problems = new ProblemCollector();
            EhcpRequest alternative = capability.settings(other, problems);
            if (!problems.hasErrors()) {
                BudgetRow row = lastWithAllocation(capability.run(alternative, context));
                if (row != null) {
                    rows.put(form, row);
                }
            }
        }
        return rows;
    }

    /** The chosen form first, then each other form compared in the same financial year. */
    static List<Outcome> outcomes(EhcpRequest request, EhcpProjectionResult result,
            java.util.Map<JoinerTrend, BudgetRow> alternatives) {
        List<Outcome> outcomes = new ArrayList<>();
        BudgetRow last = lastWithAllocation(result);
        if (last == null) {
            return outcomes;
        }
        outcomes.add(new Outcome(JoinerTrendCalibration.PANEL.resolve(request.settings().joinerTrend()), true,
                last.cumulativeBalanceGbp()));
        alternatives.forEach((form, row) -> {
            if (row.financialYear().equals(last.financialYear())) {
                outcomes.add(new Outcome(form, false, row.cumulativeBalanceGbp()));
            }
        });
        return outcomes;
    }

    /** The table and chart of the forms, and a sentence for the answer when another form falls outside the 80% range. */
    static String show(List<Outcome> outcomes, String year, StepResult.Builder step) {
        if (outcomes.size() < 2) {
            return "";
        }
        Table.Builder table = Table.builder("ehcp-model-choice", "Cumulative high-needs balance at the end of " + year
                + " by joiner-trend form (GBP; negative is a deficit)", "joiner_trend", "chosen", "mean_gbp",
                "lower_80_gbp", "upper_80_gbp", "outside_chosen_80").keys(1);
        Interval chosen = outcomes.get(0).balanceGbp();
        List<String> labels = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Outcome o : outcomes) {
            boolean beyond = !o.chosen() && (o.balanceGbp().mean() < chosen.lower80() || o.balanceGbp().mean() > chosen.upper80());
            String name = o.form().name().toLowerCase(Locale.ROOT);
            table.row(name, Boolean.toString(o.chosen()), Math.round(o.balanceGbp().mean()),
                    Math.round(o.balanceGbp().lower80()), Math.round(o.balanceGbp().upper80()), Boolean.toString(beyond));
            labels.add(name + (o.chosen() ? " (chosen)" : ""));
            means.add((double) Math.round(o.balanceGbp().mean()));
            if (beyond) {
                outside.add(String.format(Locale.UK, "%s %s", name.replace('_', '-'), CellText.figure(o.balanceGbp().mean(),
                        "GBP")));
            }
        }
        step.chart(new ChartSpec("Cumulative balance at the end of " + year + " by joiner-trend form (GBP, mean)",
                ChartSpec.Type.HBAR, labels, "GBP", List.of(ChartSpec.Series.of("mean", means)), "ehcp-model-choice"),
                table.build());
        if (outside.isEmpty()) {
            return " Other joiner-trend forms give balances within this 80% range.";
        }
        return " The trend form matters more than this range: other forms give " + String.join(", ", outside)
                + " (see the model-choice chart).";
    }

    static BudgetRow lastWithAllocation(EhcpProjectionResult result) {
        BudgetRow last = null;
        for (BudgetRow row : result.budget()) {
            if (row.allocationGbp() != null && row.cumulativeBalanceGbp() != null) {
                last = row;
            }
        }
        return last;
    }
}
