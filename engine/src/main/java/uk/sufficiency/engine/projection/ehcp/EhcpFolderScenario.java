package uk.sufficiency.engine.projection.ehcp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Origin;
import uk.sufficiency.model.settings.ScenarioConfig;

/**
 * A folder of EHCP inputs that is not a scenario (witan.send's layout), as an in-memory scenario
 * whose only section is {@code ehcp_projection}: so it goes through the same binding and checks as
 * a scenario's section. It has no as-of date; the projection then starts from the last census.
 */
public final class EhcpFolderScenario {

    /** witan.send's file names: section key, file. */
    private static final List<String[]> WITAN_FILES = List.of(new String[] {"transitions_file", "transitions.csv"},
            new String[] {"population_file", "population.csv"}, new String[] {"costs_file", "costs.csv"},
            new String[] {"valid_states_file", "valid-states.csv"});

    private EhcpFolderScenario() {
    }

    /** witan.send's four files in {@code folder}. */
    public static Scenario witan(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        ObjectNode section = JsonNodeFactory.instance.objectNode();
        for (String[] file : WITAN_FILES) {
            section.put(file[0], dir.resolve(file[1]).toString());
        }
        return of(dir, section);
    }

    /** A section given in memory; relative {@code _file} keys are taken from {@code folder}. */
    public static Scenario of(Path folder, ObjectNode section) {
        Path dir = folder.toAbsolutePath().normalize();
        ObjectNode copy = section.deepCopy();
        copy.fieldNames().forEachRemaining(key -> {
            if (key.endsWith("_file") && copy.get(key).isTextual()) {
                copy.put(key, dir.resolve(copy.get(key).asText()).normalize().toString());
            }
        });
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.set(EhcpSettings.SECTION, copy);
        Origin origin = new Origin(dir, 0);
        return new Scenario(dir.getFileName().toString(), "EHCP inputs", null, dir, List.of(dir), List.of(), List.of(),
                null, null, List.of(), Map.of(), new ScenarioConfig(tree, pointer -> origin), List.of());
    }
}
