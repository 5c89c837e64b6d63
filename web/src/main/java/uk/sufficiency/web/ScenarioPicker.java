package uk.sufficiency.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import uk.sufficiency.web.scenarios.ScenarioStore;

/** The scenario chooser at the top of the matching, budget and recruitment pages. */
public final class ScenarioPicker {

    private ScenarioPicker() {
    }

    /** Valid councils' scenarios as options (a region is run whole, on the Runs page), the current one selected. */
    public static List<Map<String, Object>> options(App app, String current) {
        return app.scenarios().all().stream().filter(l -> l.valid() && !l.region())
                .map(l -> Map.<String, Object>of("name", l.name(), "selected", l.name().equals(current))).toList();
    }

    /** Sends the browser to the first valid scenario's page under {@code base}, or to the scenario list. */
    public static void redirectToFirst(App app, Context ctx, String base) {
        List<Map<String, Object>> options = options(app, "");
        ctx.redirect(options.isEmpty() ? "/scenarios" : base + "/" + options.get(0).get("name"));
    }
}
