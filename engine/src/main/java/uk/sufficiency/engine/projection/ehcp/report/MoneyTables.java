package uk.sufficiency.engine.projection.ehcp.report;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/** Spend: the annual cost rate by setting at each census, and the financial years against the block (GBP). */
final class MoneyTables {

    private MoneyTables() {
    }

    static Table costsBySetting(EhcpProjectionResult result) {
        SimulationResult sim = result.scenario();
        PlanStateSpace space = result.inputs().space();
        List<String> columns = new ArrayList<>(List.of("census_year", "basis", "setting", "setting_name"));
        columns.addAll(Interval.columns("annual_cost", "_gbp"));
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t <= sim.horizon(); t++) {
            int year = sim.censusYear(t);
            for (int s = -1; s < space.settingCount(); s++) {
                double[] values = new double[t == 0 ? 1 : sim.simulations()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = result.spend().censusCostGbp(year, sim.counts()[k][t], s);
                }
                String code = s < 0 ? "ALL" : space.settings().get(s);
                List<Object> row = new ArrayList<>(List.of(year, t == 0 ? "observed" : "projected", code,
                        s < 0 ? "All settings" : result.request().settings().settingName(code)));
                row.addAll(Cells.pounds(t == 0 ? Interval.exactly(values[0]) : Interval.of(values)));
                rows.add(row);
            }
        }
        return new Table("ehcp-costs-by-setting", "Annual high-needs cost rate by setting at each January census (GBP)",
                columns, rows, 4);
    }

    static Table budget(EhcpProjectionResult result) {
        List<String> columns = new ArrayList<>(List.of("financial_year", "basis"));
        columns.addAll(Interval.columns("spend", "_gbp"));
        columns.add("block_allocation_gbp");
        columns.addAll(Interval.columns("in_year_balance", "_gbp"));
        columns.addAll(Interval.columns("cumulative_balance", "_gbp"));
        columns.add("probability_in_year_deficit");
        columns.add("savings_target_gbp");
        columns.addAll(Interval.columns("savings_delivered", "_gbp"));
        columns.add("probability_savings_met");
        List<List<Object>> rows = new ArrayList<>();
        for (BudgetRow row : result.budget()) {
            List<Object> cells = new ArrayList<>(List.of(row.financialYear(), row.observed() ? "observed" : "projected"));
            cells.addAll(Cells.pounds(row.spendGbp()));
            cells.add(Cells.round(row.allocationGbp(), 0));
            cells.addAll(Cells.pounds(row.inYearBalanceGbp()));
            cells.addAll(Cells.pounds(row.cumulativeBalanceGbp()));
            cells.add(Cells.round(row.probabilityOfDeficit(), 3));
            cells.add(Cells.round(row.savingsTargetGbp(), 0));
            cells.addAll(Cells.pounds(row.savingsDeliveredGbp()));
            cells.add(Cells.round(row.probabilitySavingsMet(), 3));
            rows.add(cells);
        }
        return new Table("ehcp-budget", "High-needs spend against the block allocation by financial year (GBP; "
                + "a negative balance is a deficit)", columns, rows, 2);
    }
}
