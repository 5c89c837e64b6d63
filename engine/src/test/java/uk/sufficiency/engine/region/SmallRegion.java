package uk.sufficiency.engine.region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.engine.synthetic.SingletonsOnly;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.ScenarioConfig;

/** A small region for fast tests: the example's first councils, generated at a tenth of their size. */
final class SmallRegion {

    static final Set<PlacementType> SHARED = Set.of(PlacementType.IN_HOUSE_FOSTER, PlacementType.PARENT_AND_CHILD,
            PlacementType.RESIDENTIAL_IN_HOUSE);

    private SmallRegion() {
    }

    static Region of(int councils, int childrenEach, PoolingRules pooling, long seed) {
        List<RegionMember> members = new ArrayList<>();
        for (int i = 0; i < councils; i++) {
            EastMidlandsRegion.Council council = EastMidlandsRegion.COUNCILS.get(i);
            Scenario scenario = ScenarioGenerator.generate(EastMidlandsRegion.profile(council), childrenEach, seed + i);
            members.add(new RegionMember(council.id(), scenario));
        }
        Path dir = Path.of("small-region").toAbsolutePath();
        return new Region("small region", "", dir, dir.resolve("region.yaml"), EastMidlandsRegion.AS_OF, members,
                pooling, ScenarioConfig.empty(), List.of());
    }

    /** The same region with every child matched alone, so min-cost flow gives the exact optimum. */
    static Region singletons(Region region) {
        return new Region(region.name(), region.description(), region.directory(), region.file(), region.asOfDate(),
                region.members().stream().map(m -> new RegionMember(m.id(), SingletonsOnly.of(m.scenario()))).toList(),
                region.pooling(), region.config(), region.inputFiles());
    }

    static PoolingRules rules(Double maxDistanceKm, double upliftPercent) {
        return new PoolingRules(SHARED, maxDistanceKm, upliftPercent, 0);
    }
}
