package uk.sufficiency.model.table;

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
 * @param keyColumns how many leading columns identify a row (e.g. placement type and skill level);
 *                {@code compare} matches rows of two runs on them and compares the other columns
 */
public record Table(String name, String title, List<String> columns, List<List<Object>> rows, int keyColumns) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Table {
        Objects.requireNonNull(title, "title");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("table name must be lower-case words joined by '-': " + name);
        }
        columns = List.copyOf(columns);
        if (keyColumns < 0 || keyColumns > columns.size()) {
            throw new IllegalArgumentException("table " + name + ": " + keyColumns + " key columns of " + columns.size());
        }
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

    /** A table whose leading text columns (up to the first column holding a number) identify a row. */
    public Table(String name, String title, List<String> columns, List<List<Object>> rows) {
        this(name, title, columns, rows, leadingTextColumns(columns.size(), rows));
    }

    private static int leadingTextColumns(int width, List<List<Object>> rows) {
        for (int c = 0; c < width; c++) {
            for (List<Object> row : rows) {
                if (c < row.size() && row.get(c) instanceof Number) {
                    return c;
                }
            }
        }
        return width;
    }

    public List<String> keyColumnNames() {
        return columns.subList(0, keyColumns);
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
        private int keyColumns = -1;

        private Builder(String name, String title, List<String> columns) {
            this.name = name;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** The first {@code count} columns identify a row (default: the leading text columns). */
        public Builder keys(int count) {
            this.keyColumns = count;
            return this;
        }

        public Table build() {
            return keyColumns < 0 ? new Table(name, title, columns, rows) : new Table(name, title, columns, rows, keyColumns);
        }
    }
}
