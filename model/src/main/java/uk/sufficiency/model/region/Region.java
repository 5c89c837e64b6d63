package uk.sufficiency.model.region;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.ScenarioConfig;

/**
 * A validated region (built by {@link RegionLoader} from a folder's region.yaml): member councils,
 * each with its own scenario, and the pooling rules between them. Its matching problems are
 * ordinary {@link Scenario}s whose ids carry the member's prefix ({@code derby/C0001}), so ids stay
 * unique across councils and every id says which council it belongs to (decision 0073).
 *
 * @param file       the region.yaml read
 * @param config     region.yaml as read, with where each key was set (its {@code matching} section
 *                   sets the solver for the pooled and the alone problems alike)
 * @param inputFiles region.yaml and every member's files, for the run record's checksums
 */
public record Region(String name, String description, Path directory, Path file, LocalDate asOfDate,
        List<RegionMember> members, PoolingRules pooling, ScenarioConfig config, List<Path> inputFiles) {

    public Region {
        members = List.copyOf(members);
        inputFiles = List.copyOf(inputFiles);
    }

    public Optional<RegionMember> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Every council's children and placements in one problem (region ids), matched under the pooling rules. */
    public Scenario pooled() {
        List<Child> children = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        Map<String, String> leftClosed = new LinkedHashMap<>();
        for (RegionMember member : members) {
            Scenario own = member.scenario();
            own.children().forEach(c -> children.add(RegionIds.child(member, c)));
            own.placements().forEach(p -> placements.add(RegionIds.placement(member, p)));
            own.leftClosedHomes().forEach((child, home) -> leftClosed.put(member.regionId(child), member.regionId(home)));
        }
        return scenario(name, children, placements, leftClosed, members.get(0).scenario());
    }

    /** One council alone: its own children and placements only (region ids), for the comparison. */
    public Scenario alone(RegionMember member) {
        Scenario own = member.scenario();
        Map<String, String> leftClosed = new LinkedHashMap<>();
        own.leftClosedHomes().forEach((child, home) -> leftClosed.put(member.regionId(child), member.regionId(home)));
        return scenario(name + ": " + member.id() + " alone",
                own.children().stream().map(c -> RegionIds.child(member, c)).toList(),
                own.placements().stream().map(p -> RegionIds.placement(member, p)).toList(), leftClosed, own);
    }

    /**
     * A scenario of the region's: at the region's date, the members' shared weights, region.yaml's
     * settings; {@code feesOf} gives the fee tables, which only a problem without a region's pricing
     * uses (the region prices each child by its host council's own tables).
     */
    private Scenario scenario(String title, List<Child> children, List<Placement> placements,
            Map<String, String> leftClosed, Scenario feesOf) {
        return new Scenario(title, description, asOfDate, directory, List.of(directory), children, placements,
                feesOf.fees(), members.get(0).scenario().weights(), List.of(), Map.of(), config, inputFiles, leftClosed);
    }
}
