package uk.sufficiency.web.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.web.Workspace;
import uk.sufficiency.web.security.BadRequest;

/**
 * The workspace's scenarios, each read with the same loader and rules as {@code sufficiency
 * validate}, and kept in memory until a file of the scenarios folder changes. A folder holding
 * region.yaml is a region (decision 0073): read whole with its members, it can be run and
 * downloaded; the matching board, budget and recruitment pages take one council at a time.
 */
public final class ScenarioStore {

    /**
     * One scenario as read: the scenario and its warnings, or the problems that make it invalid.
     *
     * @param scenario    the scenario; for a region, its pooled problem (every council's children
     *                    and placements, region ids)
     * @param fingerprint hash of the content of every folder of its chain (null when invalid)
     * @param region      whether the folder is a region (holds region.yaml)
     * @param members     a valid region's councils ("derby (Derby)"), else empty
     */
    public record Loaded(String name, Scenario scenario, List<Problem> warnings, List<Problem> errors,
            String fingerprint, boolean region, List<String> members) {

        public Loaded {
            members = List.copyOf(members);
        }

        public boolean valid() {
            return scenario != null;
        }

        /** A valid council's scenario, or a plain refusal (its first problems, or that it is a region). */
        public Scenario require() {
            Scenario valid = requireValid();
            if (region()) {
                throw new BadRequest("'" + name + "' is a region (" + String.join(", ", members) + "): this page"
                        + " takes one council's scenario; run the region on the Runs page");
            }
            return valid;
        }

        /** The scenario or region, if valid (what the Runs page runs), or a plain refusal naming its first problems. */
        public Scenario requireValid() {
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
            if (RegionLoader.isRegion(dir)) {
                RegionLoader.Result result = RegionLoader.read(dir);
                Region region = result.region();
                return new Loaded(name, region.pooled(), result.warnings(), List.of(), Fingerprint.of(List.of(dir)), true,
                        region.members().stream().map(m -> m.id() + (m.name().equals(m.id()) ? "" : " (" + m.name() + ")"))
                                .toList());
            }
            ScenarioLoader.Result result = ScenarioLoader.read(dir);
            Scenario scenario = result.scenario();
            return new Loaded(name, scenario, result.warnings(), List.of(), Fingerprint.of(scenario.chain()), false,
                    List.of());
        } catch (InvalidInputException e) {
            return new Loaded(name, null, e.problems().stream().filter(p -> !p.isError()).toList(),
                    e.problems().stream().filter(Problem::isError).toList(), null, RegionLoader.isRegion(dir), List.of());
        }
    }
}
