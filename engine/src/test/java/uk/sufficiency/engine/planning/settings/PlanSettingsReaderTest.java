package uk.sufficiency.engine.planning.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.planning.PlanTestScenario;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

class PlanSettingsReaderTest {

    @TempDir
    Path temp;

    private Path scenarioWithPlan(String plan) throws Exception {
        Path target = Files.createTempDirectory(temp, "s");
        try (Stream<Path> files = Files.list(PlanTestScenario.folder())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Files.writeString(target.resolve("scenario.yaml"), "\n" + plan, java.nio.file.StandardOpenOption.APPEND);
        return target;
    }

    private static String problems(Scenario scenario) {
        ProblemCollector problems = new ProblemCollector();
        assertNull(PlanSettingsReader.read(scenario, problems), "settings with errors must be refused");
        return problems.problems().toString();
    }

    @Test
    void defaultsComeFromTheOfstedCalibrationAndEachNamesItsSource() {
        PlanSettings settings = PlanTestScenario.settings(PlanTestScenario.load());
        assertEquals(5, settings.years());
        assertEquals(1000, settings.simulations());
        assertEquals(80.0 / 355, settings.supply().unusablePlaceShare(), 1e-12);
        assertEquals(30.0 / 215, settings.supply().otherDeregistrationRate(), 1e-12);
        assertEquals(30.0, java.util.Arrays.stream(settings.baselineRecruitsPerYear()).sum(), 1e-9);
        assertEquals(60, settings.recruitCapPerYear());
        for (Assumption a : settings.assumptions()) {
            assertTrue(!a.source().isBlank(), a.parameter() + " has no source");
        }
        assertTrue(settings.assumptions().stream().anyMatch(a -> a.parameter().equals("plan.supply.retirement[60-69]")
                && a.source().contains("0.34")));
        assertTrue(settings.assumptions().stream().anyMatch(a -> a.parameter().equals("plan.years")
                && a.source().equals("default")));
    }

    @Test
    void scenarioValuesOverrideDefaultsAndOptionsOverrideTheScenario() throws Exception {
        Path dir = scenarioWithPlan("plan:\n  years: 3\n  supply: {lead_time_months: 9, progression_rate: {3: 0.1}}\n"
                + "  recruit: {3: 4}\n");
        Scenario scenario = PlanTestScenario.with(ScenarioLoader.load(dir), "years", 4);
        PlanSettings settings = PlanTestScenario.settings(PlanTestScenario.with(scenario, "recruit", "L2=+1/yr"));
        assertEquals(4, settings.years());
        assertEquals(9, settings.supply().leadTimeMonths(), 0);
        assertEquals(0.1, settings.supply().progressionRate()[3], 0);
        assertEquals(0.0, settings.supply().progressionRate()[2], 0);
        assertEquals(1, settings.extraRecruitsPerYear()[2], 0);
        assertEquals(0, settings.extraRecruitsPerYear()[3], 0);
        assertTrue(settings.assumptions().stream().anyMatch(a -> a.parameter().equals("plan.years")
                && a.source().equals("--years")));
        assertTrue(settings.assumptions().stream().anyMatch(a -> a.parameter().equals("plan.supply.lead_time_months")
                && a.source().matches(".*scenario\\.yaml:\\d+")), "the source names the file and line");
    }

    @Test
    void everyBadValueIsReportedInOnePassAtItsFileAndLine() throws Exception {
        Path dir = scenarioWithPlan("plan:\n  yeers: 3\n  supply: {lead_time_months: 40, unusable_place_share: 2}\n"
                + "  goal: \"in_house_share>=0.7@2030\"\n");
        Scenario scenario = PlanTestScenario.with(ScenarioLoader.load(dir), "recruit", "L9=+3/yr");
        String all = problems(scenario);
        assertTrue(all.contains("plan.yeers") && all.contains("known keys"), all);
        // an unknown key stops the binding; once it is gone, the value rules all report together
        Path fixed = scenarioWithPlan("plan:\n  supply: {lead_time_months: 40, unusable_place_share: 2}\n"
                + "  goal: \"in_house_share>=0.7@2030\"\n");
        all = problems(PlanTestScenario.with(ScenarioLoader.load(fixed), "recruit", "L9=+3/yr"));
        assertTrue(all.contains("plan.supply.lead_time_months"), all);
        assertTrue(all.contains("plan.supply.unusable_place_share"), all);
        assertTrue(all.contains("2016 to 2020"), all);
        assertTrue(all.contains("--recruit") && all.contains("skill level must be 1-6"), all);
        assertTrue(all.matches("(?s).*scenario\\.yaml:\\d+.*"), "problems name the line: " + all);
    }

    /** Issue 13: validate accepted plan: {recruit: ""} and run then exited 2 on it. */
    @Test
    void anEmptyRecruitmentIsRefusedByTheSettingsValidateReads() throws Exception {
        String all = problems(ScenarioLoader.load(scenarioWithPlan("plan: {recruit: \"\"}\n")));
        assertTrue(all.contains("plan.recruit") && all.contains("must look like L3=+12/yr"), all);
    }

    @Test
    void aTextWhereANumberBelongsIsAWrongTypeAtItsKey() throws Exception {
        String all = problems(ScenarioLoader.load(scenarioWithPlan("plan:\n  supply: {lead_time_months: \"six\"}\n")));
        assertTrue(all.contains("plan.supply.lead_time_months") && all.contains("wrong type"), all);
    }

    @Test
    void aPlanPriceIsAnErrorNamingTheScenarioPriceList() throws Exception {
        String all = problems(ScenarioLoader.load(scenarioWithPlan("plan:\n  costs: {ifa_weekly_gbp: 900}\n")));
        assertTrue(all.contains("plan.costs.ifa_weekly_gbp") && all.contains("unit_costs.weekly_gbp.ifa_foster"), all);
    }

    @Test
    void pricesComeFromTheScenarioPriceList() throws Exception {
        PlanSettings settings = PlanTestScenario.settings(ScenarioLoader.load(scenarioWithPlan(
                "unit_costs:\n  weekly_gbp: {ifa_foster: 900, residential_external: 4000}\n  inflation_per_year: 0.02\n")));
        assertEquals(900, settings.costs().ifaWeeklyGbp(), 0);
        assertEquals(4000, settings.costs().residentialExternalWeeklyGbp(), 0);
        assertEquals(Math.pow(1.02, 0.5), settings.costs().index(1), 1e-3);
        assertTrue(settings.costs().index(2) > settings.costs().index(1));
    }

    /** A key a variant inherits from its base is reported at the base's file and line. */
    @Test
    void anInheritedBadKeyNamesTheBaseFileAndLine() throws Exception {
        Path base = scenarioWithPlan("plan:\n  supply:\n    lead_time_months: 99\n");
        Path variant = Files.createDirectories(temp.resolve("variant"));
        Files.writeString(variant.resolve("scenario.yaml"), "name: variant\nextends: ../" + base.getFileName() + "\n");
        String all = problems(ScenarioLoader.load(variant));
        long line = Files.readAllLines(base.resolve("scenario.yaml")).indexOf("    lead_time_months: 99") + 1;
        assertTrue(all.contains(base.resolve("scenario.yaml") + ":" + line), all);
    }

    @Test
    void recruitmentBeyondTheCapIsRefused() {
        String all = problems(PlanTestScenario.with(PlanTestScenario.load(), "recruit", "L3=+40/yr"));
        assertTrue(all.contains("exceeds the recruitment cap of 60"), all);
    }

    @Test
    void goalsAndRecruitmentSpecsParse() {
        PlanGoal goal = PlanGoal.parse("in_house_share >= 70% @ 2019");
        assertEquals(0.70, goal.value(), 1e-12);
        assertTrue(goal.atLeast());
        assertEquals(2019, goal.year());
        assertEquals(PlanGoal.Metric.EXTERNAL_SPEND, PlanGoal.parse("external_spend<=5000000@2020").metric());
        assertThrows(IllegalArgumentException.class, () -> PlanGoal.parse("in_house_share>=1.5@2019"));
        assertThrows(IllegalArgumentException.class, () -> PlanGoal.parse("happiness>=1@2019"));
        assertEquals(java.util.Map.of(3, 12.0, 4, 6.0), RecruitmentSpec.parse("L3=+12/yr,L4=+6/yr"));
        assertEquals(java.util.Map.of(2, 5.0), RecruitmentSpec.parse("2=3, L2=2"));
        assertThrows(IllegalArgumentException.class, () -> RecruitmentSpec.parse("L3=-1/yr"));
    }

    @Test
    void theDocumentedExamplePlanSectionIsValidAndMatchesTheDefaults() throws Exception {
        Path example = PlanTestScenario.repositoryScenario("leicestershire-2015").getParent().getParent()
                .resolve("docs/examples/plan.yaml");
        PlanSettings fromExample = PlanTestScenario.settings(ScenarioLoader.load(scenarioWithPlan(Files.readString(example))));
        PlanSettings defaults = PlanTestScenario.settings(PlanTestScenario.load());
        assertEquals(defaults.supply().unusablePlaceShare(), fromExample.supply().unusablePlaceShare(), 1e-4);
        assertEquals(defaults.supply().otherDeregistrationRate(), fromExample.supply().otherDeregistrationRate(), 1e-4);
        assertEquals(defaults.supply().retirementProbability(65), fromExample.supply().retirementProbability(65), 1e-4);
        assertEquals(defaults.demand().growthPerYear(), fromExample.demand().growthPerYear(), 1e-4);
        assertEquals(12, fromExample.extraRecruitsPerYear()[3], 0);
        assertEquals(754.5, fromExample.costs().ifaWeeklyGbp(), 0);
    }

    @Test
    void fosteringFileRecalibratesFromAnotherAuthority() throws Exception {
        Path file = uk.sufficiency.engine.planning.supply.OfstedFosteringTableTestAccess.realFile();
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "shared/data/fostering-england not found");
        // scenario files must lie within the scenario's folder: a copy sits beside scenario.yaml
        Path dir = scenarioWithPlan("plan:\n  fostering_file: fostering.csv\n  fostering_authority: Derbyshire\n");
        Files.copy(file, dir.resolve("fostering.csv"));
        PlanSettings settings = PlanTestScenario.settings(ScenarioLoader.load(dir));
        var table = uk.sufficiency.engine.planning.supply.OfstedFosteringTable.read(file);
        double notAvailable = table.require("Number of places not available", "Derbyshire");
        double approved = table.require("Number of approved foster places", "Derbyshire");
        assertEquals(notAvailable / approved, settings.supply().unusablePlaceShare(), 1e-12);
        assertTrue(settings.assumptions().stream().anyMatch(a -> a.source().contains("Derbyshire")));
        Path bad = scenarioWithPlan("plan:\n  fostering_file: fostering.csv\n  fostering_authority: Atlantis\n");
        Files.copy(file, bad.resolve("fostering.csv"));
        assertThrows(InvalidInputException.class, () -> PlanTestScenario.settings(ScenarioLoader.load(bad)));
    }
}
