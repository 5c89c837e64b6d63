package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.population.AreaPopulation;
import uk.sufficiency.engine.population.PopulationProjection;
import uk.sufficiency.engine.projection.ehcp.state.EhcpState;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

class InputValidationTest {

    @TempDir
    Path folder;

    @Test
    void readsCrlfQuotedListsWithoutTrailingNewline() throws IOException {
        EhcpInputs inputs = EhcpFixtures.load(EhcpFixtures.write(folder, "2015,A,T,1,A,T,2\n"));
        assertEquals(List.of("A", "B", "P"), inputs.space().settings());
        assertEquals(List.of("T", "U"), inputs.space().needs());
        assertTrue(inputs.space().isValid(new EhcpState("P", "U", -1)));
        assertTrue(!inputs.space().isValid(new EhcpState("P", "U", 1)));
        assertTrue(inputs.space().moveAllowed(inputs.space().settingIndex("P"), inputs.space().settingIndex("B")));
        assertTrue(!inputs.space().moveAllowed(inputs.space().settingIndex("A"), inputs.space().settingIndex("P")));
    }

    @Test
    void everyBadCellIsReportedWithFileLineAndColumn() throws IOException {
        EhcpFixtures.write(folder, "2015,A,T,1,A,T,2\n"
                + "20x5,A,T,1,A,T,2\n"
                + "2015,Z,T,1,A,T,2\n"
                + "2015,NONSEND,T,1,A,T,2\n"
                + "2015,A,T,one,A,T,2\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EhcpFixtures.load(folder));
        List<Problem> errors = e.problems().stream().filter(Problem::isError).toList();
        assertEquals(4, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).line());
        assertEquals("calendar-year", errors.get(0).column());
        assertEquals("20x5", errors.get(0).value());
        assertEquals(folder.resolve("transitions.csv"), errors.get(0).file());
        assertEquals("setting-1", errors.get(1).column());
        assertEquals(4, errors.get(1).line());
        assertEquals("need-1", errors.get(2).column());
        assertEquals("academic-year-1", errors.get(3).column());
    }

    @Test
    void missingColumnsAndFilesAreReported() throws IOException {
        EhcpFixtures.write(folder, "2015,A,T,1,A,T,2\n");
        Files.writeString(folder.resolve("costs.csv"), "need,setting\nT,A\n");
        Files.delete(folder.resolve("population.csv"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EhcpFixtures.load(folder));
        assertTrue(e.problems().stream().anyMatch(p -> "cost".equals(p.column())), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.rule().contains("file not found")
                && p.file().endsWith("population.csv")), e.problems().toString());
    }

    @Test
    void readsOnsPopulationLayoutForOneArea() throws IOException {
        Path file = folder.resolve("ons.csv");
        Files.writeString(file, "area,age,year,population\nX,5,2020,100\nX,6,2020,110\nY,5,2020,900\n");
        ProblemCollector problems = new ProblemCollector();
        AreaPopulation table = PopulationProjection.readArea(file, "X", "ehcp_projection.population_area", problems);
        assertTrue(!problems.hasErrors(), problems.problems().toString());
        assertEquals(100, table.at(2020, 0 + AreaPopulation.ACADEMIC_YEAR_OFFSET));
        assertEquals(110, table.at(2025, 1 + AreaPopulation.ACADEMIC_YEAR_OFFSET), "later years carry the last forward");
        ProblemCollector noArea = new ProblemCollector();
        PopulationProjection.readArea(file, null, "ehcp_projection.population_area", noArea);
        assertTrue(noArea.problems().get(0).rule().contains("ehcp_projection.population_area"), noArea.problems().toString());
    }

    @Test
    void settingsBindFromTheSection() {
        EhcpSettings config = bound();
        assertEquals(EhcpSettings.JoinerTrend.LOG_LINEAR, config.joinerTrend());
        assertEquals(RateMultiplier.Lever.MOVES_INTO, config.multipliers().get(0).lever());
        assertEquals(1_000_000, config.blockAllocationGbp().get("2020-21"));
    }

    private EhcpSettings bound() {
        return EhcpTestScenarios.section(folder, """
                transitions_file: t.csv
                joiner_trend: log_linear
                block_allocation_gbp: {"2020-21": 1000000}
                multipliers:
                  - {lever: moves_into, setting: A, from_year: 2021, factor: 0.5}
                """).settings(EhcpSettings.SECTION).bind(EhcpSettings.class, new ProblemCollector());
    }

    @Test
    void unknownKeysAndBadValuesInTheSectionAreAllReported() {
        ProblemCollector problems = new ProblemCollector();
        new EhcpCapability().settings(EhcpTestScenarios.section(folder, "transitions_file: t.csv\nsimulashuns: 3\n"),
                problems);
        assertTrue(problems.problems().get(0).rule().contains("unknown key 'simulashuns'"), problems.problems().toString());
        assertEquals("ehcp_projection.simulashuns", problems.problems().get(0).column());
        ProblemCollector two = new ProblemCollector();
        new EhcpCapability().settings(EhcpTestScenarios.section(folder,
                "block_allocation_gbp: {\"2020/21\": 5}\nprior_strength: -1\n"), two);
        assertEquals(2, two.problems().size(), two.problems().toString());
    }

    @Test
    void unknownScenarioCodesAreErrors() throws IOException {
        EhcpFixtures.write(folder, "2015,A,T,1,A,T,2\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EhcpTestScenarios.request(
                EhcpTestScenarios.section(folder, """
                transitions_file: transitions.csv
                population_file: population.csv
                costs_file: costs.csv
                valid_states_file: valid-states.csv
                multipliers: [{lever: joiners, setting: Q, factor: 2}]
                """)));
        assertEquals("ehcp_projection.multipliers[0].setting", e.problems().get(0).column());
    }
}
