package uk.sufficiency.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on 127.0.0.1 only: simulated users each walk the pages (scenarios, board,
 * recruitment with a control change, budget with a lever change, runs) for a fixed time, with a
 * bounded number of requests. No request may fail; the 95th percentile page time must stay under 1 s.
 * Short by default (CI); {@code -Dserve.load.seconds=60} for the long version.
 */
class ServeLoadTest {

    static final int USERS = Integer.getInteger("serve.load.users", 20);
    static final int SECONDS = Integer.getInteger("serve.load.seconds", 10);
    static final int MAX_REQUESTS_PER_USER = 5_000;

    @TempDir
    Path temp;

    @Test
    void twentyUsersGetEveryPageFastAndWithoutErrors() throws Exception {
        try (ServeFixture app = new ServeFixture(temp.resolve("ws"), null)) {
            String name = ServeFixture.BASE_SCENARIO;
            // warm: the first solve and the first projections are cached before the users arrive
            app.poll("/matching/" + name + "/board", "id=\"solving\"", Duration.ofSeconds(120));
            app.get("/budget/" + name);
            app.get("/recruitment/" + name);
            List<String> pages = List.of("/scenarios", "/scenarios/" + name, "/matching/" + name,
                    "/matching/" + name + "/board", "/recruitment/" + name, "/budget/" + name, "/runs");
            List<Long> times = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int user = u;
                users.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    for (int i = 0; i < MAX_REQUESTS_PER_USER && System.nanoTime() < end; i++) {
                        String path = pages.get((user + i) % pages.size());
                        if (path.startsWith("/recruitment") && i % 2 == 0) {
                            path = "/recruitment/" + name + "/results?r_1_3=" + ((user + i) % 6);
                        } else if (path.startsWith("/budget") && i % 2 == 0) {
                            path = "/budget/" + name + "/results?submitted=1&caps=on&new_plans=" + (i % 4 == 0 ? "1.1" : "1.0");
                        }
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                    URI.create(app.base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            times.add(System.nanoTime() - start);
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                errorSamples.add(path + " " + response.statusCode());
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            errorSamples.add(path + " " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : users) {
                user.get();
            }
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e6;
            double p50 = sorted.get(sorted.size() / 2) / 1e6;
            String line = String.format(Locale.ROOT, "load: %d users, %d s, %d requests, %d errors, p50 %.0f ms, p95 %.0f ms%n",
                    USERS, SECONDS, sorted.size(), errors.get(), p50, p95);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/serve-load.txt"), line);
            System.out.print(line);
            assertEquals(0, errors.get(), "errors: " + errorSamples.stream().limit(5).toList());
            assertTrue(p95 < 1000, line);
        }
    }
}
