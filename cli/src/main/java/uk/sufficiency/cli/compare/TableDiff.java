package uk.sufficiency.cli.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.model.table.Table;

/**
 * One table of two runs side by side: rows matched on their key columns, a number column as A, B
 * and B minus A, another column as A and B (when they differ in any row), and which runs hold the row.
 *
 * @param all         every row ({@code compare-NAME}), for CSV and the workbook
 * @param changed     only rows that differ ({@code compare-NAME-changed}), for the page
 * @param changedRows how many rows differ
 */
record TableDiff(Table all, Table changed, int changedRows) {

    /** Key columns whose values are periods: a table keyed on one of these alone is charted A against B. */
    private static final Set<String> PERIOD_KEYS = Set.of("year", "census_year", "financial_year", "month_end", "period");

    static TableDiff of(String name, String title, RunFolder.CsvData a, RunFolder.CsvData b) {
        List<String> columns = new ArrayList<>(a.columns());
        b.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        List<String> declared = a.keyColumns() != null && !a.keyColumns().isEmpty() ? a.keyColumns() : b.keyColumns();
        List<String> numeric = columns.stream().filter(c -> isNumeric(a, c) && isNumeric(b, c)
                && (declared == null || !declared.contains(c))).toList();
        List<String> keys = declared != null && !declared.isEmpty()
                ? declared.stream().filter(columns::contains).toList()
                : columns.stream().filter(c -> !numeric.contains(c)).toList();
        List<String> text = columns.stream().filter(c -> !keys.contains(c) && !numeric.contains(c)).toList();
        Map<String, List<String>> left = keyed(a, keys);
        Map<String, List<String>> right = keyed(b, keys);
        Set<String> ids = new LinkedHashSet<>(left.keySet());
        ids.addAll(right.keySet());
        List<String> header = new ArrayList<>(keys);
        for (String column : text) {
            header.add(column + "_a");
            header.add(column + "_b");
        }
        for (String column : numeric) {
            header.add(column + "_a");
            header.add(column + "_b");
            header.add(column + "_change");
        }
        header.add("in_runs");
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> changed = new ArrayList<>();
        for (String id : ids) {
            List<String> ra = left.get(id);
            List<String> rb = right.get(id);
            List<Object> row = new ArrayList<>();
            boolean differs = ra == null || rb == null;
            for (String column : keys) {
                String value = cell(a, ra, column);
                row.add(value != null ? value : cell(b, rb, column));
            }
            for (String column : text) {
                String va = cell(a, ra, column);
                String vb = cell(b, rb, column);
                row.add(va);
                row.add(vb);
                differs |= ra != null && rb != null && !Objects.equals(va, vb);
            }
            for (String column : numeric) {
                Double va = RunComparison.number(cell(a, ra, column));
                Double vb = RunComparison.number(cell(b, rb, column));
                row.add(va);
                row.add(vb);
                Double change = RunComparison.change(va, vb);
                row.add(change);
                differs |= change != null && change != 0 || (va == null) != (vb == null);
            }
            row.add(ra != null && rb != null ? "both" : ra != null ? "A only" : "B only");
            rows.add(row);
            if (differs) {
                changed.add(row);
            }
        }
        int keyCount = keys.size();
        return new TableDiff(new Table("compare-" + name, title, header, rows, keyCount),
                new Table("compare-" + name + "-changed", title + ": rows that changed", header, changed, keyCount),
                changed.size());
    }

    /**
     * A line chart of the table's first number column in A and B over its period key, or null when
     * the table is not keyed on a period alone.
     */
    static ChartSpec overlay(String tableName, String title, RunFolder.CsvData a, RunFolder.CsvData b) {
        List<String> keys = a.keyColumns() != null && !a.keyColumns().isEmpty() ? a.keyColumns() : b.keyColumns();
        if (keys == null || keys.size() != 1 || !PERIOD_KEYS.contains(keys.get(0))) {
            return null;
        }
        String key = keys.get(0);
        String value = a.columns().stream().filter(c -> !c.equals(key) && isNumeric(a, c) && isNumeric(b, c)
                && b.columns().contains(c) && !a.rows().isEmpty()).findFirst().orElse(null);
        if (value == null) {
            return null;
        }
        Map<String, Double> left = series(a, key, value);
        Map<String, Double> right = series(b, key, value);
        Set<String> labels = new LinkedHashSet<>(left.keySet());
        labels.addAll(right.keySet());
        List<Double> va = labels.stream().map(left::get).toList();
        List<Double> vb = labels.stream().map(right::get).toList();
        return new ChartSpec(title + ": " + value.replace('_', ' ') + ", run A and run B", ChartSpec.Type.LINE,
                new ArrayList<>(labels), value.endsWith("_gbp") ? "GBP" : "",
                List.of(ChartSpec.Series.of("run A", va), ChartSpec.Series.of("run B", vb)), tableName);
    }

    private static Map<String, Double> series(RunFolder.CsvData data, String key, String value) {
        Map<String, Double> points = new LinkedHashMap<>();
        for (List<String> row : data.rows()) {
            points.put(cell(data, row, key), RunComparison.number(cell(data, row, value)));
        }
        return points;
    }

    private static Map<String, List<String>> keyed(RunFolder.CsvData data, List<String> keys) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : data.rows()) {
            StringBuilder key = new StringBuilder();
            for (String column : keys) {
                key.append(cell(data, row, column)).append('\u0001');
            }
            String base = key.toString();
            String unique = base;
            for (int n = 2; rows.containsKey(unique); n++) {
                unique = base + n;
            }
            rows.put(unique, row);
        }
        return rows;
    }

    private static String cell(RunFolder.CsvData data, List<String> row, String column) {
        int index = data.columns().indexOf(column);
        return row == null || index < 0 || index >= row.size() ? null : row.get(index);
    }

    private static boolean isNumeric(RunFolder.CsvData data, String column) {
        int index = data.columns().indexOf(column);
        if (index < 0) {
            return true;
        }
        boolean any = false;
        for (List<String> row : data.rows()) {
            String value = index < row.size() ? row.get(index) : "";
            if (!value.isBlank()) {
                if (RunComparison.number(value) == null) {
                    return false;
                }
                any = true;
            }
        }
        return any || data.rows().isEmpty();
    }
}
