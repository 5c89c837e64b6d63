package uk.sufficiency.model.region;

import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;

/**
 * A member's children and placements with region ids: every id that names a child, a placement or a
 * sibling group gets the member's prefix, so two councils' {@code C0001} stay two children and a
 * sibling group never spans councils.
 */
final class RegionIds {

    private RegionIds() {
    }

    static Child child(RegionMember member, Child c) {
        return new Child(member.regionId(c.childId()), c.birthDate(), c.sex(), c.home(), c.school(), c.keepSchool(),
                c.statedLevel(), c.sdqScore(), c.needs(), member.regionId(c.siblingGroup()), c.livingWith(),
                c.recommended(), member.regionId(c.currentPlacementId()), c.status(), c.neededBy(), c.urgency());
    }

    static Placement placement(RegionMember member, Placement p) {
        return new Placement(member.regionId(p.placementId()), p.type(), p.skillLevel(), p.places(), p.minAge(),
                p.maxAge(), p.sex(), p.specialisms(), p.location(), p.statedWeeklyCostGbp(), p.supplier(), p.contract(),
                member.regionId(p.linkedChildId()), p.carerAge());
    }
}
