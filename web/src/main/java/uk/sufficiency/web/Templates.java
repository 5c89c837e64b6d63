package uk.sufficiency.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.web.security.CsrfGuard;

/**
 * Server-side pages: logic-less Mustache templates from {@code web/templates} on the classpath,
 * HTML-escaped by default. A page is its body template rendered inside {@code layout.mustache},
 * which carries the navigation, the form token and the scripts.
 */
public final class Templates {

    private static final List<String[]> NAV = List.of(
            new String[] {"scenarios", "/scenarios", "Scenarios"},
            new String[] {"matching", "/matching", "Matching board"},
            new String[] {"budget", "/budget", "High-needs budget"},
            new String[] {"recruitment", "/recruitment", "Recruitment"},
            new String[] {"runs", "/runs", "Runs"});

    private final MustacheFactory factory = new DefaultMustacheFactory("web/templates");
    private final Map<String, Mustache> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    /** Renders one template with the model (a map of values, lists and maps). */
    public String render(String template, Map<String, ?> model) {
        Mustache mustache = compiled.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
        StringWriter out = new StringWriter();
        mustache.execute(out, model);
        return out.toString();
    }

    /** Sends a whole page: the body template inside the layout, with the browser's form token. */
    public void page(Context ctx, String section, String title, String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        String csrf = CsrfGuard.token(ctx);
        full.put("csrf", csrf);
        String body = render(template, full);
        Map<String, Object> layout = new HashMap<>();
        layout.put("title", title);
        layout.put("csrf", csrf);
        layout.put("body", body);
        layout.put("nav", NAV.stream().map(n -> Map.of("id", n[0], "href", n[1], "label", n[2],
                "current", n[0].equals(section))).toList());
        ctx.html(render("layout", layout));
    }

    /** Sends a fragment (an htmx swap): the template alone, with the form token. */
    public void fragment(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("csrf", CsrfGuard.token(ctx));
        ctx.html(render(template, full));
    }
}
