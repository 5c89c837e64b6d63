package uk.sufficiency.engine.planning.supply;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Ofsted's local-authority-level fostering data table ("Fostering in England"), read as published:
 * Windows-1252 text, transposed (rows are measures, columns are areas), values of 1,000 or more
 * quoted with a thousands separator, {@code ..} for suppressed cells.
 *
 * <p>Measures are looked up by their label (column 3, trimmed); areas by their name (line 1).
 */
public final class OfstedFosteringTable {

    /** The published file's encoding. */
    public static final Charset ENCODING = Charset.forName("windows-1252");
    public static final String SUPPRESSED = "..";

    private final Path file;
    private final Map<String, Integer> areaColumns;
    /** label -> 1-based line numbers where it occurs (some labels repeat under different topics). */
    private final Map<String, List<Integer>> measureLines;
    private final List<String[]> lines;

    private OfstedFosteringTable(Path file, Map<String, Integer> areaColumns,
            Map<String, List<Integer>> measureLines, List<String[]> lines) {
        this.file = file;
        this.areaColumns = areaColumns;
        this.measureLines = measureLines;
        this.lines = lines;
    }

    public static OfstedFosteringTable read(Path file) {
        List<String[]> lines = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), ENCODING);
                MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
            while (rows.hasNext()) {
                lines.add(rows.next());
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null,
                    "could not read the Ofsted fostering table: " + e.getMessage()));
        }
        ProblemCollector problems = new ProblemCollector();
        if (lines.size() < 3) {
            problems.error(file, 0, null, null, "the Ofsted fostering table needs a header line of areas and measure rows");
            problems.throwIfErrors();
        }
        Map<String, Integer> areas = new LinkedHashMap<>();
        String[] header = lines.get(0);
        for (int column = 3; column < header.length; column++) {
            String name = header[column].trim();
            if (!name.isEmpty() && areas.putIfAbsent(name, column) != null) {
                problems.error(file, 1, "column " + (column + 1), name, "area names must be unique");
            }
        }
        if (areas.isEmpty()) {
            problems.error(file, 1, null, null, "line 1 must name the areas from column 4 on");
        }
        Map<String, List<Integer>> measures = new LinkedHashMap<>();
        for (int i = 2; i < lines.size(); i++) {
            String[] row = lines.get(i);
            if (row.length > 2 && !row[2].isBlank()) {
                measures.computeIfAbsent(row[2].trim(), k -> new ArrayList<>()).add(i + 1);
            }
        }
        problems.throwIfErrors();
        return new OfstedFosteringTable(file, Collections.unmodifiableMap(areas), measures, lines);
    }

    public Path file() {
        return file;
    }

    public List<String> areas() {
        return List.copyOf(areaColumns.keySet());
    }

    public List<String> measures() {
        return List.copyOf(measureLines.keySet());
    }

    /** 1-based line of a measure whose label is unique in the table. */
    public int lineOf(String measure) {
        List<Integer> at = measureLines.get(measure);
        if (at == null) {
            throw InvalidInputException.of(Problem.error(file, 0, "Data", measure, "no such measure in the Ofsted table"));
        }
        if (at.size() > 1) {
            throw InvalidInputException.of(Problem.error(file, at.get(0), "Data", measure,
                    "measure label occurs on lines " + at + "; it cannot be looked up by label"));
        }
        return at.get(0);
    }

    /** The value of a measure for an area, or empty when suppressed ({@code ..}) or blank. */
    public OptionalInt value(String measure, String area) {
        Integer column = areaColumns.get(area);
        if (column == null) {
            throw InvalidInputException.of(Problem.error(file, 1, null, area, "no such area in the Ofsted table"));
        }
        int line = lineOf(measure);
        String[] row = lines.get(line - 1);
        String cell = column < row.length ? row[column].trim() : "";
        if (cell.isEmpty() || cell.equals(SUPPRESSED)) {
            return OptionalInt.empty();
        }
        String digits = cell.replace(",", "");
        try {
            return OptionalInt.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(Problem.error(file, line, area, cell,
                    "a value must be a whole number (thousands may be written 1,234) or '..'"));
        }
    }

    /** The value of a measure for an area; suppressed values are an error naming the cell. */
    public int require(String measure, String area) {
        OptionalInt value = value(measure, area);
        if (value.isEmpty()) {
            throw InvalidInputException.of(Problem.error(file, lineOf(measure), area, SUPPRESSED,
                    "the planner needs '" + measure + "' but it is suppressed for " + area));
        }
        return value.getAsInt();
    }
}
