package uk.sufficiency.web.budget;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.web.App;
import uk.sufficiency.web.Forms;
import uk.sufficiency.web.ScenarioPicker;
import uk.sufficiency.web.jobs.Job;
import uk.sufficiency.web.scenarios.ScenarioStore;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.Names;
import uk.sufficiency.web.security.NotFound;

/**
 * Page 3, the high-needs budget: the EHCP projection's levers as controls; each change re-projects
 * quickly ({@link EhcpAdapter#QUICK_SIMULATIONS} simulations, cached by scenario content, seed and
 * levers) and redraws the figures; a full projection runs in the background on request.
 */
public final class BudgetPages {

    /** The joiner_trend values of the ehcp_projection section, as the trend control offers them. */
    private static final Map<String, String> TRENDS = new LinkedHashMap<>();

    static {
        TRENDS.put("auto", "auto (the panel's choice)");
        TRENDS.put("log_linear", "log-linear (constant growth)");
        TRENDS.put("log_damped", "log-linear, damped");
        TRENDS.put("linear", "linear");
        TRENDS.put("damped", "linear, damped");
        TRENDS.put("constant", "constant rate");
    }

    private final App app;

    public BudgetPages(App app) {
        this.app = app;
    }

    public void register(Javalin javalin) {
        javalin.get("/budget", ctx -> ScenarioPicker.redirectToFirst(app, ctx, "/budget"));
        javalin.get("/budget/{name}", this::page);
        javalin.get("/budget/{name}/results", this::results);
        javalin.post("/budget/{name}/full", this::full);
        javalin.get("/budget/{name}/full/{job}", this::fullResults);
    }

    private void page(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("scenarios", ScenarioPicker.options(app, name));
        try {
            EhcpAdapter adapter = adapter(name);
            EhcpLevers levers = levers(ctx, adapter);
            model.putAll(controls(adapter, levers));
            model.putAll(quick(name, adapter, levers));
            model.put("ready", true);
        } catch (BadRequest e) {
            model.put("missing", e.getMessage());
        }
        app.templates().page(ctx, "budget", "High-needs budget: " + name, "budget", model);
    }

    private void results(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        EhcpAdapter adapter = adapter(name);
        app.templates().fragment(ctx, "budget-results", quick(name, adapter, levers(ctx, adapter)));
    }

    private void full(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        EhcpAdapter adapter = adapter(name);
        EhcpLevers levers = levers(ctx, adapter);
        long seed = app.seed();
        Job job = app.jobs().submit("ehcp", "full EHCP projection " + name,
                "ehcp-full|" + loaded.fingerprint() + "|" + seed + "|" + levers.key(), control -> {
                    control.note("projecting " + EhcpAdapter.FULL_SIMULATIONS + " simulations");
                    EhcpProjectionResult result = adapter.project(levers, EhcpAdapter.FULL_SIMULATIONS,
                            app.seedOption(), control::note);
                    return EhcpView.of(result, levers, "full");
                });
        app.templates().fragment(ctx, "budget-results", jobModel(name, job));
    }

    private void fullResults(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        Job job = app.jobs().find(Names.check(ctx.pathParam("job"), "job"))
                .filter(j -> j.kind().equals("ehcp")).orElseThrow(() -> new NotFound("no such projection"));
        app.templates().fragment(ctx, "budget-results", jobModel(name, job));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> jobModel(String name, Job job) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        if (job.state() == Job.State.DONE) {
            model.putAll(job.result(Map.class));
        } else if (job.state().finished()) {
            model.put("error", job.error());
        } else {
            model.put("pending", job.id());
            model.put("progress", job.lastProgress());
        }
        return model;
    }

    private Map<String, Object> quick(String name, EhcpAdapter adapter, EhcpLevers levers) {
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        long seed = app.seed();
        Map<String, Object> model = new HashMap<>(app.cache().get("ehcp-quick|" + loaded.fingerprint() + "|" + seed + "|"
                + levers.key(), () -> EhcpView.of(adapter.project(levers, EhcpAdapter.QUICK_SIMULATIONS, app.seedOption(), null),
                levers, "quick")));
        model.put("name", name);
        return model;
    }

    private EhcpAdapter adapter(String name) {
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        return app.cache().get("ehcp-inputs|" + loaded.fingerprint(), () -> EhcpAdapter.prepare(loaded.require()));
    }

    private static EhcpLevers levers(Context ctx, EhcpAdapter adapter) {
        EhcpLevers defaults = adapter.defaults();
        String trend = Forms.param(ctx, "joiner_trend");
        if (trend != null && !TRENDS.containsKey(trend)) {
            throw new BadRequest("joiner_trend must be one of " + String.join(", ", TRENDS.keySet()));
        }
        Map<String, Double> factors = new TreeMap<>();
        for (String setting : adapter.settingCodes()) {
            factors.put(setting, Forms.number(ctx, "cost_" + setting, 1.0, 0.5, 2.0));
        }
        String caps = Forms.param(ctx, "caps");
        return new EhcpLevers(trend == null ? defaults.joinerTrend() : trend,
                Forms.number(ctx, "new_plans", 1.0, 0.5, 1.5),
                Forms.number(ctx, "savings", 1.0, 0.0, 1.5),
                caps == null ? (Forms.param(ctx, "submitted") == null) : caps.equals("on"),
                Forms.number(ctx, "uplift", defaults.costUpliftPerYear(), 0.0, 0.10), factors);
    }

    private static Map<String, Object> controls(EhcpAdapter adapter, EhcpLevers levers) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> trends = new ArrayList<>();
        TRENDS.forEach((value, label) -> trends.add(Map.of("value", value, "label", label,
                "selected", value.equals(levers.joinerTrend()))));
        model.put("trendOptions", trends);
        model.put("newPlans", levers.newPlansFactor());
        model.put("savings", levers.savingsStrength());
        model.put("capsOn", levers.capsOn());
        model.put("uplift", levers.costUpliftPerYear());
        List<Map<String, Object>> costs = new ArrayList<>();
        levers.costFactorBySetting().forEach((s, f) -> costs.add(Map.of("setting", s, "factor", f)));
        model.put("costControls", costs);
        return model;
    }
}
