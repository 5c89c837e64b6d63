package uk.sufficiency.cli.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table of results: what a step computed, written as it is to the report, to CSV and to the
 * workbook. Cells are {@link String}, {@link Number}, {@link java.time.LocalDate} or null (blank).
 *
 * @param name    file-safe name, unique in a run ({@code scenario-placement-mix}); the CSV file's
 *                name and the workbook sheet's name come from it
 * @param title   how the report titles the table
 * @param columns column names, with units in the names ({@code weekly_cost_gbp})
 * @param rows    the rows, each as long as {@code columns}
 */
public record Table(String name, String title, List<String> columns, List<List<Object>> rows) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Table {
        Objects.requireNonNull(title, "title");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("table name must be lower-case words joined by '-': " + name);
        }
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": row " + row + " has " + row.size()
                        + " cells for " + columns.size() + " columns");
            }
            // Collections.unmodifiableList because List.copyOf rejects the null of a blank cell
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Builds a table row by row. */
    public static Builder builder(String name, String title, String... columns) {
        return new Builder(name, title, Arrays.asList(columns));
    }

    public static final class Builder {
        private final String name;
        private final String title;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, String title, List<String> columns) {
            this.name = name;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Table build() {
            return new Table(name, title, columns, rows);
        }
    }
}
