package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Any single-cell corruption of a valid scenario's children.csv or placements.csv is either
 * refused with a problem at that cell's exact file, line and column, or leaves the loaded scenario
 * as it was. A corruption is one of: the cell padded with spaces (must change nothing); a token no
 * typed column accepts (European decimal comma, language literal, exponent, impossible date,
 * unknown word, overflowing number); or a blank required cell. Free-text columns (ids, sibling
 * group, supplier) accept any token, so there the scenario may change, but only in that one cell.
 * Where a rule spans rows, the place is the row that now breaks it: a renamed or duplicated id is
 * reported where it is used or repeated, a smaller capacity at the child that no longer fits.
 */
class SingleCellCorruptionPropertyTest {

    private static final List<String> INVALID = List.of("7,50", "-1,1", "0x1p9", "500d", "NaN", "Infinity", "1e3",
            "99999999999999999999999", "2015-02-30", "31/12/2010", "fostr", "n/a", "£-", "ebd;bogus", "1,2,3");
    private static final Set<String> REQUIRED = Set.of("child_id", "birth_date", "placement_id", "type", "places");
    private static final Set<String> FREE_TEXT = Set.of("child_id", "placement_id", "sibling_group", "supplier");
    private static final Set<String> REFERENCES = Set.of("child_id", "placement_id", "current_placement_id",
            "linked_child_id");
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private Path folder;

    /** One corruption: a token, or PAD (the cell in spaces) or BLANK (an empty required cell). */
    record Corruption(String token) {
        static final String PAD = "\u0001pad";
        static final String BLANK = "\u0001blank";
    }

    /** A corruption drawn 2:1:4 as padding, a blank required cell, or an invalid token. */
    static Corruption corruption(Random random) {
        int draw = random.nextInt(7);
        return new Corruption(draw < 2 ? Corruption.PAD : draw < 3 ? Corruption.BLANK
                : INVALID.get(random.nextInt(INVALID.size())));
    }

    static java.util.stream.LongStream seeds() {
        return ScenarioRoundTripPropertyTest.seeds(200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void refusedAtTheCellOrUnchanged(long seed) throws IOException {
        Random draws = new Random(~seed);
        Corruption corruption = corruption(draws);
        boolean inPlacements = draws.nextBoolean();
        Scenario scenario = ScenarioArbitraries.scenario(seed);
        folder = Files.createTempDirectory("corruption");
        ScenarioWriter.write(scenario, folder, List.of());
        String fileName = inPlacements ? ScenarioWriter.PLACEMENTS_FILE : ScenarioWriter.CHILDREN_FILE;
        List<String[]> rows = readRows(Files.readString(folder.resolve(fileName)));
        Random random = new Random(seed);
        int row = 1 + random.nextInt(rows.size() - 1);
        int column = random.nextInt(rows.get(0).length);
        String columnName = rows.get(0)[column];
        String original = rows.get(row)[column];
        String token = switch (corruption.token()) {
            case Corruption.PAD -> "  " + original + " ";
            case Corruption.BLANK -> REQUIRED.contains(columnName) ? "" : "  " + original + " ";
            default -> corruption.token();
        };
        rows.get(row)[column] = token;
        Files.writeString(folder.resolve(fileName), writeRows(rows));
        Scenario loaded;
        try {
            loaded = ScenarioLoader.load(folder);
        } catch (InvalidInputException refusal) {
            Cell cell = new Cell(fileName, row + 1, columnName, original, token.trim(), rows.get(row)[0]);
            assertTrue(refusal.problems().stream().anyMatch(cell::explains),
                    () -> "refused, but not at " + cell + ": " + refusal.problems());
            return;
        }
        boolean mayChange = FREE_TEXT.contains(columnName) && !token.isBlank();
        rows.get(row)[column] = mayChange ? token.trim() : original;
        assertSameRows(rows, written(loaded, inPlacements), fileName);
        List<String[]> otherFile = readRows(Files.readString(folder.resolve(inPlacements
                ? ScenarioWriter.CHILDREN_FILE : ScenarioWriter.PLACEMENTS_FILE)));
        assertSameRows(otherFile, written(loaded, !inPlacements), "the other table");
    }

    /** The corrupted cell, and whether a problem places the refusal there (or where its rule puts it). */
    record Cell(String file, int line, String column, String original, String token, String rowId) {
        boolean explains(Problem problem) {
            boolean sameRow = problem.file() != null && problem.file().getFileName().toString().equals(file)
                    && problem.line() == line;
            if (sameRow && (column.equals(problem.column()) || problem.rule().contains(column))) {
                return true;
            }
            boolean idMoved = REFERENCES.contains(column) && REFERENCES.contains(problem.column())
                    && (original.equals(problem.value()) || token.equals(problem.value()));
            boolean capacity = column.equals("places") && "current_placement_id".equals(problem.column())
                    && rowId.equals(problem.value());
            return problem.isError() && (idMoved || capacity);
        }
    }

    @AfterEach
    void removeFolder() throws IOException {
        TempFolders.delete(folder);
    }

    private static String written(Scenario scenario, boolean placements) throws IOException {
        StringWriter text = new StringWriter();
        if (placements) {
            ScenarioWriter.writePlacements(scenario.placements(), text);
        } else {
            ScenarioWriter.writeChildren(scenario.children(), text);
        }
        return text.toString();
    }

    private static void assertSameRows(List<String[]> expected, String actualText, String what) throws IOException {
        List<String[]> actual = readRows(actualText);
        assertTrue(expected.size() == actual.size(), () -> what + ": " + expected.size() + " rows became " + actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + " line " + (i + 1));
        }
    }

    private static List<String[]> readRows(String text) throws IOException {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
            return rows.readAll();
        }
    }

    private static String writeRows(List<String[]> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        StringWriter text = new StringWriter();
        try (var writer = CSV.writerFor(String[].class).with(schema).writeValues(text)) {
            writer.writeAll(rows);
        }
        return text.toString();
    }
}
