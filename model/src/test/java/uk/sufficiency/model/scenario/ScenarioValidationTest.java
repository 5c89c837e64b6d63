package uk.sufficiency.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/** One broken copy of the tiny scenario per rule: each must be refused, naming file, line and column. */
class ScenarioValidationTest {

    @TempDir
    Path temp;

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                // file, line, from, to, expected column, words in the rule
                Arguments.of("placements.csv", 3, "P002", "P001", "placement_id", "duplicate"),
                Arguments.of("children.csv", 3, "C002", "C001", "child_id", "duplicate"),
                Arguments.of("placements.csv", 2, "in_house_foster,3", "in_house_foster,7", "skill_level", "1 to 6"),
                Arguments.of("children.csv", 3, ",2,", ",0,", "required_level", "1 to 6"),
                Arguments.of("placements.csv", 2, ",3,2,", ",3,0,", "places", "zero or negative"),
                Arguments.of("placements.csv", 2, ",3,2,", ",3,-1,", "places", "zero or negative"),
                Arguments.of("placements.csv", 2, ",5,17,", ",12,7,", "min_age", "must not exceed max_age"),
                Arguments.of("children.csv", 2, "2005-06-01", "2005-13-01", "birth_date", "ISO date"),
                Arguments.of("placements.csv", 4, ",850,", ",eight hundred,", "weekly_cost", "number"),
                Arguments.of("children.csv", 2, "female", "femal", "sex", "unknown word"),
                Arguments.of("placements.csv", 2, "in_house_foster", "in_house_fostering", "type", "unknown word"),
                Arguments.of("children.csv", 2, "ebd;cse", "ebd;cze", "needs", "unknown word"),
                Arguments.of("placements.csv", 5, ",C003,", ",C999,", "linked_child_id", "names no child"),
                Arguments.of("children.csv", 5, ",P001,", ",P999,", "current_placement_id", "names no placement"),
                Arguments.of("placements.csv", 2, "52.55,-1.35", "152.55,-1.35", "lat", "-90 to 90"),
                Arguments.of("placements.csv", 2, "52.55,-1.35", "52.55,-200", "lon", "-180 to 180"),
                Arguments.of("children.csv", 2, ",18,", ",45,", "sdq_score", "0 to 40"),
                Arguments.of("children.csv", 2, "2005-06-01", "2016-06-01", "birth_date", "after the scenario"),
                Arguments.of("children.csv", 5, ",placed,", ",permanent,", null, null),
                Arguments.of("children.csv", 5, ",P001,placed", ",,placed", "current_placement_id", "must have"),
                Arguments.of("placements.csv", 4, ",850,", ",,", "weekly_cost", "required for type ifa_foster"),
                Arguments.of("placements.csv", 2, "in_house_foster,3", "in_house_foster,", "skill_level", "required"),
                Arguments.of("scenario.yaml", 3, "2015-03-31", "31/03/2015", "as_of", "ISO date"),
                Arguments.of("scenario.yaml", 8, "cost_per_gbp: 1", "cost_per_gbp: cheap", "weights.cost_per_gbp", "number"),
                Arguments.of("scenario.yaml", 13, "series: ehcp", "series: lac", "targets[0].series", "not listed"),
                Arguments.of("scenario.yaml", 11, "label: EHCPs}", "label: EHCPs, panel_file: panel.csv}",
                        "series.ehcp.panel_file", "not found"),
                Arguments.of("scenario.yaml", 13, "at_most", "below", "targets[0].direction", "at_most"),
                Arguments.of("scenario.yaml", 5, "children.csv", "kids.csv", "files.children", "not found"));
    }

    @ParameterizedTest(name = "{0}:{1} {2} -> {3}")
    @MethodSource("brokenCopies")
    void eachBrokenRuleIsReportedWithFileLineAndColumn(String file, int line, String from, String to, String column,
            String ruleWords) {
        Path dir = ScenarioFixture.copy(temp);
        ScenarioFixture.edit(dir.resolve(file), line, from, to);
        if (column == null) {
            // a legitimate edit: still valid
            ScenarioLoader.load(dir);
            return;
        }
        var error = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(dir));
        List<Problem> errors = error.problems().stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty());
        Problem problem = errors.stream().filter(p -> column.equals(p.column())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem in column " + column + ": " + errors));
        assertEquals(file, problem.file().getFileName().toString(), problem.describe());
        assertEquals(line, problem.line(), problem.describe());
        assertTrue(problem.rule().contains(ruleWords), problem.describe());
    }

    @Test
    void overCapacityPlacementIsAnError() {
        Path dir = ScenarioFixture.copy(temp);
        // P004 is a connected carer with one place; put two children there
        ScenarioFixture.append(dir.resolve("children.csv"),
                "C005,2009-01-01,male,,,,,,,,,,,,P004,placed,,");
        ScenarioFixture.append(dir.resolve("children.csv"),
                "C006,2009-01-01,male,,,,,,,,,,,,P004,placed,,");
        var error = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(dir));
        Problem problem = error.problems().get(0);
        assertEquals(7, problem.line(), problem.describe());
        assertTrue(problem.rule().contains("has 1 place"), problem.describe());
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        Path dir = ScenarioFixture.copy(temp);
        ScenarioFixture.edit(dir.resolve("children.csv"), 2, "female", "femal");
        ScenarioFixture.edit(dir.resolve("children.csv"), 3, ",2,", ",9,");
        ScenarioFixture.edit(dir.resolve("placements.csv"), 2, ",3,2,", ",3,0,");
        ScenarioFixture.edit(dir.resolve("scenario.yaml"), 3, "2015-03-31", "yesterday");
        var error = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(dir));
        assertEquals(4, error.problems().stream().filter(Problem::isError).count(), error.problems().toString());
    }

    @Test
    void siblingGroupLargerThanAnyPlacementIsOnlyAWarning() {
        Path dir = ScenarioFixture.copy(temp);
        for (int i = 0; i < 3; i++) {
            ScenarioFixture.append(dir.resolve("children.csv"), "C01" + i + ",2009-01-01,male,,,,,,,,,S1,,,,waiting,,");
        }
        var result = ScenarioLoader.read(dir);
        assertTrue(result.warnings().stream().anyMatch(p -> p.rule().contains("larger than any placement")),
                result.warnings().toString());
    }

    @Test
    void unknownTopLevelKeyIsAnErrorOnItsLine() {
        Path dir = ScenarioFixture.copy(temp);
        ScenarioFixture.append(dir.resolve("scenario.yaml"), "wieghts: {cost_per_gbp: 2}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(uk.sufficiency.model.validation.InvalidInputException.class,
                () -> ScenarioLoader.read(dir));
        var problem = e.problems().get(0);
        assertEquals("wieghts", problem.column());
        assertEquals(14, problem.line());
        assertTrue(problem.rule().contains("known keys"), problem.rule());
    }
}
