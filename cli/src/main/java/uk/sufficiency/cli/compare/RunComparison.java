package uk.sufficiency.cli.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.table.Table;

/**
 * Side-by-side differences of two runs' tables. A column whose every value is a number in both runs
 * and not declared a key column in run.json is compared (A, B and B minus A); the other columns identify rows, which are matched between the
 * runs on them. Rows found in only one run are kept and marked.
 */
final class RunComparison {

    static final String HEADLINES = "run-headlines";

    private RunComparison() {
    }

    static List<Section> sections(RunFolder a, RunFolder b) {
        List<Section> sections = new ArrayList<>();
        sections.add(headlines(a, b));
        Set<String> names = new LinkedHashSet<>(a.tables().keySet());
        names.addAll(b.tables().keySet());
        names.remove(HEADLINES);
        Map<String, List<Table>> byStep = new LinkedHashMap<>();
        for (String name : names) {
            RunFolder.CsvData empty = new RunFolder.CsvData(List.of(), List.of(), null);
            RunFolder.CsvData left = a.tables().getOrDefault(name, empty);
            RunFolder.CsvData right = b.tables().getOrDefault(name, empty);
            String step = name.contains("-") ? name.substring(0, name.indexOf('-')) : name;
            byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(compare("compare-" + name, name, left, right));
        }
        byStep.forEach((step, tables) -> sections.add(new Section("step-" + step, "Tables of step '" + step + "'",
                "Each table of the two runs side by side: value in A, value in B, and the change (B - A).",
                null, List.of(), List.of(), tables)));
        return sections;
    }

    private static Section headlines(RunFolder a, RunFolder b) {
        RunFolder.CsvData left = a.tables().get(HEADLINES);
        RunFolder.CsvData right = b.tables().get(HEADLINES);
        Table.Builder table = Table.builder("compare-headlines", "Headline figures: A, B and the change",
                "step", "label", "unit", "value_a", "value_b", "change", "change_pct");
        Map<String, List<String>> rightRows = new LinkedHashMap<>();
        if (right != null) {
            right.rows().forEach(r -> rightRows.put(r.get(0) + "/" + r.get(1), r));
        }
        if (left != null) {
            for (List<String> row : left.rows()) {
                List<String> other = rightRows.remove(row.get(0) + "/" + row.get(1));
                Double va = number(row.get(3));
                Double vb = other == null ? null : number(other.get(3));
                table.row(row.get(0), row.get(2), row.get(4), va, vb, change(va, vb), percent(va, vb));
            }
        }
        for (List<String> row : rightRows.values()) {
            Double vb = number(row.get(3));
            table.row(row.get(0), row.get(2), row.get(4), null, vb, null, null);
        }
        return new Section("headlines-compared", "Headline figures compared",
                "Every headline figure of run A and run B, with the change from A to B (blank where a figure"
                        + " is in one run only).", null, List.of(), List.of(), List.of(table.build()));
    }

    static Table compare(String name, String title, RunFolder.CsvData a, RunFolder.CsvData b) {
        List<String> columns = new ArrayList<>(a.columns());
        b.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        List<String> declaredKeys = a.keyColumns() != null ? a.keyColumns() : b.keyColumns();
        List<String> numeric = columns.stream().filter(c -> isNumeric(a, c) && isNumeric(b, c)
                && (declaredKeys == null || !declaredKeys.contains(c))).toList();
        List<String> keys = columns.stream().filter(c -> !numeric.contains(c)).toList();
        List<String> header = new ArrayList<>(keys);
        for (String column : numeric) {
            header.add(column + "_a");
            header.add(column + "_b");
            header.add(column + "_change");
        }
        header.add("in_runs");
        Map<String, List<String>> left = keyed(a, keys);
        Map<String, List<String>> right = keyed(b, keys);
        Set<String> all = new LinkedHashSet<>(left.keySet());
        all.addAll(right.keySet());
        List<List<Object>> rows = new ArrayList<>();
        for (String key : all) {
            List<String> ra = left.get(key);
            List<String> rb = right.get(key);
            List<Object> row = new ArrayList<>();
            for (String column : keys) {
                String value = cell(a, ra, column);
                row.add(value != null ? value : cell(b, rb, column));
            }
            for (String column : numeric) {
                Double va = number(cell(a, ra, column));
                Double vb = number(cell(b, rb, column));
                row.add(va);
                row.add(vb);
                row.add(change(va, vb));
            }
            row.add(ra != null && rb != null ? "both" : ra != null ? "A only" : "B only");
            rows.add(row);
        }
        return new Table(name, title, header, rows);
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
                if (number(value) == null) {
                    return false;
                }
                any = true;
            }
        }
        return any || data.rows().isEmpty();
    }

    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double change(Double a, Double b) {
        return a == null || b == null ? null : round(b - a);
    }

    private static Double percent(Double a, Double b) {
        return a == null || b == null || a == 0 ? null : round(100 * (b - a) / Math.abs(a));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
