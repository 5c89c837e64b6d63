package uk.sufficiency.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

class ConfigSectionTest {

    record Supply(Double leadTimeMonths, Integer recruitAge) {
    }

    record Plan(Integer years, String recruit, Supply supply, List<Double> rates, Map<String, Double> fees) {
    }

    private static final Path FILE = Path.of("/scenario/scenario.yaml");

    private static ScenarioConfig config(String yaml) throws Exception {
        ObjectNode tree = (ObjectNode) new YAMLMapper().readTree(yaml);
        // Every key "set" on line 7 of the file, so the tests can see the origin reaches the problem.
        return new ScenarioConfig(tree, pointer -> pointer.startsWith("/plan/") ? new Origin(FILE, 7) : new Origin(FILE, 0));
    }

    @Test
    void bindsSnakeCaseKeysOntoRecordComponents() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        Plan plan = config("plan: {years: 5, supply: {lead_time_months: 6.5}, rates: [0.1, 0.2], fees: {\"1\": 50}}")
                .section("plan").bind(Plan.class, problems);
        assertNotNull(plan);
        assertEquals(5, plan.years());
        assertEquals(6.5, plan.supply().leadTimeMonths());
        assertEquals(List.of(0.1, 0.2), plan.rates());
        assertEquals(50.0, plan.fees().get("1"));
        assertTrue(problems.problems().isEmpty());
    }

    @Test
    void absentSectionBindsToAnEmptyRecord() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        Plan plan = config("name: x").section("plan").bind(Plan.class, problems);
        assertNotNull(plan);
        assertNull(plan.years());
    }

    @Test
    void reportsEveryUnknownKeyWithItsLineAndDottedKey() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        Plan plan = config("plan: {yeers: 5, supply: {lead_time: 6}}").section("plan").bind(Plan.class, problems);
        assertNull(plan);
        List<String> columns = new ArrayList<>();
        for (Problem p : problems.problems()) {
            columns.add(p.column());
            assertEquals(7, p.line());
            assertEquals(FILE, p.file());
        }
        assertEquals(java.util.Set.of("plan.yeers", "plan.supply.lead_time"), java.util.Set.copyOf(columns));
        Problem supply = problems.problems().get(columns.indexOf("plan.supply.lead_time"));
        assertTrue(supply.rule().contains("known keys: lead_time_months, recruit_age"), supply.rule());
    }

    @Test
    void refusesTextWhereANumberBelongs() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        assertNull(config("plan: {supply: {lead_time_months: \"7,50\"}}").section("plan").bind(Plan.class, problems));
        Problem p = problems.problems().get(0);
        assertEquals("plan.supply.lead_time_months", p.column());
        assertTrue(p.rule().contains("plain decimal"), p.rule());
    }

    @Test
    void refusesAListWhereAMapBelongsAndAScalarSection() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        assertNull(config("plan: {fees: [1, 2]}").section("plan").bind(Plan.class, problems));
        assertEquals("plan.fees", problems.problems().get(0).column());
        ProblemCollector more = new ProblemCollector();
        assertNull(config("plan: \"\"").section("plan").bind(Plan.class, more));
        assertTrue(more.problems().get(0).rule().contains("must be a map"));
    }

    @Test
    void defaultsAreRecordedAsAssumptionsWithTheirSource() throws Exception {
        ConfigSection plan = config("plan: {years: 3}").section("plan");
        List<Assumption> assumptions = new ArrayList<>();
        assertEquals(3, plan.valueOrDefault(3, "/years", 5, "years", "default", assumptions));
        assertEquals(45, plan.valueOrDefault(null, "/supply/recruit_age", 45, "years of age", "assumption", assumptions));
        assertEquals("scenario/scenario.yaml:7", assumptions.get(0).source(), "folder and file, no machine path");
        assertEquals("plan.supply.recruit_age", assumptions.get(1).parameter());
        assertEquals("assumption", assumptions.get(1).source());
    }

    @Test
    void rangeChecksNameTheKeyAndRange() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        ConfigSection plan = config("plan: {years: 99}").section("plan");
        plan.checkRange(problems, "/years", 99, 1, 30, "years to plan");
        assertEquals("years to plan from 1 to 30", problems.problems().get(0).rule());
        assertEquals("99", problems.problems().get(0).value());
    }

    @Test
    void anOptionOverridesOneKeyAndProblemsNameTheOption() throws Exception {
        ScenarioConfig config = config("plan: {years: 3, recruit: \"L3=+1/yr\"}")
                .withOverride("plan", "years", com.fasterxml.jackson.databind.node.TextNode.valueOf("x"), "--years");
        ProblemCollector problems = new ProblemCollector();
        assertNull(config.section("plan").bind(Plan.class, problems));
        assertEquals("--years", problems.problems().get(0).column());
        ScenarioConfig ok = config("plan: {years: 3, recruit: \"L3=+1/yr\"}")
                .withOverride("plan", "years", com.fasterxml.jackson.databind.node.IntNode.valueOf(9), "--years");
        Plan plan = ok.section("plan").bind(Plan.class, new ProblemCollector());
        assertEquals(9, plan.years());
        assertEquals("L3=+1/yr", plan.recruit());
        assertEquals("--years", ok.section("plan").origin("/years").toString());
    }
}
