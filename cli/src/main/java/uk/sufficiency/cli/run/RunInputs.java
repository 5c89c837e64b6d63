package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Every file a run reads, for its checksums: the scenario's own files (each scenario.yaml of the
 * chain, children, placements), each series' CSV, and every file a capability's section names
 * (keys ending {@code _file}, and the files in folders named by keys ending {@code _dir}), which the
 * loader has already resolved and confined to the scenario's folders.
 */
final class RunInputs {

    private RunInputs() {
    }

    static List<Path> files(Scenario scenario) {
        Set<Path> files = new LinkedHashSet<>(scenario.inputFiles());
        scenario.series().values().forEach(series -> files.add(series.file()));
        named(scenario.config().tree(), scenario.directory(), files);
        return files.stream().filter(Files::isRegularFile).toList();
    }

    private static void named(JsonNode node, Path directory, Set<Path> files) {
        if (node.isArray()) {
            node.forEach(child -> named(child, directory, files));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isTextual() && field.getKey().endsWith("_file")) {
                files.add(resolve(directory, value.asText()));
            } else if (value.isTextual() && field.getKey().endsWith("_dir")) {
                folder(resolve(directory, value.asText()), files);
            } else if (value.isContainerNode()) {
                named(value, directory, files);
            }
        }
    }

    private static Path resolve(Path directory, String path) {
        Path file = Path.of(path);
        return file.isAbsolute() || directory == null ? file.normalize() : directory.resolve(file).normalize();
    }

    private static void folder(Path dir, Set<Path> files) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> listed = Files.walk(dir, 2)) {
            listed.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
