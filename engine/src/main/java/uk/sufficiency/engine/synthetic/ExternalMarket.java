package uk.sufficiency.engine.synthetic;

import java.util.EnumSet;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.Specialism;

/**
 * The external market: placements bought for a family (spot or framework) when no in-house
 * household suits it, and (stage 5) vacant external offers that waiting children may be matched to.
 * Prices are drawn in the published bands: IFA £520-£989, residential £800-£989, 16+ £257-£300 a
 * week (004 L449, L451).
 */
final class ExternalMarket {

    /** IFA carers' skill levels 1-6: external carers are bought mostly for harder needs (assumption). */
    private static final double[] IFA_LEVEL_MIX = {0.02, 0.10, 0.35, 0.30, 0.15, 0.08};

    /** External suppliers: 3 hold 42% of placements, 8 hold 70% (004 L451); 12 smaller ones the rest. */
    private static final double[] SUPPLIER_SHARES = supplierShares();

    private static final int EXTERNAL_TOP_GBP = 989;
    private static final int OLDEST_CHILD = 17;
    private static final int OLDEST_CARE_LEAVER = 21;

    private final Draft draft;
    private final Draws random;
    private final CarerTraits traits;

    ExternalMarket(Draft draft, CarerTraits traits) {
        this.draft = draft;
        this.random = draft.random;
        this.traits = traits;
    }

    /** An external placement bought for this family (spot or framework), as commissioners do. */
    House buyFor(Family family) {
        PlacementKind kind = family.kind();
        PlacementType type = switch (kind) {
            case FOSTER -> PlacementType.IFA_FOSTER;
            case RESIDENTIAL -> PlacementType.RESIDENTIAL_EXTERNAL;
            case SUPPORTED -> PlacementType.SUPPORTED_ACCOMMODATION;
        };
        House house = newExternal(type, family.town);
        int youngest = family.members.stream().mapToInt(k -> k.age).min().orElse(0);
        int eldest = family.members.stream().mapToInt(k -> k.age).max().orElse(OLDEST_CHILD);
        house.places = family.size() + (type != PlacementType.RESIDENTIAL_EXTERNAL && random.nextDouble() < 0.2
                ? 1 : 0);
        if (type == PlacementType.IFA_FOSTER) {
            house.level = Math.max(family.level(), ifaLevel());
            house.minAge = Math.max(0, youngest - random.nextInt(4));
            house.maxAge = Math.min(OLDEST_CHILD, eldest + random.nextInt(4));
        } else if (type == PlacementType.RESIDENTIAL_EXTERNAL) {
            house.minAge = Math.min(youngest, 8 + random.nextInt(4));
            house.maxAge = OLDEST_CHILD;
        } else {
            house.minAge = Math.min(youngest, 16);
            house.maxAge = OLDEST_CARE_LEAVER;
        }
        if (family.size() > 1) {
            house.specialisms.add(Specialism.SIBLINGS);
        }
        for (Kid kid : family.members) {
            for (Need need : kid.needs) {
                house.specialisms.add(Specialism.meeting(need));
            }
        }
        return house;
    }

    /** Vacant external offers (framework vacancies) that waiting children may be matched to. */
    void addOffers() {
        int offers = offerCount();
        for (int i = 0; i < offers; i++) {
            double draw = random.nextDouble();
            PlacementType type = draw < 0.65 ? PlacementType.IFA_FOSTER
                    : draw < 0.8 ? PlacementType.RESIDENTIAL_EXTERNAL : PlacementType.SUPPORTED_ACCOMMODATION;
            House house = newExternal(type, random.town(draft.homeTowns));
            switch (type) {
                case IFA_FOSTER -> fosterOffer(house);
                case RESIDENTIAL_EXTERNAL -> residentialOffer(house);
                default -> supportedOffer(house);
            }
            draft.houses.add(house);
        }
    }

