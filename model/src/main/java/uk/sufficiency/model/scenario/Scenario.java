package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.Placement;

/**
 * A complete, validated scenario: the children, the placements and the policy of one authority at
 * one date. Built by {@link ScenarioLoader} from a scenario folder (and the folders it extends).
 *
 * @param directory  the scenario folder
 * @param chain      the folders read, base first, ending with {@code directory}
 * @param config     the merged {@code scenario.yaml} tree (over the extends chain), with every
 *                   file and folder reference already made absolute; capability sections such as
 *                   {@code lac_projection} are read from it with {@link #section(String)}
 * @param inputFiles every file read, for checksums in run records
 */
public record Scenario(
        String name,
        String description,
        LocalDate asOfDate,
        Path directory,
        List<Path> chain,
        List<Child> children,
        List<Placement> placements,
        FeeTable fees,
        MatchingWeights weights,
        List<Target> targets,
        Map<String, SeriesRef> series,
        JsonNode config,
        List<Path> inputFiles) {

    public Scenario {
        chain = List.copyOf(chain);
        children = List.copyOf(children);
        placements = List.copyOf(placements);
        targets = List.copyOf(targets);
        series = Map.copyOf(series);
        inputFiles = List.copyOf(inputFiles);
    }

    /** A capability's section of scenario.yaml (e.g. {@code "plan"}), or a missing node. */
    public JsonNode section(String key) {
        JsonNode node = config == null ? null : config.get(key);
        return node == null ? MissingNode.getInstance() : node;
    }

    public Optional<Child> child(String childId) {
        return children.stream().filter(c -> c.childId().equals(childId)).findFirst();
    }

    public Optional<Placement> placement(String placementId) {
        return placements.stream().filter(p -> p.placementId().equals(placementId)).findFirst();
    }

    /** Cost calculator at the scenario's as-of date. */
    public WeeklyCost weeklyCost() {
        return new WeeklyCost(fees, asOfDate);
    }
}
