package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.List;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The project's {@link CsvTable} with the cell checks the EHCP readers share. Reading problems
 * (missing file, missing columns, bad cells) are added to a collector rather than thrown, so that
 * every input file is checked in one pass.
 */
final class CheckedTable {

    private final CsvTable table;

    private CheckedTable(CsvTable table) {
        this.table = table;
    }

    /** Reads a file; on an unreadable file or absent required columns, records errors and returns null. */
    static CheckedTable read(Path file, ProblemCollector problems, List<String> requiredColumns) {
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        return table.requireColumns(problems, requiredColumns) ? new CheckedTable(table) : null;
    }

    Path file() {
        return table.file();
    }

    List<String> header() {
        return table.header();
    }

    List<CsvTable.Row> rows() {
        return table.rows();
    }

    boolean has(String column) {
        return table.hasColumn(column);
    }

    /** The trimmed cell, "" when blank or absent. */
    String cell(CsvTable.Row row, String column) {
        return table.get(row, column);
    }

    /** Parses a whole number, recording an error (and returning null) when it is not one. */
    Integer integer(CsvTable.Row row, String column, ProblemCollector problems) {
        String value = cell(row, column);
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.error(file(), row.line(), column, value, column + " must be a whole number");
            return null;
        }
    }

    /** Parses a finite number that is not negative, recording an error (and returning null) otherwise. */
    Double nonNegative(CsvTable.Row row, String column, ProblemCollector problems) {
        String value = cell(row, column);
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed) && parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(file(), row.line(), column, value, column + " must be a number, 0 or more");
        return null;
    }

    /** A required text cell; records an error (and returns null) when blank. */
    String text(CsvTable.Row row, String column, ProblemCollector problems) {
        String value = cell(row, column);
        if (value.isEmpty()) {
            problems.error(file(), row.line(), column, null, column + " is required");
            return null;
        }
        return value;
    }
}
