package uk.sufficiency.engine.synthetic;

import java.time.LocalDate;
import java.util.EnumSet;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;

/** A child while being drawn; becomes an immutable {@link Child} at the end. */
final class Kid {
    String id;
    int age;
    LocalDate birthDate;
    Sex sex;
    GeoPoint home;
    GeoPoint school;
    boolean keepSchool;
    Integer statedLevel;
    Integer sdq;
    final EnumSet<Need> needs = EnumSet.noneOf(Need.class);
    String group;
    LivingWith livingWith = LivingWith.ANY;
    PlacementKind recommended = PlacementKind.FOSTER;
    House placement;
    ChildStatus status;
    LocalDate neededBy;
    Urgency urgency;

    int level() {
        return statedLevel != null ? statedLevel : SkillLevel.derive(needs, sdq);
    }

    /** Whether {@code other} (not a sibling) may live with this child under its living-with rule. */
    boolean canLiveWith(Kid other) {
        return switch (livingWith) {
            case ANY -> true;
            case SOLO -> false;
            case OLDER_ONLY -> other.age > age;
            case YOUNGER_ONLY -> other.age < age;
        };
    }

    Child toChild() {
        return new Child(id, birthDate, sex, home, school, keepSchool, statedLevel, sdq, needs, group, livingWith,
                recommended, placement == null ? null : placement.id, status, neededBy, urgency);
    }
}
