package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sufficiency.cli.SufficiencyCommand;
import uk.sufficiency.model.table.CsvTable;

/**
 * Issue 12: {@code match} with the run's step budget and seed proposes the same placement for every
 * child as {@code run}'s matching step, on the built-in scenario and both variants (both call the
 * same solver and read the same report tables; the one default seed is shared).
 */
class MatchCommandAndRunAgreeTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"leicestershire-2015", "leicestershire-2015-block-ifa", "leicestershire-2015-residential-homes"})
    void matchAndRunsMatchingStepProposeTheSamePlacements(String name) throws IOException {
        Path scenario = PlanCommandAndRunAgreeTest.repositoryScenario(name);
        Path runOut = temp.resolve("run");
        RunFixture.Outcome run = RunFixture.execute(List.of(new MatchStep()), "run", scenario.toString(), "--out",
                runOut.toString(), "--quick");
        assertEquals(0, run.status(), run.err());
        Path matchOut = temp.resolve("match");
        var cli = SufficiencyCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("match", scenario.toString(), "--steps", Long.toString(MatchStep.QUICK_STEPS),
                "--converged-after", "0s", "--out", matchOut.toString()), err.toString());

        Map<String, String> fromRun = placements(CsvTable.read(runOut.resolve("csv/matching-proposals.csv")));
        Map<String, String> fromMatch = placements(CsvTable.read(matchOut.resolve("matches.csv")));
        // the run's proposals leave out children in permanent placements, who never move
        fromMatch.keySet().retainAll(fromRun.keySet());
        assertFalse(fromRun.isEmpty());
        assertEquals(fromRun, fromMatch, name);
    }

    private static Map<String, String> placements(CsvTable table) {
        Map<String, String> byChild = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            byChild.put(table.get(row, "child_id"), table.get(row, "placement_id"));
        }
        return byChild;
    }
}
