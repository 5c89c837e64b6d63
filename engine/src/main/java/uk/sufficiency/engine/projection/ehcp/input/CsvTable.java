package uk.sufficiency.engine.projection.ehcp.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * A CSV file read whole with its line numbers, so that each reader can report a bad cell by file,
 * line and column. Handles LF or CRLF endings, a missing trailing newline, quoted cells holding
 * commas and a UTF-8 byte-order mark.
 */
public final class CsvTable {

    /** One data row and the 1-based line it starts on (the header is line 1). */
    public record Row(int line, List<String> cells) {
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        for (int c = 0; c < header.size(); c++) {
            columns.putIfAbsent(header.get(c), c);
        }
    }

    /**
     * Reads a file; on a missing file, an unreadable file or absent required columns, records an
     * error and returns null.
     */
    public static CsvTable read(Path file, ProblemCollector problems, List<String> requiredColumns) {
        if (!Files.isRegularFile(file)) {
            problems.error(file, 0, null, null, "file not found");
            return null;
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = MAPPER.reader()
                .without(CsvParser.Feature.SKIP_EMPTY_LINES)
                .createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                // The row's own line is where its first cell starts (START_ARRAY sits on the line before).
                int line = 0;
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    if (line == 0) {
                        line = (int) parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getValueAsString("").trim());
                }
                if (header == null) {
                    if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                        cells.set(0, cells.get(0).substring(1));
                    }
                    header = cells;
                } else if (!(cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty())) {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (IOException e) {
            problems.error(file, 0, null, null, "could not read as CSV: " + e.getMessage());
            return null;
        }
        if (header == null) {
            problems.error(file, 1, null, null, "file is empty; expected a header line");
            return null;
        }
        CsvTable table = new CsvTable(file, List.copyOf(header), rows);
        boolean missing = false;
        for (String column : requiredColumns) {
            if (!table.columns.containsKey(column)) {
                problems.error(file, 1, column, null, "required column '" + column + "' is missing from the header "
                        + header);
                missing = true;
            }
        }
        return missing ? null : table;
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cell of a row in a column, or "" when the row is short. */
    public String cell(Row row, String column) {
        Integer c = columns.get(column);
        if (c == null || c >= row.cells().size()) {
            return "";
        }
        return row.cells().get(c);
    }

    /** Parses a whole number, recording an error (and returning null) when it is not one. */
    public Integer integer(Row row, String column, ProblemCollector problems) {
        String value = cell(row, column);
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.error(file, row.line(), column, value, column + " must be a whole number");
            return null;
        }
    }

    /** Parses a finite number that is not negative, recording an error (and returning null) otherwise. */
    public Double nonNegative(Row row, String column, ProblemCollector problems) {
        String value = cell(row, column);
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed) && parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(file, row.line(), column, value, column + " must be a number, 0 or more");
        return null;
    }

    /** A required text cell; records an error (and returns null) when blank. */
    public String text(Row row, String column, ProblemCollector problems) {
        String value = cell(row, column);
        if (value.isEmpty()) {
            problems.error(file, row.line(), column, null, column + " is required");
            return null;
        }
        return value;
    }
}
