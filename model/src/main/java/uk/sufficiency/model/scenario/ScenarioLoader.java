package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.settings.Origin;
import uk.sufficiency.model.settings.ScenarioConfig;
import org.slf4j.LoggerFactory;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads a scenario folder (and the folders it extends) into a validated {@link Scenario}. Every
 * problem in every file is collected in one pass; if any is an error, nothing is returned and an
 * {@link InvalidInputException} lists them all (warnings included).
 */
public final class ScenarioLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioLoader.class);

    /** The scenario and the warnings found while reading it. */
    public record Result(Scenario scenario, List<Problem> warnings) {
    }

    private ScenarioLoader() {
    }

    /** Reads and validates a scenario; throws {@link InvalidInputException} on any error. */
    public static Scenario load(Path directory) {
        return read(directory).scenario();
    }

    /** The same, with a data root (or null): a folder outside the scenario its files may also lie in. */
    public static Scenario load(Path directory, Path dataRoot) {
        return read(directory, dataRoot).scenario();
    }

    /** Reads and validates a scenario, keeping its warnings. */
    public static Result read(Path directory) {
        return read(directory, null);
    }

    /**
     * Reads and validates a scenario, keeping its warnings.
     *
     * @param dataRoot a folder the user named explicitly (a command's {@code --data-root}) in which the
     *                 scenario's files may also lie, as relative or absolute paths; null for none
     */
    public static Result read(Path directory, Path dataRoot) {
        ProblemCollector problems = new ProblemCollector();
        List<YamlDocument> chain = chain(directory.toAbsolutePath().normalize(), dataRoot);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (YamlDocument document : chain) {
            merge(merged, document.tree());
        }
        for (String key : List.of("extends", "add", "close")) {
            merged.remove(key);
        }
        ScenarioConfig config = config(merged, chain);
        ScenarioSettings settings = new ScenarioSettings(config, problems);
        List<Path> inputFiles = new ArrayList<>();
        chain.forEach(document -> inputFiles.add(document.file()));

        Tables tables = new Tables(problems, inputFiles);
        for (YamlDocument document : chain) {
            tables.apply(document);
        }
        tables.requirePresent(chain.get(chain.size() - 1));
        if (problems.hasErrors()) {
            throw new InvalidInputException(problems.problems());
        }
        Scenario scenario = new Scenario(settings.name(), settings.description(), settings.asOfDate(),
                chain.get(chain.size() - 1).directory(), chain.stream().map(YamlDocument::directory).toList(),
                tables.children.values().stream().map(Located::value).toList(),
                tables.placements.values().stream().map(Located::value).toList(),
                settings.fees(), settings.weights(), settings.targets(), settings.series(), config, inputFiles,
                tables.leftClosedHomes);
        ScenarioChecks.check(scenario, tables.children, tables.placements, problems);
        UnitCosts.read(scenario.settings(UnitCosts.SECTION), scenario.placements(), scenario.fees(), scenario.asOfDate(),
                problems);
        problems.throwIfErrors();
        LOG.info("scenario '{}': {} children, {} placements, {} warning(s)", scenario.name(),
                scenario.children().size(), scenario.placements().size(), problems.warnings().size());
        return new Result(scenario, problems.warnings());
    }

    /** The merged settings, each key located in the last document of the chain that sets it. */
    private static ScenarioConfig config(ObjectNode merged, List<YamlDocument> chain) {
        return new ScenarioConfig(merged, pointer -> {
            for (int i = chain.size() - 1; i >= 0; i--) {
                YamlDocument document = chain.get(i);
                if (document.defines(pointer)) {
                    return new Origin(document.file(), document.line(pointer));
                }
            }
            return new Origin(chain.get(chain.size() - 1).file(), 0);
        });
    }

    /** The scenario and its ancestors, base first; stops on a cycle or a missing folder. */
    private static List<YamlDocument> chain(Path directory, Path dataRoot) {
        List<YamlDocument> reversed = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        Path current = directory;
        while (current != null) {
            if (!seen.add(current)) {
                YamlDocument last = reversed.get(reversed.size() - 1);
                throw InvalidInputException.of(Problem.error(last.file(), last.line("/extends"), "extends",
                        current.toString(), "extends forms a cycle: " + seen));
            }
            if (!Files.isDirectory(current)) {
                if (reversed.isEmpty()) {
                    throw InvalidInputException.of(Problem.error(current, 0, null, null,
                            "scenario folder not found"));
                }
                YamlDocument last = reversed.get(reversed.size() - 1);
                throw InvalidInputException.of(Problem.error(last.file(), last.line("/extends"), "extends",
                        current.toString(), "extends names a folder that does not exist"));
            }
            YamlDocument document = YamlDocument.read(current);
            reversed.add(document);
            current = parentOf(document);
        }
        List<YamlDocument> chain = new ArrayList<>(reversed);
        java.util.Collections.reverse(chain);
        confine(chain, dataRoot);
        return chain;
    }

    /** The folder a document extends, or null; only one folder, written relative to the document's own. */
    private static Path parentOf(YamlDocument document) {
        JsonNode parent = document.tree().get("extends");
        if (parent == null || parent.isNull()) {
            return null;
        }
        if (!parent.isTextual()) {
            throw InvalidInputException.of(Problem.error(document.file(), document.line("/extends"), "extends", null,
                    "extends must name one scenario folder, as a path relative to this one (not a list or map)"));
        }
        String written = document.paths().stream().filter(p -> p.pointer().equals("/extends"))
                .map(YamlDocument.PathKey::written).findFirst().orElse(parent.asText());
        if (written.isBlank() || Path.of(written).isAbsolute()) {
            throw InvalidInputException.of(Problem.error(document.file(), document.line("/extends"), "extends", written,
                    "extends must be a path relative to this scenario's folder, e.g. ../baseline"));
        }
        return Path.of(parent.asText());
    }

    /**
     * Every file a scenario names must lie inside its own folder or a folder it extends, written as
     * a relative path, or inside the data root the user named, and may not lead out through a
     * symbolic link: a scenario can never make the engine read (and echo) a file elsewhere on the machine.
     */
    private static void confine(List<YamlDocument> chain, Path dataRoot) {
        List<Path> roots = chain.stream().map(d -> realPath(d.directory())).toList();
        Path data = dataRoot == null ? null : realPath(dataRoot);
        ProblemCollector problems = new ProblemCollector();
        for (YamlDocument document : chain) {
            for (YamlDocument.PathKey key : document.paths()) {
                if (key.pointer().equals("/extends")) {
                    continue;
                }
                String column = key.pointer().substring(1).replace('/', '.');
                Path real = realPath(key.resolved());
                boolean inData = data != null && real.startsWith(data);
                if (Path.of(key.written()).isAbsolute() && !inData) {
                    problems.error(document.file(), document.line(key.pointer()), column, key.written(),
                            "file paths must be relative to the scenario's folder"
                                    + (data == null ? " (or lie in a folder named with --data-root)"
                                            : " or lie in the --data-root folder " + data));
                } else if (!inData && roots.stream().noneMatch(real::startsWith)) {
                    problems.error(document.file(), document.line(key.pointer()), column, key.written(),
                            "names a file outside this scenario's folder and the folders it extends"
                                    + (data == null ? "; to read shared data from elsewhere, name its folder with"
                                            + " --data-root DIR" : " and outside the --data-root folder " + data));
                }
            }
        }
        problems.throwIfErrors();
    }

    /** The path with symbolic links resolved as far as it exists. */
    private static Path realPath(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(rest).normalize();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Maps merge key by key, the overriding tree winning; lists and scalars replace. */
    static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode overObject) {
                merge(existingObject, overObject);
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    /** The children and placements tables as each document of the chain replaces, adds and closes rows. */
    private static final class Tables {
        final Map<String, Located<Child>> children = new LinkedHashMap<>();
        final Map<String, Located<Placement>> placements = new LinkedHashMap<>();
        /** Children made to wait because a variant closed the placement they lived in, to that placement. */
        final Map<String, String> leftClosedHomes = new LinkedHashMap<>();
        private final ProblemCollector problems;
        private final List<Path> inputFiles;
        private boolean childrenSeen;
        private boolean placementsSeen;

        Tables(ProblemCollector problems, List<Path> inputFiles) {
            this.problems = problems;
            this.inputFiles = inputFiles;
        }

        void apply(YamlDocument document) {
            String childrenFile = document.tree().at("/files/children").asText(null);
            if (childrenFile != null) {
                children.clear();
                childrenSeen = true;
                addChildren(document, "/files/children", childrenFile);
            }
            String placementsFile = document.tree().at("/files/placements").asText(null);
            if (placementsFile != null) {
                placements.clear();
                placementsSeen = true;
                addPlacements(document, "/files/placements", placementsFile);
            }
            String moreChildren = document.tree().at("/add/children").asText(null);
            if (moreChildren != null) {
                addChildren(document, "/add/children", moreChildren);
            }
            String morePlacements = document.tree().at("/add/placements").asText(null);
            if (morePlacements != null) {
                addPlacements(document, "/add/placements", morePlacements);
            }
            close(document, "/close/children", children, "child");
            for (String closed : close(document, "/close/placements", placements, "placement")) {
                makeWait(closed);
            }
        }

        /**
         * A closed home's children need a new placement: they become waiting children (planned, as
         * the file says), and the home they left is recorded for the reports.
         */
        private void makeWait(String closedPlacementId) {
            for (Map.Entry<String, Located<Child>> entry : children.entrySet()) {
                Child child = entry.getValue().value();
                if (closedPlacementId.equals(child.currentPlacementId())) {
                    Child waiting = child.withPlacement(null, ChildStatus.WAITING);
                    entry.setValue(new Located<>(waiting, entry.getValue().file(), entry.getValue().line()));
                    leftClosedHomes.put(child.childId(), closedPlacementId);
                }
            }
        }

        void requirePresent(YamlDocument last) {
            if (!childrenSeen) {
                problems.error(last.file(), 0, "files.children", null,
                        "no children table: set files.children here or in the scenario this one extends");
            }
            if (!placementsSeen) {
                problems.error(last.file(), 0, "files.placements", null,
                        "no placements table: set files.placements here or in the scenario this one extends");
            }
        }

        private CsvTable table(YamlDocument document, String pointer, String file) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                problems.error(document.file(), document.line(pointer), pointer.substring(1).replace('/', '.'), file,
                        "file not found");
                return null;
            }
            inputFiles.add(path);
            try {
                return CsvTable.read(path);
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                return null;
            }
        }

        private void addChildren(YamlDocument document, String pointer, String file) {
            CsvTable table = table(document, pointer, file);
            if (table != null) {
                for (Located<Child> child : ChildRows.read(table, problems)) {
                    putUnique(children, child.value().childId(), child, "child_id");
                }
            }
        }

        private void addPlacements(YamlDocument document, String pointer, String file) {
            CsvTable table = table(document, pointer, file);
            if (table != null) {
                for (Located<Placement> placement : PlacementRows.read(table, problems)) {
                    putUnique(placements, placement.value().placementId(), placement, "placement_id");
                }
            }
        }

        private <T> void putUnique(Map<String, Located<T>> rows, String id, Located<T> row, String column) {
            Located<T> first = rows.putIfAbsent(id, row);
            if (first != null) {
                problems.error(row.file(), row.line(), column, id, "duplicate " + column + ": first used at "
                        + first.file().getFileName() + " line " + first.line());
            }
        }

        /** Removes the listed rows; returns the ids removed. */
        private <T> List<String> close(YamlDocument document, String pointer, Map<String, Located<T>> rows, String what) {
            List<String> closed = new ArrayList<>();
            JsonNode ids = document.tree().at(pointer);
            if (ids.isMissingNode() || ids.isNull()) {
                return closed;
            }
            if (!ids.isArray()) {
                problems.error(document.file(), document.line(pointer), pointer.substring(1).replace('/', '.'),
                        ids.asText(), "must be a list of " + what + " ids");
                return closed;
            }
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i).asText();
                if (rows.remove(id) == null) {
                    problems.error(document.file(), document.line(pointer + "/" + i), pointer.substring(1).replace('/', '.'),
                            id, "no " + what + " with this id to close");
                } else {
                    closed.add(id);
                }
            }
            return closed;
        }
    }
}
