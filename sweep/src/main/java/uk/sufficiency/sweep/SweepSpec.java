package uk.sufficiency.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * SPEC.yaml as bound (snake_case keys; docs/methods/sweep.md section 1 lists each with its default).
 *
 * @param seed         one seed for the whole sweep (default 20150331, the engine's)
 * @param years        years projected and planned after 31 March 2019 (default 5)
 * @param simulations  simulations per council and scenario (default 100)
 * @param blockSize    simulations per task (default 100, at most simulations): the unit Spark distributes
 * @param capabilities steps run in each task (default {@code [lac, plan]})
 * @param councils     {@code all} (default) or a list of ONS codes or names
 * @param maxCouncils  at most this many councils, in the DfE file's order (default: no limit)
 * @param settings     {@code section.key: value} applied to every council and scenario
 * @param scenarios    the grid: each a name and its {@code section.key: value} edits
 */
public record SweepSpec(Long seed, Integer years, Integer simulations, Integer blockSize, List<String> capabilities,
        JsonNode councils, Integer maxCouncils, Map<String, JsonNode> settings, List<ScenarioSpec> scenarios) {

    /** One scenario of the grid. */
    public record ScenarioSpec(String name, Map<String, JsonNode> settings) {
    }
}
