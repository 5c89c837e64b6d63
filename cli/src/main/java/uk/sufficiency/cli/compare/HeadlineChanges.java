package uk.sufficiency.cli.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.cli.report.Headline;
import uk.sufficiency.model.table.Table;

/**
 * The headline figures of two runs matched on step and key: A and B, each with its own 80%
 * interval, and the change. Read from each run's {@code run-headlines.csv} (older runs without
 * interval columns give figures without intervals).
 */
final class HeadlineChanges {

    /** One headline in both runs (either side null when the figure is in one run only). */
    record Change(String step, String key, String label, String unit, Figure a, Figure b) {
        Double change() {
            return a == null || b == null ? null : b.value() - a.value();
        }

        boolean changed() {
            Double change = change();
            return change == null || Math.abs(change) > 1e-9;
        }

        /**
         * A card: the signed change as its value, A and B with their own intervals in the label (no
         * "Change in" before it: labels that are changes already read "Change in Change in ..."). Money
         * is on one scale across the card: in millions when A, B or an end of their intervals is a
         * million or more, so the change reads "+£0.5m" beside "£12.3m → £12.8m", not "+£512,345".
         */
        Headline card() {
            boolean millions = CellText.inMillions(unit, figures());
            String text = label + ": A " + (a == null ? "(not in run A)" : a.text(unit, millions)) + " \u2192 B "
                    + (b == null ? "(not in run B)" : b.text(unit, millions));
            return Headline.change(key, text, change() == null ? Double.NaN : change(), unit, millions);
        }

        /** A's and B's values and interval ends, as far as each run has them. */
        private double[] figures() {
            return Stream.of(a, b).filter(Objects::nonNull).flatMap(f -> Stream.of(f.value(), f.lower80(), f.upper80()))
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** A figure with its 80% interval, if it has one. */
    record Figure(double value, Double lower80, Double upper80) {
        String text(String unit, boolean moneyInMillions) {
            return CellText.figure(new Headline("x", "x", value, unit, lower80, upper80, false, false,
                    moneyInMillions));
        }
    }

    private HeadlineChanges() {
    }

    static List<Change> of(RunFolder.CsvData a, RunFolder.CsvData b) {
        Map<String, String[]> labels = new LinkedHashMap<>();
        Map<String, Figure> left = figures(a, labels);
        Map<String, Figure> right = figures(b, labels);
        List<Change> changes = new ArrayList<>();
        labels.forEach((id, label) -> changes.add(new Change(label[0], label[1], label[2], label[3], left.get(id),
                right.get(id))));
        return changes;
    }

    private static Map<String, Figure> figures(RunFolder.CsvData data, Map<String, String[]> labels) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (data == null) {
            return figures;
        }
        for (List<String> row : data.rows()) {
            String step = cell(data, row, "step");
            String key = cell(data, row, "key");
            Double value = RunComparison.number(cell(data, row, "value"));
            if (value == null) {
                continue;
            }
            String id = step + "/" + key;
            labels.putIfAbsent(id, new String[] {step, key, cell(data, row, "label"), cell(data, row, "unit")});
            Double low = RunComparison.number(cell(data, row, "lower_80"));
            Double high = RunComparison.number(cell(data, row, "upper_80"));
            figures.put(id, new Figure(value, low == null || high == null ? null : low, low == null || high == null
                    ? null : high));
        }
        return figures;
    }

    /** The comparison's headline table (every figure, changed or not) for CSV and the workbook. */
    static Table table(List<Change> changes) {
        Table.Builder table = Table.builder("compare-headlines", "Headline figures: A, B and the change",
                "step", "label", "unit", "value_a", "value_b", "change", "change_pct", "lower_80_a", "upper_80_a",
                "lower_80_b", "upper_80_b");
        for (Change c : changes) {
            Double va = c.a() == null ? null : c.a().value();
            Double vb = c.b() == null ? null : c.b().value();
            table.row(c.step(), c.label(), c.unit(), va, vb, RunComparison.change(va, vb), RunComparison.percent(va, vb),
                    c.a() == null ? null : c.a().lower80(), c.a() == null ? null : c.a().upper80(),
                    c.b() == null ? null : c.b().lower80(), c.b() == null ? null : c.b().upper80());
        }
        return table.build();
    }

    static String cell(RunFolder.CsvData data, List<String> row, String column) {
        int index = data.columns().indexOf(column);
        return index < 0 || index >= row.size() ? null : row.get(index);
    }
}
