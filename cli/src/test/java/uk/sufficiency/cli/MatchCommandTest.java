package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    private static final String CHILDREN_HEADER = "child_id,birth_date,sex,home_lat,home_lon,school_lat,school_lon,"
            + "keep_school,required_level,sdq_score,needs,sibling_group,living_with,recommended,current_placement_id,"
            + "status,needed_by,urgency\n";
    private static final String PLACEMENTS_HEADER = "placement_id,type,skill_level,places,min_age,max_age,sex,"
            + "specialisms,lat,lon,weekly_cost,supplier,contract,linked_child_id,carer_age\n";

    static Path scenario(Path dir, String children, String placements) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("scenario.yaml"), "name: match test\nas_of: 2015-03-31\nfiles:\n"
                + "  children: children.csv\n  placements: placements.csv\n");
        Files.writeString(dir.resolve("children.csv"), CHILDREN_HEADER + children);
        Files.writeString(dir.resolve("placements.csv"), PLACEMENTS_HEADER + placements);
        return dir;
    }

    static Path small(Path dir) throws Exception {
        return scenario(dir,
                "C1,2006-05-01,female,52.63,-1.13,52.64,-1.12,true,5,,,,any,foster,,waiting,,planned\n"
                + "C2,2007-05-01,male,52.70,-1.20,,,,2,,,S1,any,foster,,waiting,,planned\n"
                + "C3,2009-05-01,male,52.70,-1.20,,,,1,,,S1,any,foster,,waiting,,planned\n"
                + "C4,2011-05-01,female,52.60,-1.10,,,,1,,,,any,foster,,waiting,,emergency\n"
                + "C5,2002-05-01,female,52.60,-1.10,,,,6,,disability,,any,foster,,waiting,,planned\n"
                + "C6,2004-05-01,male,52.61,-1.11,,,,3,,,,any,foster,P1,permanent,,planned\n",
                "P1,in_house_foster,5,2,0,17,any,,52.62,-1.12,,,,,50\n"
                + "P2,in_house_foster,3,2,0,17,any,siblings,52.69,-1.19,,,,,45\n"
                + "P3,ifa_foster,4,1,0,17,any,,52.50,-1.00,950,Agency,framework,,\n");
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void matchWritesFilesAndIsReproducibleWithSteps(@TempDir Path tmp) throws Exception {
        Path scenario = small(tmp.resolve("s"));
        for (String run : List.of("a", "b")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertEquals(0, run(out, err, "match", scenario.toString(), "--steps", "20", "--seed", "3",
                    "--out", tmp.resolve(run).toString()), err.toString());
            assertTrue(out.toString().contains("placed 4 of 5 children (1 unplaced)"), out.toString());
        }
        for (String file : List.of("matches.csv", "unplaced.csv", "settings.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
        List<String> unplaced = Files.readAllLines(tmp.resolve("a/unplaced.csv"));
        assertTrue(unplaced.get(1).startsWith("C5,,planned,6,12,no foster placement at level 6 or above exists"),
                unplaced.get(1));
        String matches = Files.readString(tmp.resolve("a/matches.csv"));
        assertTrue(matches.contains("C2,S1,waiting,planned,P2,") && matches.contains("C3,S1,waiting,planned,P2,"),
                matches);
        assertTrue(matches.contains("C6,,permanent,planned,P1,"), matches);
    }

    @Test
    void explainSaysWhyAndComparesCandidates(@TempDir Path tmp) throws Exception {
        Path scenario = small(tmp.resolve("s"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "explain", scenario.toString(), "--child", "C5", "--steps", "10"),
                err.toString());
        assertTrue(out.toString().startsWith("C5 is unplaced: no foster placement at level 6 or above exists."),
                out.toString());
        assertEquals(2, run(new StringWriter(), new StringWriter(), "explain", scenario.toString(), "--child", "NOPE",
                "--steps", "10"));
    }

    @Test
    void nobodyPlaceableIsAResultNotAnError(@TempDir Path tmp) throws Exception {
        Path scenario = scenario(tmp.resolve("s"),
                "C1,2006-05-01,female,52.63,-1.13,,,,6,,,,any,foster,,waiting,,emergency\n",
                "P1,in_house_foster,2,1,0,17,any,,52.62,-1.12,,,,,50\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "match", scenario.toString(), "--steps", "10", "--out",
                tmp.resolve("o").toString()));
        assertTrue(out.toString().contains("placed 0 of 1 children"), out.toString());
        assertEquals(2, Files.readAllLines(tmp.resolve("o/unplaced.csv")).size());
    }

    @Test
    void badInputWritesNothingAndExitsTwo(@TempDir Path tmp) throws Exception {
        Path scenario = scenario(tmp.resolve("s"),
                "C1,not-a-date,female,52.63,-1.13,,,,6,,,,any,foster,,waiting,,emergency\n",
                "P1,in_house_foster,2,1,0,17,any,,52.62,-1.12,,,,,50\n");
        assertEquals(2, run(new StringWriter(), new StringWriter(), "match", scenario.toString(), "--steps", "10",
                "--out", tmp.resolve("o").toString()));
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void optionsOutOfRangeAreRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path scenario = small(tmp.resolve("s"));
        String[][] refused = {
            {"match", scenario.toString(), "--steps", "-1"},
            {"match", scenario.toString(), "--time-limit", "0s"},
            {"match", scenario.toString(), "--time-limit", "25h"},
            {"match", scenario.toString(), "--converged-after", "-1s"},
            {"match", scenario.toString(), "--max-candidates", "-1"},
            {"explain", scenario.toString(), "--child", "C1", "--alternatives", "0"},
            {"explain", scenario.toString(), "--child", "C1", "--steps", "-3"},
        };
        for (String[] args : refused) {
            StringWriter err = new StringWriter();
            assertEquals(2, run(new StringWriter(), err, args), String.join(" ", args));
            assertTrue(err.toString().contains("Invalid value for option '" + args[args.length - 2] + "'"), err.toString());
        }
        assertFalse(Files.exists(Path.of("match-results")), "nothing written");
    }

    @Test
    void theMatchingSectionSetsTheSearchAndIsCheckedLikeEverySection(@TempDir Path tmp) throws Exception {
        Path scenario = small(tmp.resolve("s"));
        Files.writeString(scenario.resolve("scenario.yaml"), "matching:\n  steps: 20\n  seed: 3\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run(new StringWriter(), new StringWriter(), "match", scenario.toString(), "--out",
                tmp.resolve("section").toString()));
        assertEquals(0, run(new StringWriter(), new StringWriter(), "match", scenario.toString(), "--steps", "20",
                "--seed", "3", "--out", tmp.resolve("options").toString()));
        for (String file : List.of("matches.csv", "unplaced.csv", "summary.json")) {
            // settings.csv differs in its sources only (scenario.yaml lines against --steps and --seed)
            assertArrayEquals(Files.readAllBytes(tmp.resolve("section").resolve(file)),
                    Files.readAllBytes(tmp.resolve("options").resolve(file)), file);
        }
        Path bad = small(tmp.resolve("bad"));
        Files.writeString(bad.resolve("scenario.yaml"), "matching:\n  steps: -5\n  stepz: 1\n", java.nio.file.StandardOpenOption.APPEND);
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "match", bad.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("scenario.yaml") && err.toString().contains("unknown key 'stepz'"), err.toString());
        assertFalse(Files.exists(tmp.resolve("o")));
    }
}
