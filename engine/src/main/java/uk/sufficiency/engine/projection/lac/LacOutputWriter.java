package uk.sufficiency.engine.projection.lac;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.validation.Problem;

/**
 * Writes a projection's result files, each atomically. Column names carry their units; every
 * interval column comes from quantiles across simulations of a quantity computed within each one.
 */
public final class LacOutputWriter {

    public static final String COUNTS = "lac-counts-by-month.csv";
    public static final String COSTS = "lac-costs-by-financial-year.csv";
    public static final String FLOWS = "lac-flows-by-financial-year.csv";
    public static final String RATES = "lac-rates.csv";
    public static final String ENTRY_RATES = "lac-entry-rates.csv";
    public static final String DATA_QUALITY = "lac-data-quality.csv";
    public static final String BACKTEST = "lac-backtest.csv";
    public static final String RUN = "lac-run.json";

    private static final String[] INTERVAL = {"mean", "lower_95", "lower_80", "median", "upper_80", "upper_95"};

    private LacOutputWriter() {
    }

    public static void write(LacProjectionResult result, OutputDirectory out) {
        out.write(COUNTS, w -> counts(result, w));
        out.write(COSTS, w -> costs(result, w));
        out.write(FLOWS, w -> flows(result, w));
        out.write(RATES, w -> rates(result, w));
        out.write(ENTRY_RATES, w -> entryRates(result, w));
        out.write(DATA_QUALITY, w -> dataQuality(result.dataQuality(), w));
        out.write(BACKTEST, w -> backtest(result.backtest(), w));
        out.write(RUN, w -> run(result, w));
    }

    private static void counts(LacProjectionResult r, Writer w) throws IOException {
        SimulationResult sim = r.simulation();
        StateSpace space = r.space();
        int k = space.categoryCount();
        int nb = space.bands().size();
        int n = sim.simulations();
        line(w, "month_end", "category", "age_band", INTERVAL);
        // Series per month: (category or all) x (band or all), index (c + 1) * (nb + 1) + (b + 1).
        double[][] values = new double[(k + 1) * (nb + 1)][n];
        for (int t = 0; t < sim.months().size(); t++) {
            for (double[] v : values) {
                java.util.Arrays.fill(v, 0.0);
            }
            for (int i = 0; i < n; i++) {
                int[] stock = sim.stock()[i];
                for (int c = 0; c < k; c++) {
                    for (int b = 0; b < nb; b++) {
                        int count = stock[sim.stockIndex(t, c, b)];
                        values[(c + 1) * (nb + 1) + b + 1][i] = count;
                        values[(c + 1) * (nb + 1)][i] += count;
                        values[b + 1][i] += count;
                        values[0][i] += count;
                    }
                }
            }
            String monthEnd = sim.months().get(t).atEndOfMonth().toString();
            for (int c = -1; c < k; c++) {
                for (int b = -1; b < nb; b++) {
                    Distribution d = Distribution.of(values[(c + 1) * (nb + 1) + b + 1]);
                    w.write(String.join(",", monthEnd, c < 0 ? "all" : space.categories().get(c),
                            b < 0 ? "all" : space.bands().bands().get(b).label(), dist(d, 2)) + "\n");
                }
            }
        }
    }

    private static void costs(LacProjectionResult r, Writer w) throws IOException {
        SimulationResult sim = r.simulation();
        StateSpace space = r.space();
        int k = space.categoryCount();
        line(w, "financial_year", "category", "months_projected", "weekly_cost_gbp", "child_weeks_mean",
                "cost_gbp_mean", "cost_gbp_lower_95", "cost_gbp_lower_80", "cost_gbp_median", "cost_gbp_upper_80",
                "cost_gbp_upper_95");
        for (int f = 0; f < sim.financialYears().size(); f++) {
            int year = sim.financialYears().get(f);
            long months = sim.months().stream().filter(m -> CostModel.financialYearOf(m) == year).count();
            for (int c = -1; c < k; c++) {
                double[] cost = new double[sim.simulations()];
                double weeks = 0;
                for (int i = 0; i < cost.length; i++) {
                    for (int cat = 0; cat < k; cat++) {
                        if (c < 0 || cat == c) {
                            double days = sim.careDays()[i][f * k + cat];
                            cost[i] += days * r.costs().dailyCostGbp(cat, year);
                            weeks += days / CostModel.DAYS_PER_WEEK;
                        }
                    }
                }
                Distribution d = Distribution.of(cost);
                String weekly = c < 0 ? "" : num(r.costs().dailyCostGbp(c, year) * CostModel.DAYS_PER_WEEK, 2);
                w.write(String.join(",", CostModel.financialYearLabel(year), c < 0 ? "all" : space.categories().get(c),
                        String.valueOf(months), weekly, num(weeks / cost.length, 1), dist(d, 0)) + "\n");
            }
        }
    }

    private static void flows(LacProjectionResult r, Writer w) throws IOException {
        SimulationResult sim = r.simulation();
        line(w, "financial_year", "flow", "months_projected", INTERVAL);
        for (int year : sim.financialYears()) {
            List<Integer> ts = new java.util.ArrayList<>();
            for (int t = 0; t < sim.months().size(); t++) {
                if (CostModel.financialYearOf(sim.months().get(t)) == year) {
                    ts.add(t);
                }
            }
            for (String flow : List.of("entries", "exits")) {
                int[][] source = flow.equals("entries") ? sim.entries() : sim.exits();
                double[] values = new double[sim.simulations()];
                for (int i = 0; i < values.length; i++) {
                    for (int t : ts) {
                        values[i] += source[i][t];
                    }
                }
                w.write(String.join(",", CostModel.financialYearLabel(year), flow, String.valueOf(ts.size()),
                        dist(Distribution.of(values), 2)) + "\n");
            }
        }
    }

