package uk.sufficiency.cli.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import uk.sufficiency.model.table.Table;

/**
 * Children whose proposed placement differs between the two runs, one row each ("P0251 £535 ->
 * N001 £389"), and the net weekly cost of the change. Read from each run's matching proposals.
 */
final class PlacementChanges {

    static final String PROPOSALS = "matching-proposals";

    /** @param net weekly cost of B's placements less A's over the children listed, GBP a week */
    record Result(Table table, int children, double netWeeklyGbp) {
        String sentence() {
            return String.format(Locale.UK, "%d %s a different placement in B; net weekly cost of the change %s%s a week.",
                    children, children == 1 ? "child has" : "children have", netWeeklyGbp < 0 ? "-£" : "+£",
                    String.format(Locale.UK, "%,.0f", Math.abs(netWeeklyGbp)));
        }
    }

    private PlacementChanges() {
    }

    static Result of(RunFolder.CsvData a, RunFolder.CsvData b) {
        Map<String, String[]> left = byChild(a);
        Map<String, String[]> right = byChild(b);
        TreeSet<String> children = new TreeSet<>(left.keySet());
        children.addAll(right.keySet());
        Table.Builder table = Table.builder("compare-placement-changes",
                "Children whose proposed placement changes: A, B and the weekly cost of the change",
                "child_id", "placement_a", "weekly_cost_gbp_a", "placement_b", "weekly_cost_gbp_b",
                "change_gbp_per_week").keys(1);
        int changed = 0;
        double net = 0;
        for (String child : children) {
            String[] ra = left.get(child);
            String[] rb = right.get(child);
            String placeA = ra == null ? "" : ra[0];
            String placeB = rb == null ? "" : rb[0];
            if (placeA.equals(placeB)) {
                continue;
            }
            Double costA = ra == null ? null : RunComparison.number(ra[1]);
            Double costB = rb == null ? null : RunComparison.number(rb[1]);
            double change = (costB == null ? 0 : costB) - (costA == null ? 0 : costA);
            table.row(child, placeA.isEmpty() ? "(none)" : placeA, costA, placeB.isEmpty() ? "(none)" : placeB, costB,
                    Math.round(change * 100) / 100.0);
            changed++;
            net += change;
        }
        return new Result(table.build(), changed, net);
    }

    private static Map<String, String[]> byChild(RunFolder.CsvData data) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        if (data == null) {
            return rows;
        }
        String costColumn = data.columns().contains("weekly_cost_gbp") ? "weekly_cost_gbp" : "weekly_cost";
        for (List<String> row : data.rows()) {
            rows.put(HeadlineChanges.cell(data, row, "child_id"), new String[] {
                HeadlineChanges.cell(data, row, "placement_id"), HeadlineChanges.cell(data, row, costColumn)});
        }
        return rows;
    }
}
