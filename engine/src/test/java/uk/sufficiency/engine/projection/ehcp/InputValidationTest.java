package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.config.EhcpConfigLoader;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.input.PopulationReader;
import uk.sufficiency.engine.projection.ehcp.input.PopulationTable;
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
        PopulationTable table = PopulationReader.read(file, "X", problems);
        assertTrue(!problems.hasErrors(), problems.problems().toString());
        assertEquals(100, table.population(2020, 0));
        assertEquals(110, table.population(2020, 1));
        assertEquals(110, table.population(2025, 1), "later years carry the last year forward");
        ProblemCollector noArea = new ProblemCollector();
        PopulationReader.read(file, null, noArea);
        assertTrue(noArea.hasErrors());
    }

    @Test
    void configBindsFromYamlAndFromANode() throws IOException {
        String yaml = """
                transitions_file: t.csv
                joiner_trend: log_linear
                block_allocation_gbp: {"2020-21": 1000000}
                multipliers:
                  - {lever: moves_into, setting: A, from_year: 2021, factor: 0.5}
                """;
        Path file = folder.resolve("ehcp-projection.yaml");
        Files.writeString(file, yaml);
        EhcpSettings config = EhcpConfigLoader.read(file);
        assertEquals(EhcpSettings.JoinerTrend.LOG_LINEAR, config.joinerTrend());
        assertEquals(RateMultiplier.Lever.MOVES_INTO, config.multipliers().get(0).lever());
        assertEquals(1_000_000, config.blockAllocationGbp().get("2020-21"));
        JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        ProblemCollector problems = new ProblemCollector();
        assertEquals(config, EhcpConfigLoader.bind(node, file, problems));
    }

    @Test
    void unknownKeysAndBadValuesInConfigAreErrors() throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, "transitions_file: t.csv\nsimulashuns: 3\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EhcpConfigLoader.read(file));
        assertEquals("simulashuns", e.problems().get(0).column());
        Files.writeString(file, "block_allocation_gbp: {\"2020/21\": 5}\nprior_strength: -1\n");
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> EhcpConfigLoader.read(file));
        assertEquals(2, e2.problems().size(), e2.problems().toString());
    }

    @Test
    void unknownScenarioCodesAreErrors() throws IOException {
        EhcpFixtures.write(folder, "2015,A,T,1,A,T,2\n");
        Path file = folder.resolve("ehcp-projection.yaml");
        Files.writeString(file, """
                transitions_file: transitions.csv
                population_file: population.csv
                costs_file: costs.csv
                valid_states_file: valid-states.csv
                multipliers: [{lever: joiners, setting: Q, factor: 2}]
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EhcpInputLoader.load(EhcpConfigLoader.read(file), folder, file));
        assertEquals("multipliers[0].setting", e.problems().get(0).column());
    }
}
