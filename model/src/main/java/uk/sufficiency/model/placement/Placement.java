package uk.sufficiency.model.placement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.geo.GeoPoint;

/**
 * A carer household or provider resource: one row of {@code placements.csv}.
 *
 * @param skillLevel          carer skill level 1-6 for foster types; null for other types
 * @param places              number of children approved
 * @param minAge              youngest age approved (whole years), or null for no limit
 * @param maxAge              oldest age approved (whole years, inclusive), or null for no limit
 * @param location            where the placement is, or null when not known
 * @param statedWeeklyCostGbp weekly cost per child as written, or null (in-house: from fee tables)
 * @param linkedChildId       for a connected carer, the one child it is approved for
 * @param carerAge            age in years of the main carer, or null when not known
 */
public record Placement(
        String placementId,
        PlacementType type,
        Integer skillLevel,
        int places,
        Integer minAge,
        Integer maxAge,
        SexApproval sex,
        Set<Specialism> specialisms,
        GeoPoint location,
        Double statedWeeklyCostGbp,
        String supplier,
        ContractKind contract,
        String linkedChildId,
        Integer carerAge) {

    public Placement {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(type, "type");
        sex = sex == null ? SexApproval.ANY : sex;
        specialisms = specialisms == null || specialisms.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(specialisms)); // declaration order, the same every run
    }

    /** Whether a child of this age (whole years) is within the approval range. */
    public boolean admitsAge(int ageYears) {
        return (minAge == null || ageYears >= minAge) && (maxAge == null || ageYears <= maxAge);
    }

    public boolean hasSpecialism(Specialism specialism) {
        return specialisms.contains(specialism);
    }

    /** The skill level for matching: a non-foster placement without a level counts as the highest level. */
    public int effectiveSkillLevel() {
        return skillLevel != null ? skillLevel : SkillLevel.MAX;
    }
}
