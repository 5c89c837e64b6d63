package uk.sufficiency.model.region;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import uk.sufficiency.model.placement.PlacementType;

/**
 * How a region's councils share placements (the {@code pooling:} section of region.yaml,
 * docs/methods/regional-pooling.md). A child may live in another council's placement only if its
 * type is shared and, when a limit is set, it lies within {@code maxDistanceKm} of the child's home;
 * the placing council then pays the host's price plus the charge.
 *
 * @param sharedTypes   placement types any council of the region may use
 * @param maxDistanceKm most km (great-circle) from a child's home to another council's placement, or
 *                      null for no limit
 * @param upliftPercent inter-council charge: per cent added to the host's weekly price
 * @param flatWeeklyGbp inter-council charge: GBP per child per week on top
 */
public record PoolingRules(Set<PlacementType> sharedTypes, Double maxDistanceKm, double upliftPercent,
        double flatWeeklyGbp) {

    public PoolingRules {
        sharedTypes = sharedTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(sharedTypes)); // declaration order, every run alike
    }

    public boolean shares(PlacementType type) {
        return sharedTypes.contains(type);
    }

    /** Whether a child this far from another council's placement may live there (no limit: any distance). */
    public boolean withinReach(double distanceKm) {
        return maxDistanceKm == null || distanceKm <= maxDistanceKm;
    }

    /** What the placing council pays a week for a child in another council's placement priced {@code hostWeeklyGbp}. */
    public double chargedWeeklyGbp(double hostWeeklyGbp) {
        return hostWeeklyGbp * (1 + upliftPercent / 100.0) + flatWeeklyGbp;
    }
}
