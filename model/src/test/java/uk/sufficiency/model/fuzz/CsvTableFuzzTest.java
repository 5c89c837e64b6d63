package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.table.Cells;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.table.NumberGrammar;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Coverage-guided fuzzing of the CSV reader and the typed cell getters every table reader uses.
 * Any bytes either read, and then every cell of every column through every getter gives a value
 * or a problem at its line, or are refused with {@link InvalidInputException} at a line; never
 * another exception, a hang or an out-of-memory. {@code mvn verify} replays the seed corpus in
 * {@code src/test/resources/.../CsvTableFuzzTestInputs/csvTable}; see docs/BENCHMARKS.md for
 * the fuzzing run.
 */
class CsvTableFuzzTest {

    @TempDir
    static Path folder;

    @FuzzTest
    void csvTable(byte[] input) throws Exception {
        Bounded.run(() -> check(input));
    }

    private static void check(byte[] input) throws IOException {
        Path file = folder.resolve("table.csv");
        Files.write(file, input);
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (InvalidInputException refusal) {
            Refusals.assertLocated(refusal, folder);
            Refusals.assertLocated(refusal.problems(), folder, true);
            return;
        }
        ProblemCollector problems = new ProblemCollector();
        for (CsvTable.Row row : table.rows()) {
            assertTrue(row.line() > 1, "a data row starts after the header line");
            readEveryCell(table, row, problems);
        }
        if (!problems.problems().isEmpty()) {
            Refusals.assertLocated(problems.problems(), folder, true);
        }
    }

    private static void readEveryCell(CsvTable table, CsvTable.Row row, ProblemCollector problems) {
        Cells cells = new Cells(table, row, problems);
        for (String column : table.header()) {
            if (column.isEmpty()) {
                continue;
            }
            String raw = cells.raw(column);
            assertEquals(raw == null ? "" : raw, table.get(row, column));
            cells.text(column, true);
            Integer whole = cells.integer(column, false, -1000, 1_000_000, "a whole number");
            Double decimal = cells.decimal(column, false, -1e12, 1e12, "a decimal");
            if (decimal != null) {
                assertTrue(Double.isFinite(decimal) && NumberGrammar.isDecimal(raw), () -> "accepted " + raw);
            }
            if (whole != null) {
                assertTrue(whole == NumberGrammar.parse(raw), () -> "whole number misread: " + raw);
            }
            cells.date(column, false);
            cells.bool(column);
            cells.word(column, Sex.class, false);
            cells.words(column, Need.class);
        }
        assertEquals(List.of(), table.missingColumns(table.header().stream().filter(h -> !h.isEmpty()).toList()));
    }
}