    private static void rates(LacProjectionResult r, Writer w) throws IOException {
        TransitionPosterior p = r.transitions();
        StateSpace space = r.space();
        line(w, "age_band", "from_category", "to", "observed_count", "observed_child_months",
                "monthly_probability_mean", "monthly_probability_lower_95", "monthly_probability_upper_95");
        for (int s = 0; s < space.stateCount(); s++) {
            double months = 0;
            for (double n : p.counts()[s]) {
                months += n;
            }
            double total = p.alphaTotal(s);
            for (int o = 0; o <= space.exitOutcome(); o++) {
                double a = p.alpha(s, o);
                BetaDistribution beta = new BetaDistribution(null, a, total - a);
                w.write(String.join(",", space.bands().bands().get(space.bandOfState(s)).label(),
                        space.categories().get(space.categoryOfState(s)), space.outcomeName(o),
                        num(p.counts()[s][o], 0), num(months, 0), num(p.mean(s, o), 6),
                        num(beta.inverseCumulativeProbability(0.025), 6), num(beta.inverseCumulativeProbability(0.975), 6))
                        + "\n");
            }
        }
    }

    private static void entryRates(LacProjectionResult r, Writer w) throws IOException {
        StateSpace space = r.space();
        Observations obs = r.observations();
        YearMonth first = r.simulation().months().get(0);
        double[] mean = r.entries().meanPerMonth(first);
        line(w, "age_band", "category", "observed_entries", "window_months", "mean_entries_per_month_first_projected_month");
        for (int s = 0; s < space.stateCount(); s++) {
            w.write(String.join(",", space.bands().bands().get(space.bandOfState(s)).label(),
                    space.categories().get(space.categoryOfState(s)), num(obs.entryCounts()[s], 0),
                    String.valueOf(obs.windowMonths()), num(mean[s], 4)) + "\n");
        }
    }

    static void dataQuality(List<Problem> problems, Writer w) throws IOException {
        line(w, "severity", "file", "line", "column", "value", "message");
        for (Problem p : problems) {
            w.write(String.join(",", p.severity().name().toLowerCase(Locale.ROOT),
                    csv(p.file() == null ? "" : p.file().getFileName().toString()), p.line() > 0 ? String.valueOf(p.line()) : "",
                    csv(p.column()), csv(p.value()), csv(p.rule())) + "\n");
        }
    }

    private static void backtest(Backtest b, Writer w) throws IOException {
        line(w, "origin", "month_end", "horizon_months", "category", "actual", "mean", "lower_95", "lower_80", "median",
                "upper_80", "upper_95", "error_mean_minus_actual", "within_80", "within_95");
        for (Backtest.Row row : b.rows()) {
            w.write(String.join(",", b.origin().toString(), row.monthEnd().toString(), String.valueOf(row.horizonMonths()),
                    row.category(), String.valueOf(row.actual()), dist(row.projected(), 2), num(row.error(), 2),
                    String.valueOf(row.projected().within80(row.actual())),
                    String.valueOf(row.projected().within95(row.actual()))) + "\n");
        }
    }

    private static void run(LacProjectionResult r, Writer w) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("history", r.historyDescription());
        json.put("reference_window_start", r.observations().windowStart().toString());
        json.put("reference_window_end", r.observations().windowEnd().toString());
        json.put("children_in_care_at_base", r.observations().population().size());
        json.put("first_projected_month_end", r.simulation().months().get(0).atEndOfMonth().toString());
        json.put("last_projected_month_end", r.simulation().months().get(r.simulation().months().size() - 1).atEndOfMonth().toString());
        json.put("time_step", "1 calendar month; counts are at each month end");
        json.put("simulations", r.simulations());
        json.put("seed", r.seed());
        json.put("entries_mode", r.config().entries().mode());
        json.put("prior_strength", r.config().priorStrength());
        json.put("cost_units", "GBP; weekly_cost_gbp per child per week at cost_base_financial_year prices; one day = 1/7 week");
        json.put("cost_base_financial_year", CostModel.financialYearLabel(r.costs().baseYear()));
        json.put("inflation_per_year", r.costs().inflationPerYear());
        json.put("rate_edits", r.config().rateEdits().size());
        json.put("entry_edits", r.config().entryEdits().size());
        json.put("duration_caps", r.config().durationCaps().size());
        json.put("data_quality_warnings", r.dataQuality().size());
        Map<String, Object> bt = new LinkedHashMap<>();
        Backtest b = r.backtest();
        if (b.skipReason() != null) {
            bt.put("skipped", b.skipReason());
        } else {
            bt.put("origin", b.origin().toString());
            bt.put("months_compared", b.totals().size());
            bt.put("mean_absolute_percentage_error_total", round(b.meanAbsolutePercentageError()));
            bt.put("mean_error_total_children", round(b.meanError()));
            bt.put("coverage_80", round(b.coverage80()));
            bt.put("coverage_95", round(b.coverage95()));
        }
        json.put("backtest", bt);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        w.write(mapper.writeValueAsString(json));
        w.write("\n");
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }

    private static void line(Writer w, String a, String b, String c, String[] rest) throws IOException {
        w.write(a + "," + b + "," + c + "," + String.join(",", rest) + "\n");
    }

    private static void line(Writer w, String... columns) throws IOException {
        w.write(String.join(",", columns) + "\n");
    }

    private static String dist(Distribution d, int decimals) {
        return String.join(",", num(d.mean(), decimals), num(d.p2_5(), decimals), num(d.p10(), decimals),
                num(d.p50(), decimals), num(d.p90(), decimals), num(d.p97_5(), decimals));
    }

    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String csv(String text) {
        if (text == null) {
            return "";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
