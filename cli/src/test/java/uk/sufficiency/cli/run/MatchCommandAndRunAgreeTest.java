package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sufficiency.cli.SufficiencyCommand;

/**
 * Issue 12: {@code match} and {@code run}'s matching step call the one MatchingCapability with the
 * one default (a step budget, from the scenario's matching section) and the one seed rule, so on
 * every scenario under {@code scenarios/} (the baseline and each variant) they write identical
 * tables: every child's placement, points and reasons, byte for byte.
 */
class MatchCommandAndRunAgreeTest {

    @TempDir
    Path temp;

    /** Every scenario folder under the repository's scenarios/. */
    static Stream<String> scenarios() throws IOException {
        Path root = PlanCommandAndRunAgreeTest.repositoryScenario("leicestershire-2015").getParent();
        try (Stream<Path> dirs = Files.list(root)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("scenario.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 3, "the baseline and both variants: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void matchAndRunsMatchingStepWriteIdenticalTables(String name) throws IOException {
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
        // no limit given: both take the matching section's step budget (--quick: 200 steps)
        assertEquals(0, cli.execute("match", scenario.toString(), "--quick", "--out", matchOut.toString()), err.toString());

        String matches = Files.readString(runOut.resolve("csv/matching-matches.csv"));
        assertTrue(matches.lines().count() > 100, name + ": " + matches.lines().count() + " rows");
        assertEquals(matches, Files.readString(matchOut.resolve("matches.csv")), name + ": matches");
        assertEquals(Files.readString(runOut.resolve("csv/matching-unplaced-children.csv")),
                Files.readString(matchOut.resolve("unplaced.csv")), name + ": unplaced");
        String settings = Files.readString(runOut.resolve("csv/matching-settings.csv"));
        assertTrue(settings.contains("matching.steps.used,200,local-search steps,--quick"), settings);
        assertEquals(settings, Files.readString(matchOut.resolve("settings.csv")), name + ": settings");
    }
}
