package uk.sufficiency.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.run.RunFixture;

class CompareCommandTest {

    @TempDir
    Path temp;

    private Path run(String scenario) {
        Path out = temp.resolve(scenario);
        RunFixture.Outcome outcome = RunFixture.execute("run", RunFixture.testScenario(scenario).toString(),
                "--out", out.toString(), "--quick");
        assertEquals(0, outcome.status(), outcome.err());
        return out;
    }

    @Test
    void comparesHeadlinesAndTablesOfTwoRuns() throws Exception {
        Path baseline = run("tiny");
        Path plan = run("tiny-plus");
        Path out = temp.resolve("compare");
        RunFixture.Outcome outcome = RunFixture.execute("compare", baseline.toString(), plan.toString(),
                "--out", out.toString());
        assertEquals(0, outcome.status(), outcome.err());

        // the plan adds two carers with 3 places: places and free places rise by 3
        List<String> headlines = Files.readAllLines(out.resolve("csv/compare-headlines.csv"));
        assertEquals("step,label,unit,value_a,value_b,change,change_pct,lower_80_a,upper_80_a,lower_80_b,upper_80_b",
                headlines.get(0));
        assertTrue(headlines.contains("scenario,Places (all types),places,8,11,3,37.5,,,,"), headlines.toString());
        assertTrue(headlines.contains("scenario,Children in the scenario,children,4,4,0,0,,,,"), headlines.toString());

        // rows are matched on type and skill level; the new level-2 carer is in B only
        List<String> mix = Files.readAllLines(out.resolve("csv/compare-scenario-placement-mix.csv"));
        assertTrue(mix.get(0).startsWith("placement_type,skill_level,households_a,households_b,households_change"), mix.get(0));
        assertTrue(mix.contains("in_house_foster,2,,1,,,2,,,0,,,2,,B only"), mix.toString());
        assertTrue(mix.contains("in_house_foster,3,1,1,0,2,2,0,1,1,0,1,1,0,both"), mix.toString());
        // issue 13: the page shows only the rows that changed; the full table stays in the CSV
        List<String> changed = Files.readAllLines(out.resolve("csv/compare-scenario-placement-mix-changed.csv"));
        assertTrue(changed.contains("in_house_foster,2,,1,,,2,,,0,,,2,,B only"), changed.toString());
        assertFalse(changed.contains("in_house_foster,3,1,1,0,2,2,0,1,1,0,1,1,0,both"), changed.toString());

        String html = Files.readString(out.resolve("compare.html"));
        // leads with the change: a card per changed figure with A and B, sections in plain names
        int firstCard = html.indexOf("data-key=\"scenario/places\"");
        assertTrue(firstCard > 0 && firstCard < html.indexOf("<section id=\"scenario\""), "cards open the page");
        assertTrue(html.contains("Places (all types): A 8 places \u2192 B 11 places"), "A and B on the card");
        // issue 13: a rise shows its sign on the card
        assertTrue(html.contains("data-key=\"scenario/places\"><div class=\"value\">+3 places</div>"), "signed change");
        assertFalse(html.contains("Tables of step"), "sections are named as the run names them");
        assertFalse(html.contains("Headline figures compared"));
        assertFalse(html.contains("data-table=\"compare-scenario-placement-mix\""), "full tables are files only");
        assertTrue(html.contains("data-table=\"compare-scenario-placement-mix-changed\""));
        // the run's map and cards are compared in files only: coordinates and sentences do not read as a table
        assertTrue(Files.exists(out.resolve("csv/compare-matching-map.csv")), "the map compared in full");
        assertFalse(html.contains("data-table=\"compare-matching-map"), "but not drawn as a table");
        assertFalse(html.contains("data-table=\"compare-matching-cards"));
        assertTrue(html.contains("Tiny test scenario plus recruitment"));
        // runs given no --seed say so, not "seed ?"
        assertTrue(html.contains("default seeds, quick"), "the header names the seeds used");
        assertFalse(html.contains("seed ?"));
        assertTrue(Files.exists(out.resolve("comparison.xlsx")));
    }

    /** Issue 14: a run.json naming csv/../../secret.csv must not pull that file into the comparison. */
    @Test
    void readsOnlyTheTablesInsideEachRunFolder() throws Exception {
        Path baseline = run("tiny");
        Path plan = run("tiny-plus");
        Files.writeString(temp.resolve("secret.csv"), "secret_column\nsecret-value\n");
        Path record = plan.resolve("run.json");
        String json = Files.readString(record);
        Files.writeString(record, json.replace("\"outputs\" : [", "\"outputs\" : [ {\"file\" : \"csv/../../secret.csv\"},")
                .replace("\"outputs\":[", "\"outputs\":[{\"file\":\"csv/../../secret.csv\"},"));
        assertTrue(Files.readString(record).contains("secret.csv"), "the test planted the escaping path");
        Path out = temp.resolve("compare-escape");
        RunFixture.Outcome outcome = RunFixture.execute("compare", baseline.toString(), plan.toString(),
                "--out", out.toString());
        assertEquals(0, outcome.status(), outcome.err());
        assertFalse(Files.readString(out.resolve("compare.html")).contains("secret"));
        try (var files = Files.list(out.resolve("csv"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("secret")));
        }
    }

    /** Issue 14: the comparison may not be written into one of the runs it compares. */
    @Test
    void refusesToWriteIntoARunItCompares() throws Exception {
        Path baseline = run("tiny");
        Path plan = run("tiny-plus");
        RunFixture.Outcome outcome = RunFixture.execute("compare", baseline.toString(), plan.toString(),
                "--out", baseline.toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertFalse(Files.exists(baseline.resolve("compare.html")));
    }

    @Test
    void aFolderThatIsNotARunExitsTwoAndWritesNothing() throws Exception {
        Path baseline = run("tiny");
        Path notARun = Files.createDirectories(temp.resolve("empty"));
        Path out = temp.resolve("compare");
        RunFixture.Outcome outcome = RunFixture.execute("compare", baseline.toString(), notARun.toString(),
                "--out", out.toString());
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("not a run folder"), outcome.err());
        assertFalse(Files.exists(out));
    }
}
