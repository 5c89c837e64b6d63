package uk.sufficiency.engine.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * A CSV file read whole, with the 1-based line number of every row kept so that each problem can be
 * reported where a spreadsheet user will find it. Column names are matched case-insensitively and
 * trimmed, because LA exports differ in case and stray spaces.
 */
public final class CsvTable {

    /** One data row: its line in the file and its cells (trimmed; missing trailing cells are ""). */
    public record Row(int line, List<String> cells) {
    }

    private final Path file;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> columns, List<Row> rows) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byName.putIfAbsent(normalise(columns.get(i)), i);
        }
        this.index = byName;
    }

    /**
     * Reads a file. Blank lines are skipped but counted, so line numbers stay true (a quoted cell
     * spanning lines would shift them; SSDA903 and our own formats never contain one).
     *
     * @throws InvalidInputException if the file cannot be read or has no header line
     */
    public static CsvTable read(Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(Files.newBufferedReader(file))) {
            int line = 0;
            while (it.hasNextValue()) {
                String[] raw = it.nextValue();
                line++;
                if (raw.length == 0 || (raw.length == 1 && raw[0].isBlank())) {
                    continue;
                }
                List<String> cells = new ArrayList<>(raw.length);
                for (String cell : raw) {
                    cells.add(cell == null ? "" : cell.trim());
                }
                if (header == null) {
                    if (!cells.isEmpty()) {
                        cells.set(0, cells.get(0).replace("\uFEFF", ""));
                    }
                    header = cells;
                } else {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null,
                    "the file could not be read as CSV: " + e.getMessage()));
        }
        if (header == null) {
            throw InvalidInputException.of(Problem.error(file, 1, null, null, "the file is empty: a header line is required"));
        }
        return new CsvTable(file, header, rows);
    }

    private static String normalise(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }

    public Path file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return index.containsKey(normalise(column));
    }

    /** The required columns this file lacks, as error problems (line 1 is the header). */
    public List<Problem> missingColumns(List<String> required) {
        List<Problem> problems = new ArrayList<>();
        for (String column : required) {
            if (!has(column)) {
                problems.add(Problem.error(file, 1, column, null,
                        "required column " + column + " is missing (columns found: " + String.join(",", columns) + ")"));
            }
        }
        return problems;
    }

    /** The cell of a named column in a row; "" when the column is absent or the row is short. */
    public String get(Row row, String column) {
        Integer i = index.get(normalise(column));
        if (i == null || i >= row.cells().size()) {
            return "";
        }
        return row.cells().get(i);
    }
}
