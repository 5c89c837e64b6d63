package uk.sufficiency.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.region.EastMidlandsRegion;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;

/** A region folder in the workspace: listed as a region, run whole on the Runs page, refused by the per-council pages. */
class ServeRegionTest {

    private static final String REGION = "pool";

    @TempDir
    static Path temp;
    static ServeFixture app;

    @BeforeAll
    static void start() throws Exception {
        Path workspace = temp.resolve("ws");
        Path region = workspace.resolve("scenarios").resolve(REGION);
        StringBuilder yaml = new StringBuilder("name: Small pool\nmembers:\n");
        for (int i = 0; i < 2; i++) {
            EastMidlandsRegion.Council council = EastMidlandsRegion.COUNCILS.get(i);
            ScenarioWriter.write(ScenarioGenerator.generate(EastMidlandsRegion.profile(council), 50, 40 + i),
                    region.resolve(council.id()), List.of());
            yaml.append("  - id: ").append(council.id()).append("\n    scenario: ").append(council.id())
                    .append("\n    name: ").append(council.name()).append('\n');
        }
        Files.createDirectories(region);
        Files.writeString(region.resolve(RegionLoader.FILE_NAME), yaml + "pooling:\n  shared_types: [in_house_foster]\n");
        app = new ServeFixture(workspace, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theRegionIsListedWithItsCouncilsAndOffersNoVariantForms() throws Exception {
        String list = app.get("/scenarios").body();
        assertTrue(list.contains(">" + REGION + "</a> <span class=\"muted\">region of 2 councils</span>"), list);
        String page = app.get("/scenarios/" + REGION).body();
        assertTrue(page.contains("id=\"region\""), page);
        assertTrue(page.contains("A region of 2 councils") && page.contains("Councils: "
                + EastMidlandsRegion.COUNCILS.get(0).id() + " (" + EastMidlandsRegion.COUNCILS.get(0).name() + "), "), page);
        assertFalse(page.contains("id=\"variant-form\""), "a region is not varied by the forms");
        assertFalse(page.contains("href=\"/matching/" + REGION + "\""), "no link to a per-council page");
        assertEquals(200, app.getBytes("/scenarios/" + REGION + "/download").statusCode());
    }

    @Test
    void perCouncilPagesRefuseTheRegionAndNeverOfferIt() throws Exception {
        for (String page : new String[] {"/matching/", "/budget/", "/recruitment/"}) {
            HttpResponse<String> response = app.get(page + REGION);
            // the budget page says what it lacks in place of its controls; the others refuse
            assertEquals(page.equals("/budget/") ? 200 : 400, response.statusCode(), page);
            assertTrue(response.body().contains("is a region"), response.body());
        }
        String board = app.get("/matching/" + ServeFixture.BASE_SCENARIO).body();
        assertTrue(board.contains("<option value=\"" + ServeFixture.BASE_SCENARIO + "\""), board);
        assertFalse(board.contains("<option value=\"" + REGION + "\""), "the council picker does not offer the region");
        HttpResponse<String> variant = app.post("/scenarios/" + REGION + "/variants", Map.of("variant_name", "pool-2"));
        assertEquals(400, variant.statusCode(), variant.body());
        assertFalse(Files.exists(app.workspace.resolve("scenarios").resolve("pool-2")));
    }

    @Test
    void aRegionRunsWholeOnTheRunsPage() throws Exception {
        assertTrue(app.get("/runs").body().contains("<option>" + REGION + "</option>"));
        ServeFixture.FinishedRun finished = app.runToEnd(Map.of("scenario", REGION, "quick", "on", "seed", "5"));
        assertTrue(finished.events().contains("\"state\":\"done\""), finished.events());
        Matcher run = Pattern.compile("/runs/([^/\"]+)/report.html").matcher(app.get(finished.job()).body());
        assertTrue(run.find());
        String report = app.get("/runs/" + run.group(1) + "/report.html").body();
        assertTrue(report.contains("Pooling places"), "the region's answer");
        assertTrue(report.contains("region-unplaced"), "every child left waiting, and why");
    }
}
