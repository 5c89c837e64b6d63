package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.cost.UnitCosts;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * A complete, validated scenario: the children, the placements and the policy of one authority at
 * one date. Built by {@link ScenarioLoader} from a scenario folder (and the folders it extends).
 *
 * @param directory  the scenario folder
 * @param chain      the folders read, base first, ending with {@code directory}
 * @param config     the merged {@code scenario.yaml} (over the extends chain) with where each key
 *                   was set; each capability binds its own section with {@link #settings(String)}
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
        ScenarioConfig config,
        List<Path> inputFiles) {

    public Scenario {
        config = config == null ? ScenarioConfig.empty() : config;
        chain = List.copyOf(chain);
        children = List.copyOf(children);
        placements = List.copyOf(placements);
        targets = List.copyOf(targets);
        series = Map.copyOf(series);
        inputFiles = List.copyOf(inputFiles);
    }

    /** A capability's section of scenario.yaml (e.g. {@code "plan"}), to bind to its settings record. */
    public ConfigSection settings(String key) {
        return config.section(key);
    }

    /** The same scenario with one key of a section set by a command-line option (see {@link ScenarioConfig#withOverride}). */
    public Scenario withSetting(String section, String key, JsonNode value, String option) {
        return new Scenario(name, description, asOfDate, directory, chain, children, placements, fees, weights, targets,
                series, config.withOverride(section, key, value, option), inputFiles);
    }

    /** The same scenario with other children (e.g. a simulation's month, or singles only). */
    public Scenario withChildren(List<Child> newChildren) {
        return new Scenario(name, description, asOfDate, directory, chain, newChildren, placements, fees, weights,
                targets, series, config, inputFiles);
    }

    /** The same scenario with other placements (e.g. after recruitment or a closure). */
    public Scenario withPlacements(List<Placement> newPlacements) {
        return new Scenario(name, description, asOfDate, directory, chain, children, newPlacements, fees, weights,
                targets, series, config, inputFiles);
    }

    public Optional<Child> child(String childId) {
        return children.stream().filter(c -> c.childId().equals(childId)).findFirst();
    }

    public Optional<Placement> placement(String placementId) {
        return placements.stream().filter(p -> p.placementId().equals(placementId)).findFirst();
    }

    /** The scenario's one price list (see {@link UnitCosts}); the loader has already checked its section. */
    public UnitCosts unitCosts() {
        ProblemCollector problems = new ProblemCollector();
        UnitCosts costs = UnitCosts.read(settings(UnitCosts.SECTION), placements, fees, asOfDate, problems);
        problems.throwIfErrors();
        return costs;
    }

    /** Cost calculator at the scenario's as-of date. */
    public WeeklyCost weeklyCost() {
        return new WeeklyCost(fees, asOfDate);
    }
}
