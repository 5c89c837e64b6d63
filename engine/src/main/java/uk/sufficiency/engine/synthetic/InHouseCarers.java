package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;

/**
 * Stage 3: the authority's own provision. Connected carers first (each approved for one family, and
 * taking that family in when it is not waiting), then in-house foster carers, parent-and-child
 * carers and supported-lodgings hosts until the level pool is used up, then in-house children's
 * homes.
 */
final class InHouseCarers {

    private final Draft draft;
    private final GenerationProfile profile;
    private final Draws random;
    private final CarerTraits traits;
    private final LevelPool levels;

    InHouseCarers(Draft draft, CarerTraits traits) {
        this.draft = draft;
        this.profile = draft.profile;
        this.random = draft.random;
        this.traits = traits;
        this.levels = new LevelPool(draft.inHouseTotal(), profile.levelMix(), random);
    }

    void build() {
        buildConnectedCarers();
        buildInHouseStock();
    }

    /** Connected (family and friends) carers, each approved for one specific child of a family. */
    private void buildConnectedCarers() {
        int total = (int) Math.round(draft.inHouseTotal() * profile.connectedShareOfInHouse());
        List<Family> fosterWaiting = new ArrayList<>();
        List<Family> fosterPlaced = new ArrayList<>();
        for (Family family : random.shuffled(draft.families)) {
            if (family.kind() != PlacementKind.FOSTER || family.hasHardCase()) {
                continue;
            }
            (family.status == ChildStatus.WAITING ? fosterWaiting : fosterPlaced).add(family);
        }
        int forWaiting = Math.min(fosterWaiting.size(), (int) Math.round(total * profile.connectedWaitingShare()));
        int forPlaced = Math.min(fosterPlaced.size(), total - forWaiting);
        forWaiting = Math.min(fosterWaiting.size(), total - forPlaced);
        List<Family> chosen = new ArrayList<>(fosterPlaced.subList(0, forPlaced));
        chosen.addAll(fosterWaiting.subList(0, forWaiting));
        // Highest need first, so the pooled high levels go where they are needed.
        chosen.sort(Comparator.comparingInt(Family::level).reversed());
        for (Family family : chosen) {
            House carer = new House(PlacementType.CONNECTED, family.town);
            carer.level = levels.takeAtLeast(family.level());
            carer.places = family.size();
            carer.location = random.offset(family.members.get(0).home, 0.5 + random.nextDouble() * 6);
            carer.linked = family.members.get(0);
            carer.carerAge = traits.carerAge(true);
            if (family.size() > 1) {
                carer.specialisms.add(Specialism.SIBLINGS);
            }
            carer.specialisms.addAll(family.specialistNeeds());
            draft.houses.add(carer);
            if (family.status != ChildStatus.WAITING) {
                carer.admit(family);
            }
        }
    }

    private void buildInHouseStock() {
        int total = draft.inHouseTotal();
        int lodgings = (int) Math.round(total * profile.supportedLodgingsShareOfInHouse());
        int parentAndChild = (int) Math.round(total * profile.parentAndChildShareOfInHouse());
        int foster = Math.max(0, levels.left() - lodgings - parentAndChild);
        for (int i = 0; i < foster && levels.left() > 0; i++) {
            draft.houses.add(newInHouseFoster());
        }
        for (int i = 0; i < parentAndChild && levels.left() > 0; i++) {
            draft.houses.add(newParentAndChild());
        }
        while (levels.left() > 0) {
            draft.houses.add(newSupportedLodgings());
        }
        int homes = (int) Math.round(draft.childCount * profile.residentialHomesPerChild());
        for (int i = 0; i < homes; i++) {
            draft.houses.add(newChildrensHome());
        }
    }

    private House newInHouseFoster() {
        House house = newCarer(PlacementType.IN_HOUSE_FOSTER);
        int level = house.level;
        double[] places = level <= 2 ? new double[] {0.30, 0.45, 0.25}
                : level <= 4 ? new double[] {0.35, 0.45, 0.20} : new double[] {0.60, 0.40, 0};
        house.places = 1 + random.pick(places);
        if (level <= 4 && house.places == 3 && random.nextDouble() < 0.12) {
            house.places = 4;
        }
        int[][] bands = {{0, 4}, {0, 10}, {0, 17}, {5, 17}, {11, 17}};
        int[] band = bands[random.pick(new double[] {0.12, 0.20, 0.33, 0.15, 0.20})];
        house.minAge = band[0];
        house.maxAge = band[1];
        double sexDraw = random.nextDouble();
        house.sex = sexDraw < 0.07 ? SexApproval.FEMALE : sexDraw < 0.14 ? SexApproval.MALE : SexApproval.ANY;
        if (house.places >= 2 && random.nextDouble() < 0.6) {
            house.specialisms.add(Specialism.SIBLINGS);
        }
        traits.addSpecialisms(house, level);
        if (random.nextDouble() < 0.05) {
            house.specialisms.add(Specialism.RESPITE);
        }
        return settle(house);
    }

    private House newParentAndChild() {
        House house = newCarer(PlacementType.PARENT_AND_CHILD);
        house.places = 1;
        house.minAge = 12;
        house.maxAge = 21;
        house.sex = SexApproval.FEMALE;
        house.specialisms.add(Specialism.PARENT_AND_CHILD);
        return settle(house);
    }

    private House newSupportedLodgings() {
        House house = newCarer(PlacementType.SUPPORTED_LODGINGS);
        house.places = random.nextDouble() < 0.2 ? 2 : 1;
        house.minAge = 16;
        house.maxAge = 21;
        if (random.nextDouble() < 0.2) {
            house.specialisms.add(Specialism.UASC);
        }
        return settle(house);
    }

    /** An in-house carer household in a town drawn by weight, at a level drawn from the pool. */
    private House newCarer(PlacementType type) {
        House house = new House(type, random.town(draft.homeTowns));
        house.level = levels.takeAny();
        return house;
    }

    /** Places the household near its town and draws the carer's age. */
    private House settle(House house) {
        house.location = random.scatter(house.town);
        house.carerAge = traits.carerAge(false);
        return house;
    }

    private House newChildrensHome() {
        House home = new House(PlacementType.RESIDENTIAL_IN_HOUSE, random.town(draft.homeTowns));
        home.places = 3 + random.nextInt(3);
        home.minAge = 10;
        home.maxAge = 17;
        home.specialisms.addAll(EnumSet.of(Specialism.EBD, Specialism.MISSING, Specialism.SELF_HARM));
        home.location = random.scatter(home.town);
        // No source gives an in-house home's cost; assumed near the top of the external band (SOURCES.md).
        home.cost = 950.0;
        return home;
    }
}
