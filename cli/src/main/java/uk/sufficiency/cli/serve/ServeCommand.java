package uk.sufficiency.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.sufficiency.cli.run.ScenarioLocator;
import uk.sufficiency.web.ServeOptions;
import uk.sufficiency.web.WebServer;
import uk.sufficiency.web.Workspace;
import uk.sufficiency.web.security.AccessToken;

/** Starts the local web app over a workspace of scenarios and runs (docs/web.md). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the web app: scenarios, the matching board, the high-needs budget, recruitment and runs,",
            "over a workspace folder (scenarios/, runs/, comparisons/). An empty workspace starts with the",
            "built-in scenario. Listens on 127.0.0.1 only, unless --host says otherwise; then every request",
            "needs the access token (generated and printed if not given)."
        },
        footer = {"", "Examples:",
            "  sufficiency serve                                (http://127.0.0.1:8080, workspace ./workspace)",
            "  sufficiency serve --workspace ~/sufficiency --port 9090",
            "  sufficiency serve --host 0.0.0.0 --token \"$(openssl rand -hex 32)\""})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = "workspace",
            description = "Folder of scenarios/, runs/ and comparisons/ (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token required when --host is not a loopback address (default: generated).")
    String token;

    @Option(names = "--seed", description = "Seed of every computation (default: each capability's rule).")
    Long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
        }
        long start = System.nanoTime();
        Workspace prepared = new Workspace(workspace);
        seedWorkspace(prepared.folder(Workspace.SCENARIOS));
        boolean loopback = ServeOptions.isLoopback(host);
        String access = loopback ? null : (token != null && !token.isBlank() ? token : AccessToken.generate());
        if (access != null && access.length() < 16) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--token must be at least 16 characters");
        }
        WebServer server = WebServer.start(new ServeOptions(prepared.root(), host, port, access, seed,
                new CliRunBackend(), 2, ServeOptions.DEFAULT_MAX_UPLOAD_BYTES));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        var out = spec.commandLine().getOut();
        out.printf("sufficiency serve: http://%s:%d/%s (workspace %s, started in %.1f s)%n", shown, server.port(),
                access == null ? "" : "?token=" + access, prepared.root(), (System.nanoTime() - start) / 1e9);
        if (access != null) {
            out.println("Listening beyond this machine: every request needs the token above.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-stop"));
        stopped.await();
        return 0;
    }

    /** An empty workspace starts with a copy of the built-in scenario, so the first page has something. */
    private static void seedWorkspace(Path scenarios) throws IOException {
        try (Stream<Path> entries = Files.list(scenarios)) {
            if (entries.findAny().isPresent()) {
                return;
            }
        }
        Path builtIn;
        try {
            builtIn = ScenarioLocator.resolve(null);
        } catch (RuntimeException e) {
            return;
        }
        Path target = scenarios.resolve(builtIn.getFileName().toString());
        try (Stream<Path> walk = Files.walk(builtIn)) {
            for (Path path : walk.toList()) {
                Path to = target.resolve(builtIn.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else if (Files.isRegularFile(path)) {
                    Files.copy(path, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
