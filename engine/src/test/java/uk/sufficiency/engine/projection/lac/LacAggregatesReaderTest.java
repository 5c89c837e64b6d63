package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** Parsing rules of lac-aggregates.csv: each broken copy is named by file, line and column. */
class LacAggregatesReaderTest {

    static final LacStates SPACE = new LacStates(LacProjectionConfig.defaults().categoryIds(),
            AgeBands.parse(LacProjectionConfig.defaults().ageBands()));

    private static final String HEADER = "year,category,age_band,stock_31_march,entries,exits\n";
    private static final String GOOD = HEADER
            + "2018,in_house_foster,10-16,100,,\n"        // line 2
            + "2018,supported,16-18,20,,\n"               // line 3
            + "2019,in_house_foster,10-16,104,30,26\n"    // line 4
            + "2019,supported,16-18,21,6,5\n";            // line 5

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    static Path example() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs/examples/lac-aggregates.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/examples/lac-aggregates.csv not found");
    }

    @Test
    void readsAValidFileAndCountsMissingCombinationsAsZero() throws IOException {
        ProblemCollector problems = new ProblemCollector();
        LacAggregates a = LacAggregatesReader.read(write("a.csv", GOOD), SPACE, problems);
        assertNotNull(a, problems.problems().toString());
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
        assertEquals(2018, a.firstYear());
        assertEquals(2019, a.lastYear());
        int foster = SPACE.categoryIndex("in_house_foster");
        int band = SPACE.bands().indexOf("10-16");
        assertEquals(104, a.stock()[1][foster][band]);
        assertEquals(30, a.entries()[1][foster][band]);
        assertEquals(26, a.exits()[1][foster][band]);
        assertEquals(0, a.stock()[1][SPACE.categoryIndex("ifa_foster")][band]);
        assertEquals(125, a.totalStock(2019));
    }

    @Test
    void theDocumentedExampleIsValidAndMatchesLeicestershiresPublishedTotals() {
        ProblemCollector problems = new ProblemCollector();
        LacAggregates a = LacAggregatesReader.read(example(), SPACE, problems);
        assertNotNull(a, problems.problems().toString());
        assertTrue(problems.problems().isEmpty(), "the example balances every year: " + problems.problems());
        assertEquals(470, a.totalStock(2015));
        assertEquals(510, a.totalStock(2017));
        assertEquals(584, a.totalStock(2019));
    }

    private List<Problem> errors(String text) throws IOException {
        ProblemCollector problems = new ProblemCollector();
        Path file = write("broken.csv", text);
        assertNull(LacAggregatesReader.read(file, SPACE, problems));
        assertTrue(problems.hasErrors());
        problems.problems().forEach(p -> assertEquals(file, p.file(), p.describe()));
        return problems.problems().stream().filter(Problem::isError).toList();
    }

    private static void assertProblem(List<Problem> problems, int line, String column, String value) {
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && column.equals(p.column())
                && (value == null ? p.value() == null : value.equals(p.value()))),
                "expected line " + line + " column " + column + " value " + value + " in " + problems);
    }

    @Test
    void everyBrokenCellIsReportedInOnePass() throws IOException {
        String broken = GOOD.replace("2018,supported,16-18,20,,", "2018,supported,16-18,-3,,")
                .replace("2019,in_house_foster,10-16,104,30,26", "2019,in_house_fostering,10-17,104,3.5,")
                .replace("2019,supported,16-18,21,6,5", "19x,supported,16-18,21,6,five");
        List<Problem> problems = errors(broken);
        assertProblem(problems, 3, "stock_31_march", "-3");
        assertProblem(problems, 4, "category", "in_house_fostering");
        assertProblem(problems, 4, "age_band", "10-17");
        assertProblem(problems, 4, "entries", "3.5");
        assertProblem(problems, 5, "year", "19x");
        assertProblem(problems, 5, "exits", "five");
        assertEquals(6, problems.size(), problems.toString());
    }

    @Test
    void flowsMayBeBlankOnlyInTheEarliestYear() throws IOException {
        List<Problem> problems = errors(GOOD.replace("2019,supported,16-18,21,6,5", "2019,supported,16-18,21,,5"));
        assertProblem(problems, 5, "entries", null);
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void aDuplicateRowNamesTheEarlierLine() throws IOException {
        List<Problem> problems = errors(GOOD + "2019,supported,16-18,22,6,5\n");
        assertProblem(problems, 6, "year", "2019");
        assertTrue(problems.get(0).rule().contains("line 5"), problems.toString());
    }

    @Test
    void yearsMustRunWithoutGapsAndThereMustBeTwo() throws IOException {
        List<Problem> gap = errors(GOOD + "2021,supported,16-18,22,6,5\n");
        assertProblem(gap, 0, "year", "2020");
        List<Problem> one = errors(HEADER + "2018,supported,16-18,20,,\n");
        assertProblem(one, 0, "year", "2018");
    }

    @Test
    void aMissingColumnIsNamedOnTheHeaderLine() throws IOException {
        List<Problem> problems = errors(GOOD.replace("stock_31_march", "stock"));
        assertProblem(problems, 1, "stock_31_march", null);
    }

    @Test
    void anUnbalancedYearIsAWarningNotAnError() throws IOException {
        ProblemCollector problems = new ProblemCollector();
        LacAggregates a = LacAggregatesReader.read(write("u.csv", GOOD.replace("104,30,26", "110,30,26")), SPACE, problems);
        assertNotNull(a);
        assertTrue(!problems.hasErrors());
        assertEquals(1, problems.warnings().size());
        Problem w = problems.warnings().get(0);
        assertEquals(4, w.line());
        assertTrue(w.rule().contains("does not balance"), w.rule());
    }
}
