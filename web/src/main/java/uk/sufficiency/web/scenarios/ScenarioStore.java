package uk.sufficiency.web.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.web.Workspace;
import uk.sufficiency.web.security.BadRequest;

/**
 * The workspace's scenarios, each read with the same loader and rules as {@code sufficiency
 * validate}, and kept in memory until a file of the scenarios folder changes.
 */
public final class ScenarioStore {

    /**
     * One scenario as read: the scenario and its warnings, or the problems that make it invalid.
     *
     * @param fingerprint hash of the content of every folder of its chain (null when invalid)
     */
    public record Loaded(String name, Scenario scenario, List<Problem> warnings, List<Problem> errors,
            String fingerprint) {
        public boolean valid() {
            return scenario != null;
        }

        /** The scenario, or a plain refusal naming its first problems. */
        public Scenario require() {
            if (scenario == null) {
                throw new BadRequest("scenario '" + name + "' is not valid: " + String.join("; ",
                        errors.stream().limit(3).map(Problem::describe).toList()));
            }
            return scenario;
        }
    }

    private record Cached(String stamp, Loaded loaded) {
    }

    private final Workspace workspace;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ScenarioStore(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    public List<String> names() {
        return workspace.list(Workspace.SCENARIOS);
    }

    public List<Loaded> all() {
        List<Loaded> list = new ArrayList<>();
        for (String name : names()) {
            list.add(get(name));
        }
        return list;
    }

    /** The scenario named, read afresh if any scenario file changed since it was last read. */
    public Loaded get(String name) {
        Path dir = workspace.existing(Workspace.SCENARIOS, name);
        String stamp = Fingerprint.stamp(workspace.folder(Workspace.SCENARIOS));
        Cached cached = cache.get(name);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.loaded();
        }
        Loaded loaded = read(name, dir);
        cache.put(name, new Cached(stamp, loaded));
        return loaded;
    }

    /** Reads a folder (also a staged edit not yet in place) with the validate command's rules. */
    public static Loaded read(String name, Path dir) {
        try {
            ScenarioLoader.Result result = ScenarioLoader.read(dir);
            Scenario scenario = result.scenario();
            return new Loaded(name, scenario, result.warnings(), List.of(), Fingerprint.of(scenario.chain()));
        } catch (InvalidInputException e) {
            return new Loaded(name, null, e.problems().stream().filter(p -> !p.isError()).toList(),
                    e.problems().stream().filter(Problem::isError).toList(), null);
        }
    }
}
