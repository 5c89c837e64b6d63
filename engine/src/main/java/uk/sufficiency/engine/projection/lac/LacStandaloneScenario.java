package uk.sufficiency.engine.projection.lac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.scenario.MatchingWeights;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * An in-memory scenario around a looked-after history that is not a scenario folder (a folder of
 * SSDA903 returns, a folder holding {@code lac-aggregates.csv}, or that file itself), so that
 * {@code project-lac} runs it through the same capability as a scenario. Its {@code lac_projection}
 * section names the history (plus any settings file given), its as-of date is the history's last
 * snapshot, and it has no children or placements (categories are priced from the documented
 * defaults of the price list).
 */
public final class LacStandaloneScenario {

    private static final YAMLMapper YAML = new YAMLMapper();

    private LacStandaloneScenario() {
    }

    /** Whether {@code input} holds a looked-after history rather than a scenario. */
    public static boolean isHistory(Path input) {
        return Files.isRegularFile(input) || Ssda903Reader.looksLikeReturns(input)
                || Files.isRegularFile(input.resolve(LacAggregatesReader.FILE_NAME));
    }

    /**
     * @param input        SSDA903 folder, aggregates folder or aggregates file
     * @param settingsFile a YAML file holding lac_projection settings (relative paths against its folder), or null
     */
    public static Scenario of(Path input, Path settingsFile) {
        return of(input, settingsFile, UnaryOperator.identity());
    }

    /**
     * The same, with a command's option overrides applied before the settings are checked, so that
     * one pass reports every problem of the settings, the options and the history together.
     */
    public static Scenario of(Path input, Path settingsFile, UnaryOperator<Scenario> overrides) {
        ObjectNode settings = settingsFile == null ? JsonNodeFactory.instance.objectNode() : readSettings(settingsFile);
        Path absolute = input.toAbsolutePath().normalize();
        settings.remove(List.of("ssda903_dir", "aggregates_file"));
        if (Ssda903Reader.looksLikeReturns(absolute)) {
            settings.put("ssda903_dir", absolute.toString());
        } else if (Files.isRegularFile(absolute)) {
            settings.put("aggregates_file", absolute.toString());
        } else if (Files.isRegularFile(absolute.resolve(LacAggregatesReader.FILE_NAME))) {
            settings.put("aggregates_file", absolute.resolve(LacAggregatesReader.FILE_NAME).toString());
        } else {
            throw InvalidInputException.of(Problem.error(input, 0, null, null, "no looked-after history found: DIR must"
                    + " hold SSDA903 returns (<year>-episodes.csv and <year>-header.csv), " + LacAggregatesReader.FILE_NAME
                    + ", or a scenario.yaml with a " + LacSettingsReader.SECTION + " section"));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set(LacSettingsReader.SECTION, settings);
        ScenarioConfig config = ScenarioConfig.ofFile(root, settingsFile != null ? settingsFile : input);
        Scenario draft = overrides.apply(scenario(input, absolute, config, null));
        ProblemCollector problems = new ProblemCollector();
        LacSettingsReader.Read read = LacSettingsReader.read(draft.settings(LacSettingsReader.SECTION), problems);
        LacHistorySource.Loaded loaded = read == null ? null
                : LacHistorySource.load(read.config(), draft.settings(LacSettingsReader.SECTION), problems);
        problems.throwIfErrors();
        return overrides.apply(scenario(input, absolute, config, loaded.history().lastSnapshot()));
    }

    private static Scenario scenario(Path input, Path absolute, ScenarioConfig config, java.time.LocalDate asOf) {
        Path folder = Files.isRegularFile(absolute) ? absolute.getParent() : absolute;
        return new Scenario(input.getFileName().toString(), "looked-after history " + input, asOf, folder, List.of(folder),
                List.of(), List.of(), FeeTable.defaults(), MatchingWeights.defaults(), List.of(), Map.of(), config,
                new ArrayList<>(List.of(absolute)));
    }

    private static ObjectNode readSettings(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "the settings file does not exist"));
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "could not read YAML: " + e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!(tree instanceof ObjectNode object)) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "the settings must be a YAML mapping"));
        }
        JsonNode section = object.has(LacSettingsReader.SECTION) ? object.get(LacSettingsReader.SECTION) : object;
        ObjectNode copy = section instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        resolvePaths(copy, file.toAbsolutePath().getParent());
        return copy;
    }

    /** Keys ending _file or _dir hold paths relative to the settings file's folder. */
    private static void resolvePaths(ObjectNode node, Path base) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode value = node.get(key);
            if ((key.endsWith("_file") || key.endsWith("_dir")) && value.isTextual()) {
                Path p = Path.of(value.asText());
                node.put(key, (p.isAbsolute() ? p : base.resolve(p)).normalize().toString());
            } else if (value instanceof ObjectNode child) {
                resolvePaths(child, base);
            }
        }
    }
}
