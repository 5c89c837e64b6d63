package uk.sufficiency.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.placement.PlacementType;

class ScenarioLoaderTest {

    @TempDir
    Path temp;

    @Test
    void readsTheTinyScenario() {
        Scenario scenario = ScenarioLoader.load(ScenarioFixture.source());
        assertEquals("Tiny test scenario", scenario.name());
        assertEquals(LocalDate.of(2015, 3, 31), scenario.asOfDate());
        assertEquals(4, scenario.children().size());
        assertEquals(4, scenario.placements().size());
        var c001 = scenario.child("C001").orElseThrow();
        assertEquals(Urgency.EMERGENCY, c001.urgency());
        assertTrue(c001.hasNeed(Need.CSE));
        // derived: SDQ 18 -> 3, cse -> 5
        assertEquals(5, c001.requiredLevel());
        assertEquals(9, c001.ageYears(scenario.asOfDate()));
        assertEquals(ChildStatus.PLACED, scenario.child("C004").orElseThrow().status());
        assertEquals(PlacementType.CONNECTED, scenario.placement("P004").orElseThrow().type());
        assertEquals(850.0, scenario.placement("P003").orElseThrow().statedWeeklyCostGbp());
        // in-house cost: age 9 allowance 139 + level 3 fee 150
        assertEquals(289.0, scenario.weeklyCost().gbp(c001, scenario.placement("P001").orElseThrow()));
        assertEquals(2.0, scenario.weights().distancePerKm());
        assertEquals(1, scenario.targets().size());
        assertTrue(scenario.series().get("ehcp").file().isAbsolute());
        assertTrue(scenario.inputFiles().size() >= 3);
    }

    @Test
    void extendingScenarioAddsAndClosesRowsAndOverridesKeys() throws Exception {
        Path base = ScenarioFixture.copy(temp);
        Path variant = temp.resolve("variant");
        Files.createDirectories(variant);
        Files.writeString(variant.resolve("scenario.yaml"), String.join("\n",
                "name: Variant",
                "extends: ../tiny",
                "add:",
                "  placements: new-homes.csv",
                "close:",
                "  placements: [P003]",
                "weights:",
                "  distance_per_km: 0",
                ""));
        Files.writeString(variant.resolve("new-homes.csv"), String.join("\n",
                "placement_id,type,places,min_age,max_age,weekly_cost",
                "R001,residential_external,4,10,17,3500",
                ""));
        Scenario scenario = ScenarioLoader.load(variant);
        assertEquals("Variant", scenario.name());
        assertEquals(LocalDate.of(2015, 3, 31), scenario.asOfDate(), "as_of inherited");
        assertTrue(scenario.placement("R001").isPresent());
        assertTrue(scenario.placement("P003").isEmpty());
        assertEquals(4, scenario.placements().size());
        assertEquals(0.0, scenario.weights().distancePerKm());
        assertEquals(1.0, scenario.weights().costPerGbp(), "other weights inherited");
        assertEquals(2, scenario.chain().size());
        assertEquals(base.toAbsolutePath().normalize(), scenario.chain().get(0));
    }

    @Test
    void missingFolderIsAnError() {
        var e = assertThrows(uk.sufficiency.model.validation.InvalidInputException.class,
                () -> ScenarioLoader.load(temp.resolve("nowhere")));
        assertTrue(e.problems().get(0).rule().contains("not found"));
    }
}
