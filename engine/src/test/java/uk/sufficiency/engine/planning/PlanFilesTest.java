package uk.sufficiency.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.io.OutputDirectory;

class PlanFilesTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesIdenticalFilesAndEveryFileHasItsHeader() throws Exception {
        PlanOptions options = new PlanOptions(3, 150, 9L, List.of("L3=+5/yr"), "", null);
        PlanFiles.write(SufficiencyPlanner.plan(PlanTestScenario.load(), options), new OutputDirectory(temp.resolve("a")));
        PlanFiles.write(SufficiencyPlanner.plan(PlanTestScenario.load(), options), new OutputDirectory(temp.resolve("b")));
        for (String name : List.of("plan-by-year.csv", "plan-comparison.csv", "plan-supply.csv", "plan-recruitment.csv",
                "plan-inputs.csv", "plan-summary.csv")) {
            String a = Files.readString(temp.resolve("a").resolve(name));
            assertEquals(a, Files.readString(temp.resolve("b").resolve(name)), name);
        }
        List<String> byYear = Files.readAllLines(temp.resolve("a/plan-by-year.csv"));
        assertEquals("scenario,year,year_end,level,measure,unit,mean,p2_5,p10,p50,p90,p97_5", byYear.get(0));
        // 2 scenarios x 3 years x 7 levels x 10 measures
        assertEquals(1 + 2 * 3 * 7 * PlanMeasure.values().length, byYear.size());
        String inputs = Files.readString(temp.resolve("a/plan-inputs.csv"));
        assertTrue(inputs.contains("extra_recruits_per_year.L3,5,households per year,command line --recruit"), inputs);
    }

    @Test
    void boundsAreOrderedAroundTheMean() {
        PlanResult result = SufficiencyPlanner.plan(PlanTestScenario.load(), new PlanOptions(2, 300, 4L, null, "", null));
        Summary s = Summary.of(result.plan().samples(PlanMeasure.DEMAND, 2, PlanEvaluator.ALL));
        assertTrue(s.p2_5() <= s.p10() && s.p10() <= s.p50() && s.p50() <= s.p90() && s.p90() <= s.p97_5());
        assertTrue(s.p10() < s.mean() && s.mean() < s.p90());
        assertEquals(2.5, Summary.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
    }
}
