package uk.sufficiency.model.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** The one grammar every reader shares: the hardening issue's examples, each refused with its place. */
class StrictReadingTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text);
        return file;
    }

    private Double decimal(String cell, ProblemCollector problems) throws Exception {
        CsvTable table = CsvTable.read(csv("value\n\"" + cell + "\"\n"));
        return new Cells(table, table.rows().get(0), problems).decimal("value", true, -1e9, 1e9, "a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7,50", "-1,1", "0x1p9", "500d", "NaN", "Infinity", "1e3", "1 000", "12,34,567", ".5", "--1"})
    void refusesEveryNumberOutsideTheGrammar(String cell) throws Exception {
        ProblemCollector problems = new ProblemCollector();
        assertNull(decimal(cell, problems), cell);
        Problem p = problems.problems().get(0);
        assertEquals(2, p.line());
        assertEquals("value", p.column());
        assertEquals(cell, p.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.50", "-1.1", "1,234.5", "£535", "0", "12"})
    void acceptsPlainDecimalsAndWellFormedThousands(String cell) throws Exception {
        ProblemCollector problems = new ProblemCollector();
        assertEquals(NumberGrammar.parse(cell), decimal(cell, problems));
        assertTrue(problems.problems().isEmpty());
    }

    @Test
    void wholeNumbersRefuseFractionsAndHugeValues() throws Exception {
        CsvTable table = CsvTable.read(csv("n\n2.5\n99999999999999999999\n3\n"));
        ProblemCollector problems = new ProblemCollector();
        assertNull(new Cells(table, table.rows().get(0), problems).integer("n", true, 0, 100, "0 to 100"));
        assertNull(new Cells(table, table.rows().get(1), problems).integer("n", true, 0, 100, "0 to 100"));
        assertEquals(3, new Cells(table, table.rows().get(2), problems).integer("n", true, 0, 100, "0 to 100"));
        assertEquals(List.of(2, 3), problems.problems().stream().map(Problem::line).toList());
    }

    @Test
    void aDuplicateHeaderIsAnError() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CsvTable.read(csv("child_id,birth_date,BIRTH_DATE\nC1,2010-01-01,2011-01-01\n")));
        Problem p = e.problems().get(0);
        assertEquals(1, p.line());
        assertEquals("BIRTH_DATE", p.column());
        assertTrue(p.rule().contains("appears twice"));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnErrorOnItsLine() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CsvTable.read(csv("a,b\n1,2\n3,4,5\n6,7,\n")));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void anUnterminatedQuoteNamesItsLine() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CsvTable.read(csv("a,b\n1,2\n3,\"four\n5,6\n")));
        assertTrue(e.problems().get(0).rule().contains("not closed"), e.problems().get(0).rule());
        assertTrue(e.problems().get(0).line() >= 3);
    }

    @Test
    void anOverLongCellIsRefused() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CsvTable.read(csv("a\n" + "x".repeat(CsvTable.MAX_CELL_CHARS + 1) + "\n")));
        assertEquals(2, e.problems().get(0).line());
    }

    @Test
    void aWindows1252ExportIsNamedWithLineByteAndHint() throws Exception {
        Path file = dir.resolve("w.csv");
        byte[] head = "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {'3', ',', (byte) 0xA3, '5', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(file, all);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvTable.read(file));
        Problem p = e.problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.rule().contains("byte offset 10"), p.rule());
        assertTrue(p.rule().contains("Windows-1252"), p.rule());
    }

    @Test
    void devicesFoldersAndPipesAreRefusedAtOnce() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThrows(InvalidInputException.class, () -> CsvTable.read(Path.of("/dev/zero")));
            assertThrows(InvalidInputException.class, () -> CsvTable.read(dir));
            Path fifo = dir.resolve("fifo");
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                assertThrows(InvalidInputException.class, () -> CsvTable.read(fifo));
            }
        });
    }

    @Test
    void aMissingColumnMessageNeverEchoesAStrayFile() throws Exception {
        CsvTable table = CsvTable.read(csv("root:x:0:0:root:/root:/bin/bash\n"));
        String rule = table.missingColumns(List.of("child_id")).get(0).rule();
        assertFalse(rule.contains("root"), rule);
    }
}
