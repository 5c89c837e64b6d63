package uk.sufficiency.model.region;

import java.util.Objects;
import uk.sufficiency.model.scenario.Scenario;

/**
 * One council of a region: its id (lower-case words joined by '-', the prefix of its children's and
 * placements' ids in the region: {@code derby/C0001}), the name reports show ("Derby"; the id when
 * region.yaml gives none) and its own scenario, as loaded, with its own ids, fees and rules.
 */
public record RegionMember(String id, String name, Scenario scenario) {

    /** Separates a member's id from a child's or placement's own id in the region. */
    public static final String SEPARATOR = "/";

    public RegionMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        name = name == null || name.isBlank() ? id : name.strip();
    }

    /** A member shown by its id. */
    public RegionMember(String id, Scenario scenario) {
        this(id, null, scenario);
    }

    /** A child's or placement's id in the region. */
    public String regionId(String ownId) {
        return ownId == null ? null : id + SEPARATOR + ownId;
    }

    /** The member id of a region id ({@code derby} of {@code derby/C0001}). */
    public static String memberOf(String regionId) {
        int cut = regionId.indexOf(SEPARATOR);
        if (cut <= 0) {
            throw new IllegalArgumentException("not a region id (member/id): " + regionId);
        }
        return regionId.substring(0, cut);
    }
}
