package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.Specialism;

/** Children placed together while being drawn: a singleton or a sibling group. */
final class Family {
    final Town town;
    final List<Kid> members = new ArrayList<>(4);
    ChildStatus status;
    boolean forcedWaiting;
    House placedIn;

    /** Cached: members' needs are fixed once the family is drawn. */
    private int level;
    private Set<Specialism> specialistNeeds;

    Family(Town town) {
        this.town = town;
    }

    /** The highest level any member needs. */
    int level() {
        if (level == 0) {
            for (Kid kid : members) {
                level = Math.max(level, kid.level());
            }
        }
        return level;
    }

    int size() {
        return members.size();
    }

    /** Siblings live together in a family home; a singleton goes where assessed. */
    PlacementKind kind() {
        return members.size() > 1 ? PlacementKind.FOSTER : members.get(0).recommended;
    }

    /** A member assessed at the highest level who must live alone (a hard case drawn to wait). */
    boolean hasHardCase() {
        return members.stream().anyMatch(k -> k.statedLevel != null && k.statedLevel == SkillLevel.MAX
                && k.livingWith == LivingWith.SOLO);
    }

    /** The specialisms a home must offer to take every member. */
    Set<Specialism> specialistNeeds() {
        if (specialistNeeds != null) {
            return specialistNeeds;
        }
        EnumSet<Specialism> needed = EnumSet.noneOf(Specialism.class);
        for (Kid kid : members) {
            for (Need need : kid.needs) {
                if (need.needsSpecialistPlacement()) {
                    needed.add(Specialism.meeting(need));
                }
            }
        }
        specialistNeeds = needed;
        return needed;
    }
}
