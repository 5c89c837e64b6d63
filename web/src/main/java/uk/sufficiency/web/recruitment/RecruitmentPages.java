package uk.sufficiency.web.recruitment;

import uk.sufficiency.model.child.SkillLevel;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.goalseek.RecruitmentGoalSeek;
import uk.sufficiency.web.App;
import uk.sufficiency.web.Forms;
import uk.sufficiency.web.ScenarioPicker;
import uk.sufficiency.web.scenarios.ScenarioStore;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.Names;

/**
 * Page 4, recruitment: extra households per skill level per plan year as controls; each change
 * evaluates the plan against the same demand simulations (cached by scenario content, seed and
 * controls) and redraws the gap, in-house share, cost against budget and payback; goal-seek finds
 * the least recruitment from none that meets a target and fills the controls with it.
 */
public final class RecruitmentPages {

    static final double MAX_PER_CELL = 200;

    private final App app;

    public RecruitmentPages(App app) {
        this.app = app;
    }

    public void register(Javalin javalin) {
        javalin.get("/recruitment", ctx -> ScenarioPicker.redirectToFirst(app, ctx, "/recruitment"));
        javalin.get("/recruitment/{name}", this::page);
        javalin.get("/recruitment/{name}/results", this::results);
        javalin.get("/recruitment/{name}/goalseek", this::goalSeek);
    }

    private void page(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        PlannerAdapter adapter = adapter(name);
        Map<String, Object> model = evaluate(name, adapter, adapter.scenarioRecruitment());
        model.put("scenarios", ScenarioPicker.options(app, name));
        model.put("goalYears", years(adapter.settings()));
        app.templates().page(ctx, "recruitment", "Recruitment: " + name, "recruitment", model);
    }

    private void results(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        PlannerAdapter adapter = adapter(name);
        app.templates().fragment(ctx, "recruitment-results", evaluate(name, adapter, grid(ctx, adapter.settings())));
    }

    private void goalSeek(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        PlannerAdapter adapter = adapter(name);
        String metric = Forms.param(ctx, "metric");
        if (metric == null || !List.of("in_house_share", "external_spend", "gap").contains(metric)) {
            throw new BadRequest("metric must be in_house_share, external_spend or gap");
        }
        String op = "in_house_share".equals(metric) ? ">=" : "<=";
        double value = Forms.number(ctx, "value", Double.NaN, 0, 1e10);
        int year = (int) Forms.number(ctx, "year", Double.NaN, 1900, 2200);
        String goal = metric + op + String.format(Locale.ROOT, "%s", value) + "@" + year;
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        RecruitmentGoalSeek.Result seek;
        try {
            seek = app.cache().get("goal|" + loaded.fingerprint() + "|" + app.seed() + "|" + goal, () -> adapter.goalSeek(goal));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        Map<String, Object> model = evaluate(name, adapter, seek.extra());
        model.put("goalMessage", (seek.met() ? "Goal met: " : "Goal not met within the recruitment cap: ")
                + seek.explanation());
        model.put("goalYears", years(adapter.settings()));
        app.templates().fragment(ctx, "recruitment-form", model);
    }

    private Map<String, Object> evaluate(String name, PlannerAdapter adapter, double[][] extra) {
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        String key = "plan|" + loaded.fingerprint() + "|" + app.seed() + "|" + java.util.Arrays.deepToString(extra);
        Map<String, Object> model = new HashMap<>(app.cache().get(key, () -> {
            PlanResult result = adapter.evaluate(extra);
            return RecruitmentView.of(result);
        }));
        model.put("name", name);
        return model;
    }

    private PlannerAdapter adapter(String name) {
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        return app.cache().get("planner|" + loaded.fingerprint() + "|" + app.seed(),
                () -> PlannerAdapter.prepare(loaded.require(), app.seedOption()));
    }

    private static double[][] grid(Context ctx, PlanSettings settings) {
        double[][] extra = new double[settings.years() + 1][SkillLevel.SLOTS];
        for (int t = 1; t <= settings.years(); t++) {
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                extra[t][level] = Math.rint(Forms.number(ctx, "r_" + t + "_" + level, 0, 0, MAX_PER_CELL));
            }
        }
        return extra;
    }

    private static List<Integer> years(PlanSettings settings) {
        return java.util.stream.IntStream.rangeClosed(1, settings.years()).map(settings::yearLabel).boxed().toList();
    }
}
