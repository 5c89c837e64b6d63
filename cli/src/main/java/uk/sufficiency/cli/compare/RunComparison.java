package uk.sufficiency.cli.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.Headline;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.table.Table;

/**
 * Two runs compared, leading with the change: per step (named as the run names it), the headline
 * figures that changed as cards (A and B each with its own 80% interval, the change as the value),
 * each step's answer in A and B, charts with A and B overlaid, and only the rows that changed. For
 * matching, each child whose placement changed is one row ("P0251 £535 -> N001 £389") with the net
 * weekly cost of the change. Every table in full goes to CSV and the workbook only.
 *
 * <p>Rows are matched on the key columns run.json declares (else on the columns that are not all
 * numbers); a number column is compared as A, B and B minus A, a text column as A and B.
 */
final class RunComparison {

    static final String HEADLINES = "run-headlines";
    static final String STEPS = "run-steps";
    /**
     * Tables a run draws as a map or as cards: compared in CSV and the workbook only, as their rows
     * (coordinates, sentences) do not read as a table; who moved where is the placement changes table.
     */
    static final Set<String> FILE_ONLY = Set.of("matching-map", "matching-cards");

    /** The page's sections and the tables written in full beside it. */
    record Comparison(List<Section> sections, List<Table> dataTables) {
    }

    private RunComparison() {
    }

    static Comparison compare(RunFolder a, RunFolder b) {
        List<HeadlineChanges.Change> headlines = HeadlineChanges.of(a.tables().get(HEADLINES), b.tables().get(HEADLINES));
        Map<String, String> titles = stepColumn(b, "title");
        stepColumn(a, "title").forEach(titles::putIfAbsent);
        Map<String, String> answersA = stepColumn(a, "answer");
        Map<String, String> answersB = stepColumn(b, "answer");
        Set<String> names = new LinkedHashSet<>(a.tables().keySet());
        names.addAll(b.tables().keySet());
        names.remove(HEADLINES);
        names.remove(STEPS);
        Map<String, List<String>> byStep = new LinkedHashMap<>();
        titles.keySet().forEach(step -> byStep.put(step, new ArrayList<>()));
        for (String name : names) {
            byStep.computeIfAbsent(stepOf(name), s -> new ArrayList<>()).add(name);
        }
        List<Section> sections = new ArrayList<>();
        List<Table> full = new ArrayList<>(List.of(HeadlineChanges.table(headlines)));
        RunFolder.CsvData empty = new RunFolder.CsvData(List.of(), List.of(), null);
        for (Map.Entry<String, List<String>> step : byStep.entrySet()) {
            StepChanges changes = new StepChanges(step.getKey(), titles.getOrDefault(step.getKey(), plainName(step.getKey())));
            headlines.stream().filter(h -> h.step().equals(step.getKey())).forEach(changes::headline);
            changes.answers(answersA.getOrDefault(step.getKey(), ""), answersB.getOrDefault(step.getKey(), ""));
            for (String name : step.getValue()) {
                RunFolder.CsvData left = a.tables().getOrDefault(name, empty);
                RunFolder.CsvData right = b.tables().getOrDefault(name, empty);
                TableDiff diff = TableDiff.of(name, tableTitle(a, b, name), left, right);
                full.add(diff.all());
                if (FILE_ONLY.contains(name)) {
                    changes.fileOnly(diff);
                    continue;
                }
                changes.table(diff, left, right);
                if (name.equals(PlacementChanges.PROPOSALS)) {
                    changes.placements(PlacementChanges.of(a.tables().get(name), b.tables().get(name)));
                }
            }
            sections.add(changes.section());
        }
        return new Comparison(sections, full);
    }

    /** What one step's comparison shows, gathered table by table. */
    private static final class StepChanges {
        private final String step;
        private final String title;
        private final List<Headline> cards = new ArrayList<>();
        private final List<String> unchangedFigures = new ArrayList<>();
        private final List<String> unchangedTables = new ArrayList<>();
        private final List<String> fileOnly = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<String> answer = new ArrayList<>();