    /** The profile's offers per waiting child, raised to reach its target of external rows, if any. */
    private int offerCount() {
        int waiting = 0;
        int external = 0;
        for (Family family : draft.families) {
            if (family.status == ChildStatus.WAITING) {
                waiting += family.size();
            }
        }
        for (House house : draft.houses) {
            if (!house.type.isInHouse()) {
                external++;
            }
        }
        GenerationProfile profile = draft.profile;
        int offers = (int) Math.round(waiting * profile.externalOffersPerWaitingChild());
        if (profile.externalPlacementsTarget() > 0) {
            int target = (int) Math.round(profile.externalPlacementsTarget() * (double) draft.childCount
                    / profile.defaultChildren());
            offers = Math.max(offers, target - external);
        }
        return offers;
    }

    private void fosterOffer(House house) {
        house.level = ifaLevel();
        house.places = random.nextDouble() < 0.3 ? 2 : 1;
        int[][] bands = {{0, 10}, {0, 17}, {5, 17}, {11, 17}};
        int[] band = bands[random.nextInt(bands.length)];
        house.minAge = band[0];
        house.maxAge = band[1];
        if (house.places == 2) {
            house.specialisms.add(Specialism.SIBLINGS);
        }
        traits.addSpecialisms(house, house.level);
    }

    private void residentialOffer(House house) {
        house.places = 1;
        house.minAge = 10 + random.nextInt(3);
        house.maxAge = OLDEST_CHILD;
        house.specialisms.addAll(EnumSet.of(Specialism.EBD, Specialism.MISSING));
        if (random.nextDouble() < 0.4) {
            house.specialisms.add(Specialism.CSE);
        }
        if (random.nextDouble() < 0.25) {
            house.specialisms.add(Specialism.HARM_TO_OTHERS);
        }
    }

    private void supportedOffer(House house) {
        house.places = 1;
        house.minAge = 16;
        house.maxAge = OLDEST_CARE_LEAVER;
        if (random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.UASC);
        }
    }

    private int ifaLevel() {
        return 1 + random.pick(IFA_LEVEL_MIX);
    }

    private House newExternal(PlacementType type, Town near) {
        // Most bought placements are near home; some are out of area (004 L86, L99 want them close).
        Town town = random.nextDouble() < 0.6 ? near : random.town(draft.providerTowns);
        House house = new House(type, town);
        house.location = random.scatter(town);
        int supplier = random.pick(SUPPLIER_SHARES);
        switch (type) {
            case IFA_FOSTER -> {
                house.cost = (double) (520 + random.nextInt(EXTERNAL_TOP_GBP - 520 + 1));
                house.supplier = Ids.id("IFA ", supplier + 1, 2);
                house.contract = random.nextDouble() < 0.6 ? ContractKind.FRAMEWORK : ContractKind.SPOT;
                house.carerAge = traits.carerAge(false);
            }
            case RESIDENTIAL_EXTERNAL -> {
                house.cost = (double) (800 + random.nextInt(EXTERNAL_TOP_GBP - 800 + 1));
                house.supplier = Ids.id("Residential ", supplier + 1, 2);
                house.contract = random.nextDouble() < 0.3 ? ContractKind.FRAMEWORK : ContractKind.SPOT;
            }
            default -> {
                house.cost = (double) (random.nextDouble() < 0.7 ? 257 : 258 + random.nextInt(300 - 258 + 1));
                house.supplier = Ids.id("16+ provider ", supplier + 1, 2);
                house.contract = random.nextDouble() < 0.8 ? ContractKind.FRAMEWORK : ContractKind.SPOT;
            }
        }
        return house;
    }

    private static double[] supplierShares() {
        double[] shares = new double[20];
        for (int i = 0; i < 20; i++) {
            shares[i] = i < 3 ? 0.42 / 3 : i < 8 ? 0.28 / 5 : 0.30 / 12;
        }
        return shares;
    }
}
