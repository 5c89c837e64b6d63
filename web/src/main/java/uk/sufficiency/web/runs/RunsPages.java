package uk.sufficiency.web.runs;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import uk.sufficiency.web.App;
import uk.sufficiency.web.Forms;
import uk.sufficiency.web.Workspace;
import uk.sufficiency.web.jobs.Job;
import uk.sufficiency.web.scenarios.ScenarioStore;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.Names;
import uk.sufficiency.web.security.NotFound;

/**
 * Page 5, runs: starts the full {@code run} on a scenario in the background with live progress
 * (server-sent events), cancels it, opens its report, downloads its workbook and run.json, lists
 * the history, and compares two runs with the same code as {@code compare}.
 */
public final class RunsPages {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** A generated report runs its own inline script: it gets its own origin, away from the app. */
    static final String REPORT_CSP = "sandbox allow-scripts allow-popups allow-downloads; default-src 'none'; "
            + "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";
    private static final Map<String, String> FILES = Map.of("report.html", "text/html; charset=utf-8",
            "results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "run.json", "application/json", "compare.html", "text/html; charset=utf-8",
            "comparison.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final App app;
    private final AtomicLong sequence = new AtomicLong();

    public RunsPages(App app) {
        this.app = app;
    }

    public void register(Javalin javalin) {
        javalin.get("/runs", this::page);
        javalin.post("/runs", this::start);
        javalin.get("/runs/jobs/{job}", this::jobPage);
        javalin.sse("/runs/jobs/{job}/events", this::events);
        javalin.post("/runs/jobs/{job}/cancel", this::cancel);
        javalin.get("/runs/{run}/{file}", ctx -> file(ctx, Workspace.RUNS, "run"));
        javalin.post("/comparisons", this::compare);
        javalin.get("/comparisons/{run}/{file}", ctx -> file(ctx, Workspace.COMPARISONS, "comparison"));
    }

    private void page(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("scenarios", app.scenarios().all().stream().filter(ScenarioStore.Loaded::valid)
                .map(ScenarioStore.Loaded::name).toList());
        model.put("runs", RunHistory.runs(app.workspace()));
        model.put("comparisons", RunHistory.comparisons(app.workspace()));
        model.put("jobs", app.jobs().ofKind("run").stream().filter(j -> !j.state().finished())
                .map(j -> Map.of("id", j.id(), "label", j.label(), "state", j.state().word())).toList());
        app.templates().page(ctx, "runs", "Runs", "runs", model);
    }

    private void start(Context ctx) {
        String name = Names.check(Forms.param(ctx, "scenario"), "scenario name");
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        loaded.requireValid(); // a region too: run writes its pooling report
        Path scenarioDir = app.workspace().existing(Workspace.SCENARIOS, name);
        boolean quick = "on".equals(Forms.param(ctx, "quick"));
        String seedText = Forms.param(ctx, "seed");
        Long seed = seedText == null || seedText.isBlank() ? app.seedOption()
                : (long) Forms.number(ctx, "seed", 0, 0, Long.MAX_VALUE / 2);
        String runName = name + "-" + LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet();
        Path out = app.workspace().resolve(Workspace.RUNS, runName.length() > 80 ? runName.substring(runName.length() - 80) : runName);
        String key = "run|" + loaded.fingerprint() + "|" + seed + "|" + quick;
        Job job = app.jobs().submit("run", "run " + name + (quick ? " (quick)" : ""), key, control -> {
            RunBackend.Outcome outcome = app.backend().run(scenarioDir, out, seed, quick, control::note,
                    control::cancelled);
            control.checkCancelled();
            if (!Files.isRegularFile(out.resolve("run.json"))) {
                throw new IllegalStateException(outcome.output().isBlank() ? "the run wrote nothing" : outcome.output());
            }
            return out.getFileName().toString();
        });
        ctx.redirect("/runs/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    private Job job(Context ctx) {
        return app.jobs().find(Names.check(ctx.pathParam("job"), "job"))
                .filter(j -> j.kind().equals("run") || j.kind().equals("compare"))
                .orElseThrow(() -> new NotFound("no such run in progress (jobs are kept while the server runs)"));
    }

    private void jobPage(Context ctx) {
        Job job = job(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("id", job.id());
        model.put("label", job.label());
        model.put("state", job.state().word());
        model.put("progress", job.progress());
        model.put("finished", job.state().finished());
        if (job.state() == Job.State.DONE) {
            model.put("result", job.result());
            model.put("isRun", job.kind().equals("run"));
        }
        model.put("error", job.error());
        app.templates().page(ctx, "runs", job.label(), "run-job", model);
    }

    private void events(SseClient client) {
        Job job;
        try {
            job = job(client.ctx());
        } catch (RuntimeException e) {
            client.sendEvent("end", "{\"state\":\"unknown\"}");
            client.close();
            return;
        }
        int[] sent = {0};
        Consumer<Job> listener = j -> send(client, j, sent);
        client.onClose(() -> job.unlisten(listener));
        client.keepAlive();
        job.listen(listener);
        send(client, job, sent);
    }

    private static synchronized void send(SseClient client, Job job, int[] sent) {
        if (client.terminated()) {
            return;
        }
        List<String> lines = job.progress();
        for (int i = sent[0]; i < lines.size(); i++) {
            client.sendEvent("progress", lines.get(i));
        }
        sent[0] = lines.size();
        if (job.state().finished()) {
            String link = job.state() == Job.State.DONE ? String.valueOf(job.result()) : "";
            client.sendEvent("end", uk.sufficiency.web.Charts.json(Map.of("state", job.state().word(),
                    "kind", job.kind(), "result", link, "error", job.error() == null ? "" : job.error())));
            client.close();
        }
    }

    private void cancel(Context ctx) {
        Job job = job(ctx);
        job.cancel();
        ctx.redirect("/runs/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    private void compare(Context ctx) {
        String a = Names.check(Forms.param(ctx, "a"), "run A");
        String b = Names.check(Forms.param(ctx, "b"), "run B");
        if (a.equals(b)) {
            throw new BadRequest("choose two different runs to compare");
        }
        Path runA = app.workspace().existing(Workspace.RUNS, a);
        Path runB = app.workspace().existing(Workspace.RUNS, b);
        String name = "compare-" + LocalDateTime.now().format(STAMP) + "-" + sequence.incrementAndGet();
        Path out = app.workspace().resolve(Workspace.COMPARISONS, name);
        Job job = app.jobs().submit("compare", "compare " + a + " with " + b, null, control -> {
            control.note("comparing " + a + " (A) with " + b + " (B)");
            RunBackend.Outcome outcome = app.backend().compare(runA, runB, out);
            if (!outcome.ok()) {
                throw new IllegalStateException(outcome.output());
            }
            control.note("comparison written");
            return name;
        });
        ctx.redirect("/runs/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    private void file(Context ctx, String kind, String what) throws IOException {
        Path folder = app.workspace().existing(kind, ctx.pathParam("run"));
        String file = ctx.pathParam("file");
        String type = FILES.get(file);
        if (type == null) {
            throw new NotFound("a " + what + " offers only " + String.join(", ", FILES.keySet()));
        }
        Path path = app.workspace().fileIn(folder, file);
        if (type.startsWith("text/html")) {
            ctx.header("Content-Security-Policy", REPORT_CSP);
        } else {
            ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("run") + "-" + file + "\"");
        }
        ctx.contentType(type);
        try (InputStream in = Files.newInputStream(path)) {
            ctx.result(in.readAllBytes());
        }
    }
}
