package uk.sufficiency.web.matching;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.web.App;
import uk.sufficiency.web.Charts;
import uk.sufficiency.web.ScenarioPicker;
import uk.sufficiency.web.jobs.Job;
import uk.sufficiency.web.scenarios.ScenarioStore;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.Names;

/**
 * Page 2, the matching board: proposes matches in the background, shows the board when the solve
 * ends (the page polls), and lets the commissioner pin, forbid or mark a placement unavailable and
 * re-solve keeping the pins. Each scenario has one board shared by everyone working on it.
 */
public final class MatchingPages {

    private final App app;
    private final Map<String, BoardConstraints> boards = new ConcurrentHashMap<>();

    public MatchingPages(App app) {
        this.app = app;
    }

    public void register(Javalin javalin) {
        javalin.get("/matching", ctx -> ScenarioPicker.redirectToFirst(app, ctx, "/matching"));
        javalin.get("/matching/{name}", this::page);
        javalin.get("/matching/{name}/board", this::board);
        javalin.post("/matching/{name}/pin", ctx -> change(ctx, "pin"));
        javalin.post("/matching/{name}/forbid", ctx -> change(ctx, "forbid"));
        javalin.post("/matching/{name}/unavailable", ctx -> change(ctx, "unavailable"));
        javalin.post("/matching/{name}/clear", ctx -> change(ctx, "clear"));
    }

    private void page(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        Job job = solve(name);
        Map<String, Object> model = boardModel(name, job);
        model.put("scenarios", ScenarioPicker.options(app, name));
        app.templates().page(ctx, "matching", "Matching board: " + name, "matching", model);
    }

    private void board(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        app.templates().fragment(ctx, "board", boardModel(name, solve(name)));
    }

    private void change(Context ctx, String what) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        Scenario scenario = app.scenarios().get(name).require();
        boards.compute(name, (n, current) -> {
            BoardConstraints board = current == null ? BoardConstraints.NONE : current;
            return switch (what) {
                case "pin" -> board.pin(request(ctx), placement(ctx, scenario));
                case "forbid" -> board.forbid(request(ctx), placement(ctx, scenario));
                case "unavailable" -> board.markUnavailable(placement(ctx, scenario));
                default -> BoardConstraints.NONE;
            };
        });
        app.templates().fragment(ctx, "board", boardModel(name, solve(name)));
    }

    /** The solve for the scenario's current content and board: reused when done or under way. */
    private Job solve(String name) {
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        Scenario scenario = loaded.require();
        BoardConstraints board = boards.getOrDefault(name, BoardConstraints.NONE);
        long seed = app.seed();
        String key = "match|" + loaded.fingerprint() + "|" + seed + "|" + board.key();
        return app.jobs().submit("matching", "matching " + name, key, control -> {
            MatchingResult result = MatchingAdapter.solve(scenario, board, seed, control);
            return BoardView.of(scenario, result, board);
        });
    }

    private Map<String, Object> boardModel(String name, Job job) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("job", job.id());
        BoardConstraints board = boards.getOrDefault(name, BoardConstraints.NONE);
        model.put("pins", board.pins().entrySet().stream().map(e -> e.getKey() + " pinned to " + e.getValue()).toList());
        model.put("forbidden", board.forbidden().stream().map(f -> f.replace("|", " not at ")).toList());
        model.put("unavailable", board.unavailable());
        model.put("constrained", !board.isEmpty());
        switch (job.state()) {
            case DONE -> {
                BoardView view = job.result(BoardView.class);
                model.put("view", view);
                model.put("mapData", Charts.json(view.map()));
                model.put("towns", Towns.JSON);
            }
            case FAILED, CANCELLED -> model.put("error", job.error());
            default -> {
                model.put("solving", true);
                model.put("progress", job.lastProgress());
            }
        }
        return model;
    }

    private static String request(Context ctx) {
        String request = ctx.formParam("request");
        if (request == null || !request.matches("[A-Za-z0-9_:.-]{1,80}")) {
            throw new BadRequest("request must name a waiting child or sibling group");
        }
        return request;
    }

    private static String placement(Context ctx, Scenario scenario) {
        String placement = ctx.formParam("placement");
        if (placement == null || scenario.placement(placement).isEmpty()) {
            throw new BadRequest("placement must name a placement of this scenario");
        }
        return placement;
    }
}
