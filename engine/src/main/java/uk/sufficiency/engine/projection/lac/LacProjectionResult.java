package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig.PricedCategory;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.Problem;

/**
 * What a looked-after children projection produced: the children in care at each projected month end
 * by placement category and age band, with 80% and 95% intervals ({@link #childrenInCare}), their cost
 * by financial year ({@link #costGbp}), the simulation paths themselves for a planner that needs each
 * path whole ({@link #paths}), the track record of projections like it ({@link #backtest}), and the
 * time frame, data quality and assumptions behind them. The {@code run} step shares it through the
 * pipeline context ({@code context.shared(LacProjectionResult.class)}) so later steps take their demand
 * from the same projection; the tables are built from it by {@link LacTables}.
 *
 * @param timeFrame          as-of date, base, reference window and months projected
 * @param childrenAtBase     children in care at the base, as recorded (the projection's starting stock)
 * @param categories         placement categories in output order, with the placement type each is priced as
 * @param states             age bands x categories
 * @param historyDescription the history fitted ("SSDA903 returns 2017-04-01 to 2022-03-31, ...")
 * @param fit                the fitted model (rates, entries, drift) on the reference window
 * @param paths              every simulation's stock, flows and child-days; month t ends on
 *                           {@code paths.months().get(t).atEndOfMonth()}
 * @param prices             each category's weekly price from the scenario's price list
 * @param backtest           backtests at every origin the history allows
 * @param recorded           children in care the history recorded at projected month ends (when it runs
 *                           past the base), for comparison
 * @param dataQuality        input rows rejected or adjusted, and other warnings
 * @param assumptions        every setting and price used, with its source
 */
public record LacProjectionResult(LacTimeFrame timeFrame, int childrenAtBase, List<PricedCategory> categories, LacStates states,
        String historyDescription, LacFit fit, SimulationResult paths, LacPrices prices, LacBacktest backtest,
        Map<LocalDate, Integer> recorded, List<Problem> dataQuality, List<Assumption> assumptions, int simulations,
        long seed) {

    public LacProjectionResult {
        categories = List.copyOf(categories);
        recorded = Map.copyOf(recorded);
        dataQuality = List.copyOf(dataQuality);
        assumptions = List.copyOf(assumptions);
    }

    /** The projected month ends, in order. */
    public List<LocalDate> monthEnds() {
        return paths.months().stream().map(YearMonth::atEndOfMonth).toList();
    }

    /**
     * Children in care at the end of projected month {@code t} (0 = the first month after the base),
     * in a category and an age band ({@code null} for all), across simulations.
     */
    public Interval childrenInCare(int t, String category, String ageBand) {
        int c = category == null ? -1 : states.categoryIndex(category);
        int b = ageBand == null ? -1 : states.bands().indexOf(ageBand);
        if ((category != null && c < 0) || (ageBand != null && b < 0)) {
            throw new IllegalArgumentException("no category " + category + " or age band " + ageBand);
        }
        return paths.stockInterval(t, c, b);
    }

    /** Cost in GBP of care in a financial year (by its starting year), one category or all (null). */
    public Interval costGbp(int financialYear, String category) {
        int f = paths.financialYears().indexOf(financialYear);
        int k = states.categoryCount();
        int only = category == null ? -1 : states.categoryIndex(category);
        double[] cost = new double[paths.simulations()];
        for (int i = 0; i < cost.length; i++) {
            for (int c = 0; c < k; c++) {
                if (only < 0 || c == only) {
                    cost[i] += paths.careDays()[i][f * k + c] * prices.dailyGbp(c, financialYear);
                }
            }
        }
        return Interval.of(cost);
    }

    /** Months of a financial year inside the projection. */
    public int monthsIn(int financialYear) {
        return (int) paths.months().stream().filter(m -> LacPrices.financialYearOf(m) == financialYear).count();
    }

    /** What was projected from what, in the scenario's calendar, with the track record. */
    public String summary() {
        String history = historyDescription.strip();
        return String.format(Locale.ROOT, "%s%s %s %d simulations of each child's moves month by month to %s; rates"
                + " drift from year to year (sd %.0f%% a year for entries, %.0f%% for leaving), and the bands hold 80%% and"
                + " 95%% of simulated outcomes. %s", history, history.endsWith(".") ? "" : ".", timeFrame.note(),
                simulations, timeFrame.end(), 100 * fit.drift().entrySdPerYear(), 100 * fit.drift().exitSdPerYear(),
                backtest.sentence());
    }
}
