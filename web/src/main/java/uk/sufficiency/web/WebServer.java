package uk.sufficiency.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.web.budget.BudgetPages;
import uk.sufficiency.web.jobs.Jobs;
import uk.sufficiency.web.matching.MatchingPages;
import uk.sufficiency.web.recruitment.RecruitmentPages;
import uk.sufficiency.web.runs.RunsPages;
import uk.sufficiency.web.scenarios.ScenarioPages;
import uk.sufficiency.web.scenarios.ScenarioStore;
import uk.sufficiency.web.scenarios.VariantEditor;
import uk.sufficiency.web.security.AccessToken;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.CsrfGuard;
import uk.sufficiency.web.security.Forbidden;
import uk.sufficiency.web.security.HostCheck;
import uk.sufficiency.web.security.NotFound;

/**
 * The embedded web server of {@code sufficiency serve}: Javalin with server-side pages, the
 * scripts of webjars, and the guards every request passes (host, access token, form token), then
 * the pages of scenarios, the matching board, the high-needs budget, recruitment and runs.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";

    private final Javalin javalin;
    private final App app;

    private WebServer(Javalin javalin, App app) {
        this.javalin = javalin;
        this.app = app;
    }

    /** Builds and starts the server. */
    public static WebServer start(ServeOptions options) {
        Workspace workspace = new Workspace(options.workspace());
        App app = new App(workspace, new ScenarioStore(workspace), new VariantEditor(workspace),
                new Jobs(options.jobThreads()), new ResultCache(256), new Templates(), options.backend(),
                options.seed());
        AccessToken token = new AccessToken(options.accessToken());
        HostCheck hosts = new HostCheck(ServeOptions.isLoopback(options.host()));
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web/static";
                s.location = Location.CLASSPATH;
            });
            config.http.maxRequestSize = options.maxUploadBytes() + 65_536;
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + 65_536, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(options.maxUploadBytes(), 1 << 20),
                    SizeUnit.BYTES);
        });
        javalin.before(ctx -> {
            ctx.attribute("started", System.nanoTime());
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            hosts.check(ctx);
            token.check(ctx);
            CsrfGuard.check(ctx);
        });
        javalin.after(ctx -> {
            Long started = ctx.attribute("started");
            if (started != null) {
                ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
            }
        });
        errors(javalin, app);
        javalin.get("/", ctx -> ctx.redirect("/scenarios"));
        javalin.get("/favicon.ico", ctx -> ctx.status(204));
        javalin.get("/health", ctx -> ctx.result("ok"));
        new ScenarioPages(app).register(javalin);
        new MatchingPages(app).register(javalin);
        new BudgetPages(app).register(javalin);
        new RecruitmentPages(app).register(javalin);
        new RunsPages(app).register(javalin);
        javalin.start(options.host(), options.port());
        return new WebServer(javalin, app);
    }

    private static void errors(Javalin javalin, App app) {
        javalin.exception(AccessToken.Redirected.class, (e, ctx) -> { });
        javalin.exception(BadRequest.class, (e, ctx) -> error(app, ctx, 400, e.getMessage()));
        javalin.exception(Forbidden.class, (e, ctx) -> error(app, ctx, 403, e.getMessage()));
        javalin.exception(NotFound.class, (e, ctx) -> error(app, ctx, 404, e.getMessage()));
        javalin.exception(InvalidInputException.class, (e, ctx) -> error(app, ctx, 400,
                String.join("; ", e.problems().stream().map(Problem::describe).toList())));
        javalin.exception(Exception.class, (e, ctx) -> {
            LOG.debug("request {} failed", ctx.path(), e);
            error(app, ctx, 500, "the server could not answer: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        });
        javalin.error(404, ctx -> {
            if (ctx.result() == null) {
                error(app, ctx, 404, "no page at " + ctx.path());
            }
        });
        javalin.error(413, ctx -> error(app, ctx, 413, "the upload is larger than the limit"));
    }

    private static void error(App app, Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.header("HX-Request") != null || !accepts(ctx)) {
            ctx.contentType("text/plain; charset=utf-8").result(message);
            return;
        }
        app.templates().page(ctx, "", "Error " + status, "error", java.util.Map.of("status", status, "message", message));
        ctx.status(status);
    }

    private static boolean accepts(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    public int port() {
        return javalin.port();
    }

    public App app() {
        return app;
    }

    @Override
    public void close() {
        app.jobs().close();
        javalin.stop();
    }
}
