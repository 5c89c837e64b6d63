package uk.sufficiency.cli.serve;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.sufficiency.web.ServeOptions;
import uk.sufficiency.web.WebServer;

/**
 * A running {@code sufficiency serve} for tests: a fresh workspace holding a copy of the built-in
 * scenario, the real run pipeline behind it, and a client that keeps its cookies like a browser.
 */
final class ServeFixture implements AutoCloseable {

    static final String BASE_SCENARIO = "leicestershire-2015";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([0-9a-f]{64})\"");

    final Path workspace;
    final WebServer server;
    final HttpClient client;
    final String base;

    ServeFixture(Path workspace, String token) throws IOException {
        this.workspace = workspace;
        copyBuiltIn(workspace.resolve("scenarios").resolve(BASE_SCENARIO));
        this.server = WebServer.start(new ServeOptions(workspace, "127.0.0.1", 0, token, null, new CliRunBackend(), 2,
                256 * 1024));
        this.base = "http://127.0.0.1:" + server.port();
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static Path builtIn() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("scenarios").resolve(BASE_SCENARIO);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("scenarios/" + BASE_SCENARIO + " not found above " + Path.of("").toAbsolutePath());
    }

    static void copyBuiltIn(Path target) throws IOException {
        Path source = builtIn();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The form token the pages carry (sets the browser's cookie on first call). */
    String csrf() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/scenarios").body());
        if (!m.find()) {
            throw new IllegalStateException("no csrf token in the page");
        }
        return m.group(1);
    }

    /** A same-origin form post with the page's token. */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> fields = new java.util.LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf());
        return postRaw(path, fields, Map.of("Origin", base));
    }

    /** A run started from the Runs page: its job's address and its progress events, read to the end. */
    record FinishedRun(String job, String events) {
    }

    /** Starts a run with the Runs page's form (303 to its job) and follows its events until it ends. */
    FinishedRun runToEnd(Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> started = post("/runs", form);
        if (started.statusCode() != 303) {
            throw new IllegalStateException("the run was not started: " + started.statusCode() + " " + started.body());
        }
        String job = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<java.io.InputStream> events = client.send(HttpRequest.newBuilder(URI.create(base + job + "/events"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        return new FinishedRun(job, new String(events.body().readAllBytes(), StandardCharsets.UTF_8));
    }

    HttpResponse<String> postRaw(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one CSV file with the page's token. */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----sufficiency" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        for (var e : all.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls a fragment until it no longer says it is working (a solve or projection in the background). */
    String poll(String path, String workingMarker, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String body = get(path).body();
        while (body.contains(workingMarker) && System.nanoTime() < end) {
            Thread.sleep(200);
            body = get(path).body();
        }
        return body;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
