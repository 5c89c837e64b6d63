package uk.sufficiency.model.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;

/**
 * A child who needs, or holds, a placement: one row of {@code children.csv}.
 *
 * @param childId            pseudonymous id, unique in the scenario
 * @param home               family home, or null when not known
 * @param school             school, or null when not known
 * @param keepSchool         true if the child should stay at that school
 * @param statedLevel        skill level required as assessed (1-6), or null to derive it
 * @param sdqScore           SDQ total (0-40), or null when not known
 * @param siblingGroup       id shared with siblings to be placed together, or null
 * @param currentPlacementId where the child lives now, or null
 * @param neededBy           date a placement is needed by, or null
 */
public record Child(
        String childId,
        LocalDate birthDate,
        Sex sex,
        GeoPoint home,
        GeoPoint school,
        boolean keepSchool,
        Integer statedLevel,
        Integer sdqScore,
        Set<Need> needs,
        String siblingGroup,
        LivingWith livingWith,
        PlacementKind recommended,
        String currentPlacementId,
        ChildStatus status,
        LocalDate neededBy,
        Urgency urgency) {

    public Child {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(birthDate, "birthDate");
        sex = sex == null ? Sex.UNKNOWN : sex;
        // an EnumSet keeps the needs in declaration order: Set.copyOf's order changes from one JVM to the next,
        // and reasons that name needs must read the same on every run
        needs = needs == null || needs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(needs));
        livingWith = livingWith == null ? LivingWith.ANY : livingWith;
        recommended = recommended == null ? PlacementKind.FOSTER : recommended;
        status = status == null ? ChildStatus.WAITING : status;
        urgency = urgency == null ? Urgency.PLANNED : urgency;
    }

    /** The same child living elsewhere: {@code placementId} null with {@link ChildStatus#WAITING} to need a home. */
    public Child withPlacement(String placementId, ChildStatus newStatus) {
        return new Child(childId, birthDate, sex, home, school, keepSchool, statedLevel, sdqScore, needs, siblingGroup,
                livingWith, recommended, placementId, newStatus, neededBy, urgency);
    }

    /** The same child matched on its own: no sibling group, and no rule about who else lives there. */
    public Child alone() {
        return new Child(childId, birthDate, sex, home, school, keepSchool, statedLevel, sdqScore, needs, null,
                LivingWith.ANY, recommended, currentPlacementId, status, neededBy, urgency);
    }

    /** The carer skill level this child needs: as assessed, or derived from needs and SDQ. */
    public int requiredLevel() {
        return statedLevel != null ? statedLevel : SkillLevel.derive(needs, sdqScore);
    }

    /** Whole years of age on a date. */
    public int ageYears(LocalDate on) {
        return Math.max(0, Period.between(birthDate, on).getYears());
    }

    public boolean hasNeed(Need need) {
        return needs.contains(need);
    }

    public boolean isInSiblingGroup() {
        return siblingGroup != null;
    }
}
