package uk.sufficiency.model.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The merged {@code scenario.yaml} of a scenario (over its {@code extends} chain), with every file
 * reference already made absolute, and for each key the file and line that last set it. Each
 * capability reads its own section from here with {@link #section(String)} and binds it with
 * {@link ConfigSection#bind}; nothing else reads scenario settings.
 */
public final class ScenarioConfig {

    private static final ScenarioConfig EMPTY = new ScenarioConfig(JsonNodeFactory.instance.objectNode(), p -> Origin.NONE);

    private final ObjectNode tree;
    private final Function<String, Origin> locator;

    /**
     * @param tree    the merged tree
     * @param locator the origin of a key given as a JSON pointer ({@code /plan/supply/lead_time_months})
     */
    public ScenarioConfig(ObjectNode tree, Function<String, Origin> locator) {
        this.tree = tree.deepCopy();
        this.locator = locator;
    }

    /** No settings at all: every section is absent and binds to its defaults. */
    public static ScenarioConfig empty() {
        return EMPTY;
    }

    /** Settings from one standalone file (e.g. a command's {@code --config}); origins name the file only. */
    public static ScenarioConfig ofFile(ObjectNode tree, Path file) {
        Origin origin = new Origin(file, 0);
        return new ScenarioConfig(tree, p -> origin);
    }

    /**
     * The same settings with one key of a section set by a command-line option ({@code --years 5}
     * sets {@code plan.years}; a dotted key such as {@code supply.recruit_cap_per_year}
     * sets a key of a sub-map); the key's origin is then the option. This is how a command's options
     * reach a capability: through the very binding its scenario section goes through.
     */
    public ScenarioConfig withOverride(String section, String key, JsonNode value, String option) {
        ObjectNode copy = tree.deepCopy();
        JsonNode existing = copy.get(section);
        ObjectNode parent = existing instanceof ObjectNode object ? object : copy.putObject(section);
        // a dotted key reaches into a sub-map ("supply.recruit_cap_per_year"), keeping its other keys
        String[] path = key.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        parent.set(path[path.length - 1], value);
        String overridden = "/" + section + "/" + String.join("/", path);
        Origin origin = Origin.option(option);
        return new ScenarioConfig(copy, p -> p.equals(overridden) || p.startsWith(overridden + "/") ? origin : locator.apply(p));
    }

    /** A copy of the merged tree. */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    public boolean has(String section) {
        return tree.has(section);
    }

    /** A top-level section ({@code plan}, {@code lac_projection}); absent sections bind to their defaults. */
    public ConfigSection section(String name) {
        JsonNode node = tree.get(name);
        return new ConfigSection(name, node == null ? MissingNode.getInstance() : node.deepCopy(), this);
    }

    /** The whole file as one section: its top-level keys, for the scenario's own settings. */
    public ConfigSection root() {
        return new ConfigSection("", tree.deepCopy(), this);
    }

    /** The file and line that set the key at {@code pointer}, or the nearest enclosing key's. */
    public Origin origin(String pointer) {
        String p = pointer;
        while (true) {
            Origin origin = locator.apply(p);
            if (origin != null && (origin.line() > 0 || origin.option() != null || p.isEmpty())) {
                return origin;
            }
            if (p.isEmpty()) {
                return Origin.NONE;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
