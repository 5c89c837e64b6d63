package uk.sufficiency.model.region;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * region.yaml as written (snake_case keys), before its rules are checked by {@link RegionLoader}.
 *
 * @param matching   the solver's settings for every problem of the region, checked by matching itself
 * @param simulation the region's market simulation settings (months, simulations, seed, matcher steps),
 *                   checked by the simulation itself
 */
record RegionFile(String name, String description, List<Member> members, Pooling pooling, JsonNode matching,
        JsonNode simulation) {

    /**
     * One entry of {@code members:}: the council's id, its name in reports (optional) and its scenario
     * folder (relative to region.yaml).
     */
    record Member(String id, String name, String scenario) {
    }

    /** The {@code pooling:} section. */
    record Pooling(List<String> sharedTypes, Double maxDistanceKm, Charge charge) {
    }

    /** {@code pooling.charge}: what a council pays on top of the host's price. */
    record Charge(Double upliftPercent, Double flatWeeklyGbp) {
    }
}
