package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.lac.LacPrices;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig;
import uk.sufficiency.engine.ssda903.PlacementCategoryMap;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.placement.LacCategory;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.PlannerCategory;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.CsvTable;

/**
 * Issue 12, one placement taxonomy: every {@link PlacementType} flows through matching, the LAC
 * projection, the plan and the report from its enum constant and its data alone. A scenario holds one
 * placement of every type and one waiting child suited to each; {@code run} must place a child in
 * every type (priced), the LAC projection must have a category, a 903 mapping and a price for it, the
 * plan must count it in its planner category, and the report must show it. A new type that needs a
 * second place touched fails here.
 */
class PlacementTaxonomyTest {

    /** The plan's stock of each in-house planner category, as plan-inputs.csv names it. */
    private static final Map<PlannerCategory, String> IN_HOUSE_STOCK = Map.of(
            PlannerCategory.IN_HOUSE_FOSTER, "in_house_foster_households",
            PlannerCategory.RESIDENTIAL_IN_HOUSE, "residential_in_house_places",
            PlannerCategory.SUPPORTED_IN_HOUSE, "supported_in_house_places");

    @TempDir
    Path temp;

    @Test
    void everyPlacementTypeFlowsThroughMatchingLacPlanAndReport() throws Exception {
        Path dir = scenarioWithEveryType();
        Scenario scenario = ScenarioLoader.load(dir);
        Path out = temp.resolve("out");
        RunFixture.Outcome run = RunFixture.execute(List.of(new ScenarioStep(), new MatchStep(), new PlanStep()),
                "run", dir.toString(), "--out", out.toString(), "--quick");
        assertEquals(0, run.status(), run.err());
        CsvTable matches = CsvTable.read(out.resolve("csv/matching-matches.csv"));
        CsvTable mix = CsvTable.read(out.resolve("csv/scenario-placement-mix.csv"));
        CsvTable planInputs = CsvTable.read(out.resolve("csv/plan-inputs.csv"));
        String html = Files.readString(out.resolve("report.html"));
        List<LacProjectionConfig.PricedCategory> lacCategories = LacProjectionConfig.defaultCategories();
        LacPrices lacPrices = LacPrices.of(lacCategories, scenario.unitCosts(), scenario.placements());

        for (PlacementType type : PlacementType.values()) {
            String word = type.word();
            // matching: the child suited to the type is placed there, at a price
            CsvTable.Row placed = matches.rows().stream().filter(r -> matches.get(r, "placement_id").equals(id("P", type)))
                    .findFirst().orElseThrow(() -> new AssertionError(word + ": no child placed"));
            assertEquals(word, matches.get(placed, "placement_type"));
            assertTrue(Double.parseDouble(matches.get(placed, "weekly_cost")) > 0, word + " priced by matching");
            // LAC: a category the 903 mapping reaches, and a price for it
            LacCategory category = type.lacCategory();
            assertNotEquals(LacCategory.OTHER, category, word);
            assertTrue(category.types().contains(type), word);
            assertTrue(PlacementCategoryMap.defaultRules().stream().anyMatch(r -> r.category().equals(category.id())),
                    word + ": no 903 code maps to " + category.id());
            int c = lacCategories.stream().map(LacProjectionConfig.PricedCategory::id).toList().indexOf(category.id());
            assertTrue(c >= 0 && lacPrices.weeklyGbp(c, 2015) > 0, word + ": LAC category " + category.id() + " priced");
            // plan: counted in its planner category (in-house stock) or priced as bought supply
            PlannerCategory planner = type.plannerCategory();
            assertTrue(planner.types().contains(type), word);
            assertEquals(planner.kind(), type.kind(), word);
            if (IN_HOUSE_STOCK.containsKey(planner)) {
                double expected = scenario.placements().stream().filter(p -> p.type().plannerCategory() == planner)
                        .mapToDouble(p -> p.places()).sum();
                CsvTable.Row row = planInputs.rows().stream()
                        .filter(r -> planInputs.get(r, "parameter").equals(IN_HOUSE_STOCK.get(planner))).findFirst().orElseThrow();
                assertEquals(expected, Double.parseDouble(planInputs.get(row, "value")), word + " in the plan's stock");
            } else {
                assertTrue(scenario.unitCosts().weeklyGbp(planner.pricedAs(), 3) > 0, word + " priced for the plan");
            }
            // prices: fee tables, or a documented default on the type itself when a scenario has none
            assertTrue(type.usesFeeTables() || UnitCosts.DEFAULT_WEEKLY_GBP.getOrDefault(type, 0.0) > 0, word + " default price");
            assertTrue(UnitCosts.defaults(scenario.asOfDate()).weeklyGbp(type, 3) > 0, word + " priced by default");
            // report: the scenario's placement mix shows it
            assertTrue(mix.rows().stream().anyMatch(r -> mix.get(r, "placement_type").equals(word)), word + " in the mix");
            assertTrue(html.contains(">" + word + "<"), word + " in report.html");
        }
    }

    /** One placement of every type (one place each) and a waiting child of 16 suited to each. */
    private Path scenarioWithEveryType() throws Exception {
        Path dir = temp.resolve("every-type");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("scenario.yaml"), "name: every placement type\nas_of: 2015-03-31\nfiles:\n"
                + "  children: children.csv\n  placements: placements.csv\n");
        StringBuilder children = new StringBuilder("child_id,birth_date,sex,home_lat,home_lon,school_lat,school_lon,"
                + "keep_school,required_level,sdq_score,needs,sibling_group,living_with,recommended,current_placement_id,"
                + "status,needed_by,urgency\n");
        StringBuilder placements = new StringBuilder("placement_id,type,skill_level,places,min_age,max_age,sex,"
                + "specialisms,lat,lon,weekly_cost,supplier,contract,linked_child_id,carer_age\n");
        for (PlacementType type : PlacementType.values()) {
            boolean foster = type.kind() == PlacementKind.FOSTER;
            String needs = type == PlacementType.PARENT_AND_CHILD ? Need.PARENT_AND_CHILD.word() : "";
            children.append(String.join(",", id("C", type), "1999-01-01", "female", "52.6", "-1.1", "", "", "", "1", "",
                    needs, "", "any", type.kind().word(), "", "waiting", "", "planned")).append('\n');
            placements.append(String.join(",", id("P", type), type.word(), foster || type.usesFeeTables() ? "3" : "", "1", "0", "17", "any", "",
                    "52.61", "-1.11", type.usesFeeTables() ? "" : "800", type.isInHouse() ? "" : "Provider", "", type == PlacementType.CONNECTED
                            ? id("C", type) : "", type.isInHouse() && foster ? "50" : "")).append('\n');
        }
        Files.writeString(dir.resolve("children.csv"), children);
        Files.writeString(dir.resolve("placements.csv"), placements);
        return dir;
    }

    private static String id(String prefix, PlacementType type) {
        return prefix + String.format("%02d", Arrays.asList(PlacementType.values()).indexOf(type) + 1);
    }
}
