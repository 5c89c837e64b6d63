package uk.sufficiency.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of {@code sufficiency serve}, with bad uploads, path tricks and forged requests. */
class ServeApiTest {

    @TempDir
    static Path temp;
    static ServeFixture app;
    static final String BASE = ServeFixture.BASE_SCENARIO;

    @BeforeAll
    static void start() throws Exception {
        app = new ServeFixture(temp.resolve("ws"), null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyPageAnswersWithItsServerTime() throws Exception {
        for (String page : new String[] {"/scenarios", "/scenarios/" + BASE, "/matching/" + BASE, "/budget/" + BASE,
            "/recruitment/" + BASE, "/runs", "/health"}) {
            HttpResponse<String> response = app.get(page);
            assertEquals(200, response.statusCode(), page + ": " + response.body());
            assertTrue(response.headers().firstValue("Server-Timing").isPresent(), page);
        }
        for (String asset : new String[] {"/static/app.js", "/static/app.css", "/webjars/htmx.org/2.0.4/dist/htmx.min.js",
            "/webjars/chart.js/4.4.7/dist/chart.umd.js", "/webjars/leaflet/1.9.4/dist/leaflet.js"}) {
            assertEquals(200, app.get(asset).statusCode(), asset);
        }
        assertEquals(302, app.get("/").statusCode());
        assertEquals(302, app.get("/matching").statusCode());
        String list = app.get("/scenarios").body();
        assertTrue(list.contains("2015-03-31") && list.contains("valid"), list);
        assertTrue(app.get("/scenarios").headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(404, app.get("/no-such-page").statusCode());
    }

    @Test
    void forgedStateChangingRequestsAreRefused() throws Exception {
        Map<String, String> form = Map.of("variant_name", "forged", "title", "x");
        // no form token at all
        assertEquals(403, app.postRaw("/scenarios/" + BASE + "/variants", form, Map.of()).statusCode());
        // a wrong token
        app.csrf();
        assertEquals(403, app.postRaw("/scenarios/" + BASE + "/variants",
                Map.of("variant_name", "forged", "_csrf", "0".repeat(64)), Map.of()).statusCode());
        // the right token sent from another site
        String token = app.csrf();
        assertEquals(403, app.postRaw("/scenarios/" + BASE + "/variants",
                Map.of("variant_name", "forged", "_csrf", token), Map.of("Origin", "http://evil.example")).statusCode());
        assertEquals(403, app.postRaw("/matching/" + BASE + "/clear", Map.of("_csrf", token),
                Map.of("Sec-Fetch-Site", "cross-site")).statusCode());
        // a fresh client without the cookie, replaying another browser's token
        HttpClient stranger = HttpClient.newHttpClient();
        HttpResponse<String> replay = stranger.send(HttpRequest.newBuilder(URI.create(app.base + "/runs"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scenario=" + BASE + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, replay.statusCode());
        assertFalse(Files.exists(app.workspace.resolve("scenarios/forged")));
    }

    @Test
    void anotherHostNameIsRefusedOnLoopback() throws Exception {
        // HttpClient will not set Host: speak HTTP on a socket, as a rebinding page's browser would
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.server.port())) {
            socket.getOutputStream().write(("GET /scenarios HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 403", status);
        }
    }

    @Test
    void pathTricksStayInsideTheWorkspace() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("run.json"), "{\"secret\": true}");
        Files.createSymbolicLink(app.workspace.resolve("runs/linked"), outside);
        Files.createSymbolicLink(app.workspace.resolve("scenarios/linked"), ServeFixture.builtIn());
        for (String path : new String[] {"/scenarios/..", "/scenarios/..%2F..%2Fetc", "/scenarios/%2Fetc%2Fpasswd",
            "/scenarios/.hidden", "/runs/linked/run.json", "/runs/..%2Foutside/run.json", "/scenarios/linked",
            "/scenarios/linked/download", "/runs/x/..%2F..%2Frun.json", "/runs/x/secret.txt",
            "/comparisons/..%2Fruns/compare.html", "/budget/..%2F..", "/matching/%2E%2E"}) {
            HttpResponse<String> response = app.get(path);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + " gave "
                    + response.statusCode());
            assertFalse(response.body().contains("secret"), path);
        }
        assertFalse(app.get("/scenarios").body().contains(">linked<"));
        assertEquals(400, app.post("/scenarios/" + BASE + "/variants", Map.of("variant_name", "../escape")).statusCode());
        assertEquals(400, app.post("/scenarios/" + BASE + "/variants", Map.of("variant_name", "/tmp/escape")).statusCode());
        assertFalse(Files.exists(temp.resolve("escape")));
    }

    @Test
    void aVariantIsCreatedChangedAndRefusedWithEveryProblem() throws Exception {
        HttpResponse<String> created = app.post("/scenarios/" + BASE + "/variants",
                Map.of("variant_name", "api-variant", "title", "API variant"));
        assertEquals(303, created.statusCode(), created.body());
        Path yaml = app.workspace.resolve("scenarios/api-variant/scenario.yaml");
        assertTrue(Files.readString(yaml).contains("extends: ../" + BASE));
        assertEquals(400, app.post("/scenarios/" + BASE + "/variants", Map.of("variant_name", "api-variant")).statusCode());

        HttpResponse<String> added = app.post("/scenarios/api-variant/edit", Map.of("action", "add_placement",
                "placement_id", "N001", "type", "in_house_foster", "skill_level", "4", "places", "2", "sex", "any",
                "lat", "52.63", "lon", "-1.13"));
        assertEquals(303, added.statusCode(), added.body());
        assertTrue(app.get(added.headers().firstValue("Location").orElseThrow()).body().contains("Saved: add placement"));

        String before = Files.readString(yaml);
        HttpResponse<String> refused = app.post("/scenarios/api-variant/edit", Map.of("action", "add_placement",
                "placement_id", "N002", "type", "in_house_foster", "skill_level", "9", "places", "1", "sex", "any"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("added-placements.csv") && refused.body().contains("skill_level"),
                refused.body());
        assertTrue(refused.body().matches("(?s).*<td>3</td>.*"), "the line of the bad row: " + refused.body());
        assertEquals(before, Files.readString(yaml));
        assertFalse(Files.readString(yaml.resolveSibling("added-placements.csv")).contains("N002"));

        assertEquals(303, app.post("/scenarios/api-variant/edit", Map.of("action", "fee", "level", "3",
                "weekly_gbp", "175")).statusCode());
        assertEquals(303, app.post("/scenarios/api-variant/edit", Map.of("action", "weight", "key", "distance_per_km",
                "value", "3")).statusCode());
        assertEquals(303, app.post("/scenarios/api-variant/edit", Map.of("action", "recruit",
                "recruit", "L3=+10/yr")).statusCode());
        assertEquals(303, app.post("/scenarios/api-variant/edit", Map.of("action", "target", "series", "ehcp",
                "by", "2021-01-31", "value", "5000", "direction", "at_most")).statusCode());
        assertEquals(303, app.post("/scenarios/api-variant/edit", Map.of("action", "close_placement",
                "placement_id", "N001")).statusCode());
        assertEquals(422, app.post("/scenarios/api-variant/edit", Map.of("action", "weight", "key", "distance_per_km",
                "value", "-4,5")).statusCode());
        assertEquals(400, app.post("/scenarios/api-variant/edit", Map.of("action", "drop_tables")).statusCode());
        assertEquals(400, app.post("/scenarios/" + BASE + "/edit", Map.of("action", "fee", "level", "3",
                "weekly_gbp", "1")).statusCode());
        assertTrue(app.get("/scenarios").body().contains("api-variant"));
    }

    @Test
    void uploadsAreCheckedLikeValidateAndLimitedInSize() throws Exception {
        app.post("/scenarios/" + BASE + "/variants", Map.of("variant_name", "upload-variant"));
        String header = "placement_id,type,skill_level,places,min_age,max_age,sex,specialisms,lat,lon,weekly_cost,"
                + "supplier,contract,linked_child_id,carer_age\n";
        HttpResponse<String> bad = app.upload("/scenarios/upload-variant/upload", Map.of("kind", "placements",
                "mode", "add"), "new.csv", (header + "U1,in_house_foster,3,1,,,any,,52.6,-1.1,,,,,\n"
                + "U2,castle,3,1,,,any,,52.6,-1.1,,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("uploaded-placements.csv") && bad.body().contains("type"), bad.body());
        assertFalse(Files.exists(app.workspace.resolve("scenarios/upload-variant/uploaded-placements.csv")));

        HttpResponse<String> notUtf8 = app.upload("/scenarios/upload-variant/upload", Map.of("kind", "placements",
                "mode", "add"), "new.csv", new byte[] {'p', 'l', (byte) 0xff, (byte) 0xfe, '\n'});
        assertEquals(422, notUtf8.statusCode());

        HttpResponse<String> good = app.upload("/scenarios/upload-variant/upload", Map.of("kind", "placements",
                "mode", "add"), "new.csv", (header + "U1,in_house_foster,3,1,,,any,,52.6,-1.1,,,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(303, good.statusCode(), good.body());

        assertEquals(400, app.upload("/scenarios/upload-variant/upload", Map.of("kind", "placements", "mode", "add"),
                "new.exe", "x".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, app.upload("/scenarios/upload-variant/upload", Map.of("kind", "secrets", "mode", "add"),
                "new.csv", "x".getBytes(StandardCharsets.UTF_8)).statusCode());
        byte[] huge = new byte[300 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        int status;
        try {
            status = app.upload("/scenarios/upload-variant/upload", Map.of("kind", "placements", "mode", "add"),
                    "big.csv", huge).statusCode();
        } catch (java.io.IOException connectionClosed) {
            status = 413;
        }
        assertTrue(status == 413 || status == 400 || status == 500, "oversized upload gave " + status);
        assertEquals(1, Files.readAllLines(app.workspace.resolve("scenarios/upload-variant/uploaded-placements.csv")).size() - 1);
    }

    @Test
    void aScenarioDownloadsAsAZipOfItsChain() throws Exception {
        app.post("/scenarios/" + BASE + "/variants", Map.of("variant_name", "zip-variant"));
        HttpResponse<byte[]> zip = app.getBytes("/scenarios/zip-variant/download");
        assertEquals(200, zip.statusCode());
        Set<String> entries = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.contains("zip-variant/scenario.yaml") && entries.contains(BASE + "/children.csv"), entries.toString());
    }

    @Test
    void theBoardSolvesPinsForbidsAndReSolvesKeepingPins() throws Exception {
        String board = app.poll("/matching/" + BASE + "/board", "id=\"solving\"", Duration.ofSeconds(120));
        assertTrue(board.contains("waiting children placed"), board);
        Matcher card = Pattern.compile("name=\"request\" value=\"([^\"]+)\"><input type=\"hidden\" name=\"placement\" "
                + "value=\"([^\"]+)\"><button class=\"small pin-alt\"").matcher(board);
        assertTrue(card.find(), "an alternative to pin");
        String request = card.group(1);
        String alternative = card.group(2);
        HttpResponse<String> pinned = app.post("/matching/" + BASE + "/pin", Map.of("request", request,
                "placement", alternative));
        assertEquals(200, pinned.statusCode());
        String after = app.poll("/matching/" + BASE + "/board", "id=\"solving\"", Duration.ofSeconds(60));
        assertTrue(after.contains(request + " pinned to " + alternative), after);
        Matcher proposal = Pattern.compile("data-request=\"" + Pattern.quote(request) + "\">.*?class=\"placement\">([^<]+)<",
                Pattern.DOTALL).matcher(after);
        assertTrue(proposal.find());
        assertEquals(alternative, proposal.group(1), "the re-solve keeps the pin");
        assertEquals(200, app.post("/matching/" + BASE + "/forbid", Map.of("request", request, "placement", alternative)).statusCode());
        String forbidden = app.poll("/matching/" + BASE + "/board", "id=\"solving\"", Duration.ofSeconds(60));
        Matcher moved = Pattern.compile("data-request=\"" + Pattern.quote(request) + "\">.*?class=\"placement\">([^<]+)<",
                Pattern.DOTALL).matcher(forbidden);
        assertTrue(!moved.find() || !moved.group(1).equals(alternative), "a forbidden match is not proposed");
        assertEquals(200, app.post("/matching/" + BASE + "/unavailable", Map.of("placement", alternative)).statusCode());
        assertTrue(app.poll("/matching/" + BASE + "/board", "id=\"solving\"", Duration.ofSeconds(60))
                .contains(alternative + " unavailable"));
        assertEquals(400, app.post("/matching/" + BASE + "/pin", Map.of("request", request, "placement", "NOPE")).statusCode());
        assertEquals(400, app.post("/matching/" + BASE + "/pin", Map.of("request", "<script>", "placement", alternative)).statusCode());
        assertEquals(200, app.post("/matching/" + BASE + "/clear", Map.of()).statusCode());
    }

    @Test
    void theBudgetRedrawsWhenALeverMoves() throws Exception {
        String base = app.get("/budget/" + BASE + "/results?submitted=1&caps=on").body();
        String lower = app.get("/budget/" + BASE + "/results?submitted=1&caps=on&joiner_trend=constant").body();
        assertNotEquals(figure(base, "deficit-end"), figure(lower, "deficit-end"));
        assertEquals(400, app.get("/budget/" + BASE + "/results?new_plans=9").statusCode());
        assertEquals(400, app.get("/budget/" + BASE + "/results?new_plans=1e3").statusCode());
        assertEquals(400, app.get("/budget/" + BASE + "/results?joiner_trend=magic").statusCode());
        String pending = app.postRaw("/budget/" + BASE + "/full", Map.of("_csrf", app.csrf(), "submitted", "1",
                "caps", "on"), Map.of("Origin", app.base)).body();
        assertTrue(pending.contains("budget-pending") || pending.contains("deficit-end"), pending);
    }

    @Test
    void recruitmentRedrawsAndGoalSeekFillsTheControls() throws Exception {
        String none = app.get("/recruitment/" + BASE + "/results").body();
        String more = app.get("/recruitment/" + BASE + "/results?r_1_2=15&r_2_2=15&r_1_3=10").body();
        assertNotEquals(figure(none, "gap-last"), figure(more, "gap-last"));
        assertEquals(400, app.get("/recruitment/" + BASE + "/results?r_1_1=-3").statusCode());
        assertEquals(400, app.get("/recruitment/" + BASE + "/results?r_1_1=abc").statusCode());
        String seek = app.get("/recruitment/" + BASE + "/goalseek?metric=in_house_share&value=0.6&year=2018").body();
        assertTrue(seek.contains("id=\"goal-message\""), seek);
        assertTrue(Pattern.compile("name=\"r_\\d_\\d\" id=\"r_\\d_\\d\" value=\"[1-9]").matcher(seek).find(),
                "goal-seek fills some controls");
        assertEquals(400, app.get("/recruitment/" + BASE + "/goalseek?metric=happiness&value=1&year=2018").statusCode());
    }

    @Test
    void aRunStreamsProgressAndIsServedWithItsFiles() throws Exception {
        ServeFixture.FinishedRun finished = app.runToEnd(Map.of("scenario", BASE, "quick", "on", "seed", "11"));
        String job = finished.job();
        String stream = finished.events();
        assertTrue(stream.contains("event: progress") && stream.contains("event: end"), job + ": " + stream);
        assertTrue(stream.contains("\"state\":\"done\""), stream);
        String page = app.get(job).body();
        Matcher run = Pattern.compile("/runs/([^/\"]+)/report.html").matcher(page);
        assertTrue(run.find(), page);
        HttpResponse<String> report = app.get("/runs/" + run.group(1) + "/report.html");
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"));
        assertEquals(200, app.getBytes("/runs/" + run.group(1) + "/results.xlsx").statusCode());
        assertTrue(app.get("/runs/" + run.group(1) + "/run.json").body().contains("\"seed\" : 11")
                || app.get("/runs/" + run.group(1) + "/run.json").body().contains("\"seed\":11"));
        assertTrue(app.get("/runs").body().contains(run.group(1)));
        assertEquals(400, app.post("/comparisons", Map.of("a", run.group(1), "b", run.group(1))).statusCode());
        assertEquals(404, app.post("/comparisons", Map.of("a", run.group(1), "b", "missing")).statusCode());
    }

    @Test
    void aCancelledRunWritesNothing() throws Exception {
        long before;
        try (var runs = Files.list(app.workspace.resolve("runs"))) {
            before = runs.count();
        }
        HttpResponse<String> started = app.post("/runs", Map.of("scenario", BASE, "seed", "99"));
        String job = started.headers().firstValue("Location").orElseThrow();
        assertEquals(303, app.post(job + "/cancel", Map.of()).statusCode());
        String page = app.get(job).body();
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!page.contains("cancelled") && System.nanoTime() < end) {
            Thread.sleep(300);
            page = app.get(job).body();
        }
        assertTrue(page.contains("cancelled"), page);
        try (var runs = Files.list(app.workspace.resolve("runs"))) {
            assertTrue(runs.filter(p -> !p.getFileName().toString().startsWith(".")).count() <= before);
        }
    }

    @Test
    void theAccessTokenGuardsAServerBeyondLoopback() throws Exception {
        String token = "t0ken-of-at-least-sixteen";
        try (ServeFixture guarded = new ServeFixture(temp.resolve("guarded"), token)) {
            assertEquals(403, guarded.get("/scenarios").statusCode());
            assertEquals(403, guarded.get("/scenarios?token=wrong").statusCode());
            HttpResponse<String> withBearer = guarded.client.send(HttpRequest.newBuilder(URI.create(guarded.base
                    + "/scenarios")).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withBearer.statusCode());
            HttpResponse<String> first = guarded.get("/scenarios?token=" + token);
            assertEquals(302, first.statusCode());
            assertEquals(200, guarded.get("/scenarios").statusCode(), "the cookie carries the token afterwards");
        }
    }

    private static String figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]+)<").matcher(html);
        assertTrue(m.find(), id + " in " + html);
        return m.group(1);
    }
}
