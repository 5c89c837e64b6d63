package uk.sufficiency.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;

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

    @Test
    void defaultsComeFromTheOfstedCalibrationAndEachNamesItsSource() {
        PlanSettings settings = PlanSettingsReader.read(PlanTestScenario.load(), PlanOptions.none());
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
    }

    @Test
    void scenarioValuesOverrideDefaultsAndOptionsOverrideTheScenario() throws Exception {
        Path dir = scenarioWithPlan("plan:\n  years: 3\n  supply: {lead_time_months: 9, progression_rate: {3: 0.1}}\n"
                + "  costs: {ifa_weekly_gbp: 900}\n  recruit: {3: 4}\n");
        PlanSettings settings = PlanSettingsReader.read(ScenarioLoader.load(dir),
                new PlanOptions(4, null, null, List.of("L2=+1/yr"), null, null));
        assertEquals(4, settings.years());
        assertEquals(9, settings.supply().leadTimeMonths(), 0);
        assertEquals(0.1, settings.supply().progressionRate()[3], 0);
        assertEquals(0.0, settings.supply().progressionRate()[2], 0);
        assertEquals(900, settings.costs().ifaWeeklyGbp(), 0);
        assertEquals(1, settings.extraRecruitsPerYear()[2], 0);
        assertEquals(0, settings.extraRecruitsPerYear()[3], 0);
    }

    @Test
    void everyBadValueIsReportedInOnePass() throws Exception {
        Path dir = scenarioWithPlan("plan:\n  yeers: 3\n  supply: {lead_time_months: 40, unusable_place_share: two}\n"
                + "  goal: \"in_house_share>=0.7@2030\"\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PlanSettingsReader.read(ScenarioLoader.load(dir),
                        new PlanOptions(null, 0, null, List.of("L9=+3/yr"), null, null)));
        String all = e.problems().toString();
        assertTrue(all.contains("plan.yeers"), all);
        assertTrue(all.contains("plan.supply.lead_time_months"), all);
        assertTrue(all.contains("plan.supply.unusable_place_share"), all);
        assertTrue(all.contains("2016 to 2020"), all);
        assertTrue(all.contains("--simulations"), all);
        assertTrue(all.contains("skill level must be 1-6"), all);
        assertTrue(all.contains("scenario.yaml"), all);
    }

    @Test
    void recruitmentBeyondTheCapIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PlanSettingsReader.read(PlanTestScenario.load(),
                        new PlanOptions(null, null, null, List.of("L3=+40/yr"), null, null)));
        assertTrue(e.getMessage().contains("exceeds the recruitment cap of 60"), e.getMessage());
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
        Path example = null;
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs/examples/plan.yaml"))) {
                example = dir.resolve("docs/examples/plan.yaml");
                break;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(example != null, "docs/examples/plan.yaml not found");
        Path dir = scenarioWithPlan(Files.readString(example));
        PlanSettings fromExample = PlanSettingsReader.read(ScenarioLoader.load(dir), PlanOptions.none());
        PlanSettings defaults = PlanSettingsReader.read(PlanTestScenario.load(), PlanOptions.none());
        assertEquals(defaults.supply().unusablePlaceShare(), fromExample.supply().unusablePlaceShare(), 1e-4);
        assertEquals(defaults.supply().otherDeregistrationRate(), fromExample.supply().otherDeregistrationRate(), 1e-4);
        assertEquals(defaults.supply().retirementProbability(65), fromExample.supply().retirementProbability(65), 1e-4);
        assertEquals(defaults.growthPerYear(), fromExample.growthPerYear(), 1e-4);
        assertEquals(12, fromExample.extraRecruitsPerYear()[3], 0);
        assertEquals(754.5, fromExample.costs().ifaWeeklyGbp(), 0);
    }

    @Test
    void fosteringFileRecalibratesFromAnotherAuthority() throws Exception {
        Path file = uk.sufficiency.engine.planning.supply.OfstedFosteringTableTestAccess.realFile();
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "shared/data/fostering-england not found");
        Path dir = scenarioWithPlan("plan:\n  fostering_file: " + file + "\n  fostering_authority: Derbyshire\n");
        PlanSettings settings = PlanSettingsReader.read(ScenarioLoader.load(dir), PlanOptions.none());
        var table = uk.sufficiency.engine.planning.supply.OfstedFosteringTable.read(file);
        double notAvailable = table.require("Number of places not available", "Derbyshire");
        double approved = table.require("Number of approved foster places", "Derbyshire");
        assertEquals(notAvailable / approved, settings.supply().unusablePlaceShare(), 1e-12);
        assertTrue(settings.assumptions().stream().anyMatch(a -> a.source().contains("Derbyshire")));
        Path bad = scenarioWithPlan("plan:\n  fostering_file: " + file + "\n  fostering_authority: Atlantis\n");
        assertThrows(InvalidInputException.class, () -> PlanSettingsReader.read(ScenarioLoader.load(bad), PlanOptions.none()));
    }
}
