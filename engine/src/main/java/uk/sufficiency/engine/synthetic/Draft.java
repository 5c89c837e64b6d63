package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario while it is being drawn: the profile and size asked for, the random draws, the
 * towns, and the families and households drawn so far. Each stage of {@link ScenarioGenerator}
 * reads and adds to it in turn.
 */
final class Draft {

    final GenerationProfile profile;
    final int childCount;
    final Draws random;
    final List<Town> homeTowns;
    final List<Town> providerTowns;
    final List<Family> families = new ArrayList<>();
    final List<House> houses = new ArrayList<>();
    /** Looked up by identity: only lookups, never iterated, so no hash order reaches the output. */
    private final Map<Town, Integer> townIndexes = new IdentityHashMap<>();

    Draft(GenerationProfile profile, int childCount, long seed) {
        this.profile = profile;
        this.childCount = childCount;
        this.random = new Draws(seed);
        this.homeTowns = profile.homeTowns() != null ? profile.homeTowns() : Towns.forScale(childCount);
        this.providerTowns = Towns.providersFor(homeTowns);
        for (int i = 0; i < homeTowns.size(); i++) {
            townIndexes.put(homeTowns.get(i), i);
        }
    }

    /** Index of a home town in {@link #homeTowns}. */
    int townIndex(Town town) {
        return townIndexes.get(town);
    }

    /** Children to leave waiting for a placement: the profile's share of all children. */
    int waitingTarget() {
        return (int) Math.round(childCount * profile.waitingShare());
    }

    /** The authority's own carer households of every kind. */
    int inHouseTotal() {
        return Math.max(1, (int) Math.round(childCount * profile.inHouseCarersPerChild()));
    }
}
