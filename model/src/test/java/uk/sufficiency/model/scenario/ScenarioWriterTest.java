package uk.sufficiency.model.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;

class ScenarioWriterTest {

    @TempDir
    Path dir;

    static Scenario sample() {
        Child placed = new Child("C0001", LocalDate.of(2008, 5, 17), Sex.FEMALE, new GeoPoint(52.6345, -1.1321),
                new GeoPoint(52.64, -1.12), true, null, 18, EnumSet.of(Need.SELF_HARM, Need.EBD), "S001",
                LivingWith.ANY, PlacementKind.FOSTER, "P0001", ChildStatus.PLACED, null, Urgency.PLANNED);
        Child waiting = new Child("C0002", LocalDate.of(2001, 1, 2), Sex.MALE, null, null, false, 5, null,
                EnumSet.of(Need.HARM_TO_OTHERS, Need.CSE), null, LivingWith.SOLO, PlacementKind.RESIDENTIAL, null,
                ChildStatus.WAITING, LocalDate.of(2015, 4, 2), Urgency.EMERGENCY);
        Placement household = new Placement("P0001", PlacementType.IN_HOUSE_FOSTER, 3, 2, 0, 17, SexApproval.ANY,
                EnumSet.of(Specialism.SIBLINGS, Specialism.EBD), new GeoPoint(52.7721, -1.2052), null, null, null, null,
                64);
        Placement ifa = new Placement("P0002", PlacementType.IFA_FOSTER, 5, 1, 11, 17, SexApproval.MALE, null,
                new GeoPoint(52.5, -1.3), 812.5, "Supplier 03", ContractKind.FRAMEWORK, null, 45);
        Target target = new Target("ehcp", LocalDate.of(2022, 1, 31), 5106, Target.Direction.AT_MOST, 0.05,
                "EHCP target");
        SeriesRef series = new SeriesRef("ehcp", Path.of("series/ehcp.csv"), "plans", "EHCPs (January count)",
                Path.of("series/panel.csv"));
        return new Scenario("Test", "A test", LocalDate.of(2015, 3, 31), null, List.of(), List.of(placed, waiting),
                List.of(household, ifa), FeeTable.defaults(), MatchingWeights.defaults(), List.of(target),
                Map.of("ehcp", series), null, List.of());
    }

    @Test
    void writesTablesInContractColumnOrderWithBlankUnknowns() throws Exception {
        ScenarioWriter.write(sample(), dir, List.of("generated for a test"));
        List<String[]> children = readCsv(dir.resolve("children.csv"));
        assertArrayEquals(ScenarioWriter.CHILD_COLUMNS.toArray(), children.get(0));
        assertArrayEquals(new String[] {"C0001", "2008-05-17", "female", "52.6345", "-1.1321", "52.64", "-1.12",
            "true", "", "18", "ebd;self_harm", "S001", "any", "foster", "P0001", "placed", "", "planned"},
                children.get(1));
        assertArrayEquals(new String[] {"C0002", "2001-01-02", "male", "", "", "", "", "false", "5", "",
            "cse;harm_to_others", "", "solo", "residential", "", "waiting", "2015-04-02", "emergency"},
                children.get(2));
        List<String[]> placements = readCsv(dir.resolve("placements.csv"));
        assertArrayEquals(ScenarioWriter.PLACEMENT_COLUMNS.toArray(), placements.get(0));
        assertArrayEquals(new String[] {"P0001", "in_house_foster", "3", "2", "0", "17", "any", "ebd;siblings",
            "52.7721", "-1.2052", "", "", "", "", "64"}, placements.get(1));
        assertArrayEquals(new String[] {"P0002", "ifa_foster", "5", "1", "11", "17", "male", "", "52.5", "-1.3",
            "812.5", "Supplier 03", "framework", "", "45"}, placements.get(2));
    }

    @Test
    void writesScenarioYamlPerContract() throws Exception {
        ScenarioWriter.write(sample(), dir, List.of("generated for a test"));
        String text = Files.readString(dir.resolve("scenario.yaml"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# generated for a test\n"), text);
        assertFalse(text.contains(".0\n"), "no needless decimals: " + text);
        JsonNode yaml = new YAMLMapper().readTree(text);
        assertEquals("Test", yaml.get("name").asText());
        assertEquals("2015-03-31", yaml.get("as_of").asText());
        assertEquals("children.csv", yaml.at("/files/children").asText());
        assertEquals("placements.csv", yaml.at("/files/placements").asText());
        assertEquals(250, yaml.at("/fees/skill_fee_gbp_per_week/4").asInt());
        assertEquals(5, yaml.at("/fees/age_allowances").size());
        assertEquals(185, yaml.at("/fees/age_allowances/4/weekly_gbp").asInt());
        assertEquals(1000, yaml.at("/weights/move_placed_child").asInt());
        assertEquals("series/ehcp.csv", yaml.at("/series/ehcp/file").asText());
        assertEquals("series/panel.csv", yaml.at("/series/ehcp/panel_file").asText());
        assertEquals("at_most", yaml.at("/targets/0/direction").asText());
        assertEquals(0.05, yaml.at("/targets/0/amber_tolerance").asDouble());
        assertEquals(5106, yaml.at("/targets/0/value").asInt());
    }

    @Test
    void sameScenarioWritesIdenticalBytes(@TempDir Path other) throws Exception {
        ScenarioWriter.write(sample(), dir, List.of());
        ScenarioWriter.write(sample(), other, List.of());
        for (String file : List.of("scenario.yaml", "children.csv", "placements.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(other.resolve(file)), file);
        }
    }

    @Test
    void loaderReadsBackWhatTheWriterWrote() throws Exception {
        Scenario written = sample();
        ScenarioWriter.write(written, dir, List.of("round trip"));
        Files.createDirectories(dir.resolve("series"));
        Files.writeString(dir.resolve("series/ehcp.csv"), "date,value\n2014-01-31,2772\n");
        Files.writeString(dir.resolve("series/panel.csv"), "series_id,period,value\na,2014,2772\n");
        Scenario read = ScenarioLoader.load(dir);
        assertEquals(written.children(), read.children());
        assertEquals(written.placements(), read.placements());
        assertEquals(written.name(), read.name());
        assertEquals(written.description(), read.description());
        assertEquals(written.asOfDate(), read.asOfDate());
        assertEquals(written.fees(), read.fees());
        assertEquals(written.weights(), read.weights());
        assertEquals(written.targets(), read.targets());
        assertEquals(dir.resolve("series/ehcp.csv").toAbsolutePath().normalize(),
                read.series().get("ehcp").file().toAbsolutePath().normalize());
        assertEquals(dir.resolve("series/panel.csv").toAbsolutePath().normalize(),
                read.series().get("ehcp").panelFile().toAbsolutePath().normalize());
    }

    @Test
    void numbersHaveNoExponentOrTrailingZeros() {
        assertEquals("520", ScenarioWriter.number(520.0));
        assertEquals("0.00001", ScenarioWriter.number(1e-5));
        assertEquals("-1.1", ScenarioWriter.number(-1.10));
        assertEquals("123456789012", ScenarioWriter.number(123456789012.0));
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
