package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import uk.sufficiency.model.settings.YamlLines;
import uk.sufficiency.model.table.InputFiles;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * One {@code scenario.yaml} as read: its tree, with file and folder references made absolute, and
 * the line on which each key stands so that problems can name the line.
 */
final class YamlDocument {

    static final String FILE_NAME = "scenario.yaml";

    /** A scenario.yaml is a few kilobytes; 1 MiB leaves room and keeps a runaway scalar out. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Path file;
    private final ObjectNode tree;
    private final Map<String, Integer> lines;
    private final List<PathKey> paths;

    private YamlDocument(Path file, ObjectNode tree, Map<String, Integer> lines, List<PathKey> paths) {
        this.file = file;
        this.tree = tree;
        this.lines = lines;
        this.paths = List.copyOf(paths);
    }

    static YamlDocument read(Path directory) {
        Path file = directory.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            // a region (decision 0073) is read by RegionLoader: say so rather than "no scenario.yaml"
            throw InvalidInputException.of(Problem.error(file, 0, null, null,
                    Files.exists(directory.resolve("region.yaml")) ? "this folder is a region (region.yaml): run, match"
                            + " and validate take it; this command takes one council's scenario folder, a member of it"
                            : "no scenario.yaml: a scenario folder must hold one"));
        }
        String text = InputFiles.readText(file, MAX_BYTES);
        SafeYaml.check(file, text);
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw InvalidInputException.of(Problem.error(file, 1, null, null, "scenario.yaml is empty"));
            }
            if (!node.isObject()) {
                throw InvalidInputException.of(Problem.error(file, 1, null, null, "scenario.yaml must be a map of keys"));
            }
            ObjectNode tree = (ObjectNode) node;
            Map<String, Integer> lines = YamlLines.of(text);
            List<PathKey> paths = new ArrayList<>();
            resolvePaths(tree, "", file.getParent(), paths);
            return new YamlDocument(file, tree, lines, paths);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage();
            throw InvalidInputException.of(Problem.error(file, line, null, null, message.startsWith("Duplicate field")
                    ? "a key is given twice in the same map (" + message.replace("Duplicate field", "key")
                            + "); give each key once"
                    : "not valid YAML: " + message));
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "cannot read: " + e.getMessage()));
        }
    }

    /** A file or folder named by a key, resolved against the yaml's own folder. */
    record PathKey(String pointer, String written, Path resolved) {
    }

    /** The file and folder references this document makes, for the loader's confinement check. */
    List<PathKey> paths() {
        return paths;
    }

    Path file() {
        return file;
    }

    Path directory() {
        return file.getParent();
    }

    ObjectNode tree() {
        return tree;
    }

    /** The line of a key given as a JSON pointer ({@code /weights/cost_per_gbp}), or 0. */
    int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    boolean defines(String pointer) {
        return !tree.at(pointer).isMissingNode();
    }

    /**
     * Keys that name files or folders: everything under {@code files} and {@code add}, a series'
     * {@code file}, and any key ending in {@code _file} or {@code _dir}. They are written relative
     * to the yaml's own folder, so each is made absolute before trees are merged.
     */
    static boolean isPathKey(String parentPointer, String key) {
        return parentPointer.equals("/files") || parentPointer.equals("/add")
                || (parentPointer.startsWith("/series/") && key.equals("file"))
                || key.endsWith("_file") || key.endsWith("_dir")
                || (parentPointer.isEmpty() && key.equals("extends"));
    }

    private static void resolvePaths(JsonNode node, String pointer, Path base, List<PathKey> paths) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                String child = pointer + "/" + escape(key);
                if (value.isTextual() && isPathKey(pointer, key)) {
                    Path resolved = base.resolve(value.asText()).toAbsolutePath().normalize();
                    paths.add(new PathKey(child, value.asText(), resolved));
                    field.setValue(TextNode.valueOf(resolved.toString()));
                } else {
                    resolvePaths(value, child, base, paths);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                resolvePaths(node.get(i), pointer + "/" + i, base, paths);
            }
        }
    }

    /** A key as one step of a JSON pointer: '~' and '/' escaped, as the line index keeps them. */
    static String escape(String key) {
        return YamlLines.escape(key);
    }
}