        StepChanges(String step, String title) {
            this.step = step;
            this.title = title;
        }

        void headline(HeadlineChanges.Change change) {
            if (change.changed()) {
                cards.add(change.card());
            } else {
                unchangedFigures.add(change.label());
            }
        }

        void answers(String a, String b) {
            if (!a.isEmpty() && a.equals(b)) {
                answer.add("The same in both runs: " + a);
            } else if (!a.isEmpty() || !b.isEmpty()) {
                answer.add("A: " + (a.isEmpty() ? "(no answer)" : a) + " B: " + (b.isEmpty() ? "(no answer)" : b));
            }
        }

        void table(TableDiff diff, RunFolder.CsvData left, RunFolder.CsvData right) {
            if (diff.changedRows() == 0) {
                unchangedTables.add(diff.all().title());
                return;
            }
            Table changed = diff.changed();
            ChartSpec chart = TableDiff.overlay(changed.name(), diff.all().title(), left, right);
            if (chart != null) {
                charts.add(chart);
            }
            tables.add(changed);
        }

        void fileOnly(TableDiff diff) {
            if (diff.changedRows() > 0) {
                fileOnly.add(diff.all().title() + " (csv/" + diff.all().name() + ".csv)");
            }
        }

        void placements(PlacementChanges.Result result) {
            if (result.children() > 0) {
                answer.add(0, result.sentence());
                tables.add(0, result.table());
            }
        }

        Section section() {
            StringBuilder summary = new StringBuilder("Only what changed from run A to run B is shown: figures whose"
                    + " value moved (the card's value is B minus A), and rows of tables that differ.");
            if (!unchangedFigures.isEmpty()) {
                summary.append(" Unchanged figures: ").append(String.join("; ", unchangedFigures)).append('.');
            }
            if (!unchangedTables.isEmpty()) {
                summary.append(" Unchanged tables: ").append(String.join("; ", unchangedTables)).append('.');
            }
            if (!fileOnly.isEmpty()) {
                summary.append(" Changed, compared in files only: ").append(String.join("; ", fileOnly)).append('.');
            }
            summary.append(" Every table in full is in csv/compare-*.csv and the workbook.");
            return new Section(step, title, String.join(" ", answer), summary.toString(), null, cards, charts, tables);
        }
    }

    /** A table's title as run.json records it, else its name in words. */
    private static String tableTitle(RunFolder a, RunFolder b, String name) {
        for (RunFolder run : List.of(b, a)) {
            for (var table : run.record().path("tables")) {
                if (name.equals(table.path("name").asText()) && !table.path("title").asText("").isEmpty()) {
                    return table.path("title").asText();
                }
            }
        }
        return plainName(name);
    }

    /** "matching-unmet-reasons" as "Matching unmet reasons". */
    static String plainName(String name) {
        String words = name.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String stepOf(String table) {
        return table.contains("-") ? table.substring(0, table.indexOf('-')) : table;
    }

    /** A column of run-steps.csv by step id (empty for runs written before it had the column). */
    private static Map<String, String> stepColumn(RunFolder run, String column) {
        Map<String, String> values = new LinkedHashMap<>();
        RunFolder.CsvData steps = run.tables().get(STEPS);
        if (steps != null) {
            for (List<String> row : steps.rows()) {
                String value = HeadlineChanges.cell(steps, row, column);
                values.put(HeadlineChanges.cell(steps, row, "step"), Objects.requireNonNullElse(value, ""));
            }
        }
        return values;
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

    static Double change(Double a, Double b) {
        return a == null || b == null ? null : round(b - a);
    }

    static Double percent(Double a, Double b) {
        return a == null || b == null || a == 0 ? null : round(100 * (b - a) / Math.abs(a));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
