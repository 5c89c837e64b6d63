package uk.sufficiency.sweep;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.settings.Origin;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.settings.YamlLines;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;
import uk.sufficiency.sweep.task.ScenarioEdit;
import uk.sufficiency.sweep.task.Setting;
import uk.sufficiency.sweep.task.SweepRun;
import uk.sufficiency.sweep.task.SweepSteps;

/**
 * Reads SPEC.yaml strictly, through the same binding as every scenario section: an unknown key, a
 * wrong type or a broken rule is an error naming the file and line, all reported in one pass (exit
 * status 2, before Spark starts). The edits' own values are checked later by the capabilities
 * themselves, on a real council, still before any work.
 */
public final class SpecReader {

    public static final long DEFAULT_SEED = 20150331L;
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final long MAX_BYTES = 1024 * 1024;

    /** The spec as the driver uses it. */
    public record Spec(SweepRun run, int simulations, int blockSize, List<String> councils, int maxCouncils,
            List<ScenarioEdit> scenarios) {
    }

    private SpecReader() {
    }

    public static Spec read(Path file) {
        String text;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw InvalidInputException.of(Problem.error(file, 0, null, null, "the spec must be a YAML file of at most 1 MiB"));
            }
            text = Files.readString(file);
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "cannot read the spec: " + e.getMessage()));
        }
        JsonNode tree;
        Map<String, Integer> lines;
        try {
            tree = YAML.readTree(text);
            lines = YamlLines.of(text);
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "not valid YAML: " + e.getMessage()));
        }
        if (!(tree instanceof ObjectNode root)) {
            throw InvalidInputException.of(Problem.error(file, 1, null, null, "the spec must be a YAML map of settings"));
        }
        ScenarioConfig config = new ScenarioConfig(root, p -> new Origin(file, lines.getOrDefault(p, 0)));
        ProblemCollector problems = new ProblemCollector();
        ConfigSection section = config.root();
        SweepSpec spec = section.bind(SweepSpec.class, problems);
        problems.throwIfErrors();
        Spec checked = check(spec, section, problems);
        problems.throwIfErrors();
        return checked;
    }

    private static Spec check(SweepSpec spec, ConfigSection section, ProblemCollector problems) {
        long seed = spec.seed() == null ? DEFAULT_SEED : spec.seed();
        section.checkRange(problems, "/seed", seed, 0, (double) ((1L << 53) - 1), "a seed");
        int years = spec.years() == null ? 5 : spec.years();
        section.checkRange(problems, "/years", years, 1, 30, "a number of years");
        int simulations = spec.simulations() == null ? 100 : spec.simulations();
        section.checkRange(problems, "/simulations", simulations, 1, 100_000, "simulations per council and scenario");
        int blockSize = spec.blockSize() == null ? Math.min(100, simulations) : spec.blockSize();
        section.checkRange(problems, "/block_size", blockSize, 1, simulations, "simulations per task, at most simulations");
        List<String> capabilities = spec.capabilities() == null ? List.of("lac", "plan") : spec.capabilities();
        for (int i = 0; i < capabilities.size(); i++) {
            if (SweepSteps.byId(capabilities.get(i)).isEmpty()) {
                section.error(problems, "/capabilities/" + i, capabilities.get(i), "a capability the sweep runs: one of "
                        + SweepSteps.ids());
            }
        }
        if (capabilities.contains("plan") && !capabilities.contains("lac")) {
            section.error(problems, "/capabilities", capabilities.toString(),
                    "the plan takes its demand from the LAC projection: list lac too");
        }
        int maxCouncils = spec.maxCouncils() == null ? Integer.MAX_VALUE : spec.maxCouncils();
        section.checkRange(problems, "/max_councils", maxCouncils, 1, Integer.MAX_VALUE, "a number of councils");
        List<String> councils = councils(spec.councils(), section, problems);
        List<Setting> common = settings(spec.settings(), "/settings", section, problems);
        List<ScenarioEdit> scenarios = scenarios(spec.scenarios(), section, problems);
        return new Spec(new SweepRun(seed, years, capabilities, common), simulations, blockSize, councils, maxCouncils,
                scenarios);
    }

    /** Empty list = every council. */
    private static List<String> councils(JsonNode node, ConfigSection section, ProblemCollector problems) {
        if (node == null || node.isNull() || node.isTextual() && node.asText().equals("all")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        }
        if (!node.isArray() || names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            section.error(problems, "/councils", node.toString(), "'all' or a list of council codes or names");
        }
        return names;
    }

    private static List<ScenarioEdit> scenarios(List<SweepSpec.ScenarioSpec> given, ConfigSection section,
            ProblemCollector problems) {
        if (given == null || given.isEmpty()) {
            return List.of(new ScenarioEdit("baseline", List.of()));
        }
        List<ScenarioEdit> edits = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            SweepSpec.ScenarioSpec s = given.get(i);
            String at = "/scenarios/" + i;
            if (s == null || s.name() == null || !s.name().matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,59}")) {
                section.error(problems, at + "/name", s == null ? null : s.name(),
                        "a scenario needs a name of 1-60 letters, digits, '_', '.', '+' or '-'");
                continue;
            }
            if (!names.add(s.name())) {
                section.error(problems, at + "/name", s.name(), "scenario names must be unique");
            }
            edits.add(new ScenarioEdit(s.name(), settings(s.settings(), at + "/settings", section, problems)));
        }
        return edits;
    }

    private static List<Setting> settings(Map<String, JsonNode> given, String at, ConfigSection section,
            ProblemCollector problems) {
        List<Setting> settings = new ArrayList<>();
        if (given == null) {
            return settings;
        }
        given.forEach((key, value) -> {
            int dot = key.indexOf('.');
            String pointer = at + "/" + YamlLines.escape(key);
            if (dot <= 0 || dot == key.length() - 1) {
                section.error(problems, pointer, key, "a setting is section.key (plan.recruit, unit_costs.weekly_gbp.ifa_foster)");
                return;
            }
            Origin origin = section.origin(pointer);
            String where = (origin.file() == null ? "spec" : origin.file().getFileName() + " line " + origin.line())
                    + " (" + key + ")";
            settings.add(Setting.of(key.substring(0, dot), key.substring(dot + 1), value, where));
        });
        return settings;
    }
}
