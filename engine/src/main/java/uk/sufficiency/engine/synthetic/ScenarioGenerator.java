package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Generates a valid, realistic synthetic scenario of 50 to 100,000 children from a
 * {@link GenerationProfile} and a seed. Same profile, size and seed give the same scenario, row
 * for row: the only source of randomness is one {@link SplittableRandom} ({@link Draws}), drawn in
 * a fixed order by the stages below, and no hash ordering reaches the output.
 *
 * <p>The method (decision record 0005), one class per stage: draw families (singletons and sibling
 * groups of 2-4) with ages, needs and SDQ scores ({@link FamilyDrawer}); decide who is waiting,
 * placed or permanent ({@link StatusAssigner}); build the authority's own carers with the
 * profile's skill-level mix ({@link InHouseCarers}); then place every child who is not waiting,
 * family by family and hardest first, in an in-house household that suits them and has room, or
 * else in an external placement bought for them, spot or framework, as commissioners do
 * ({@link FamilyPlacer}, {@link ExternalMarket}). Vacant external offers are added for the waiting
 * children; ids come last ({@link Ids}). By construction every placed child lives in a placement
 * that exists, suits their level, age, sex and specialist needs, and has room.
 */
public final class ScenarioGenerator {

    public static final int MIN_CHILDREN = 50;
    public static final int MAX_CHILDREN = 100_000;

    private ScenarioGenerator() {
    }

    /** Generates a scenario; throws IllegalArgumentException for a size outside 50..100,000. */
    public static Scenario generate(GenerationProfile profile, int children, long seed) {
        if (children < MIN_CHILDREN || children > MAX_CHILDREN) {
            throw new IllegalArgumentException("the number of children must be from " + MIN_CHILDREN + " to "
                    + MAX_CHILDREN + ", not " + children);
        }
        Draft draft = new Draft(profile, children, seed);
        new FamilyDrawer(draft).drawFamilies();
        new StatusAssigner(draft).assignStatuses();
        CarerTraits traits = new CarerTraits(draft);
        new InHouseCarers(draft, traits).build();
        ExternalMarket market = new ExternalMarket(draft, traits);
        new FamilyPlacer(draft, market).placeFamilies();
        market.addOffers();
        List<House> placementOrder = Ids.assignPlacementIds(draft.houses);
        List<Family> childOrder = Ids.assignChildIds(draft);
        List<Child> rows = new ArrayList<>(children);
        for (Family family : childOrder) {
            for (Kid kid : family.members) {
                rows.add(kid.toChild());
            }
        }
        List<Placement> placements = placementOrder.stream().map(House::toPlacement).toList();
        return new Scenario(profile.name(), profile.description(), profile.asOf(), null, List.of(), rows,
                placements, profile.fees(), profile.weights(), profile.targets(), profile.series(), null, List.of());
    }
}
