package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;

/** A carer household or provider resource while being built, with its occupants. */
final class House {
    final PlacementType type;
    final Town town;
    String id;
    Integer level;
    int places;
    Integer minAge;
    Integer maxAge;
    SexApproval sex = SexApproval.ANY;
    final EnumSet<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
    GeoPoint location;
    Double cost;
    String supplier;
    ContractKind contract;
    Kid linked;
    Integer carerAge;
    final List<Kid> occupants = new ArrayList<>(3);

    House(PlacementType type, Town town) {
        this.type = type;
        this.town = town;
    }

    int free() {
        return places - occupants.size();
    }

    void admit(Family family) {
        if (family.size() > free()) {
            throw new IllegalStateException("generator bug: placement over capacity");
        }
        occupants.addAll(family.members);
        family.placedIn = this;
        for (Kid kid : family.members) {
            kid.placement = this;
        }
    }

    /** Whether the family can live here now: room, level, ages, sex, specialist needs, who with. */
    boolean suits(Family family) {
        if (free() < family.size() || type.kind() != family.kind()) {
            return false;
        }
        if (level != null && level < family.level()) {
            return false;
        }
        for (Kid kid : family.members) {
            if ((minAge != null && kid.age < minAge) || (maxAge != null && kid.age > maxAge)
                    || !sex.admits(kid.sex)) {
                return false;
            }
        }
        if (!specialisms.containsAll(family.specialistNeeds())) {
            return false;
        }
        for (Kid occupant : occupants) {
            for (Kid kid : family.members) {
                if (!occupant.canLiveWith(kid) || !kid.canLiveWith(occupant)) {
                    return false;
                }
            }
        }
        return true;
    }

    Placement toPlacement() {
        return new Placement(id, type, level, places, minAge, maxAge, sex, specialisms, location, cost, supplier,
                contract, linked == null ? null : linked.id, carerAge);
    }
}
