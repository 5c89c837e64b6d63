package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;

/**
 * Stage 4: places every family that is not waiting and not already with its connected carer,
 * hardest first, in an in-house household that suits it and has room (with the profile's chance
 * of looking in-house first), or else in an external placement bought for it.
 */
final class FamilyPlacer {

    /** Candidates examined per town before giving up on it: keeps large scenarios fast. */
    private static final int CANDIDATES_PER_TOWN = 64;
    /** Towns tried (home first, then at random) before buying an external placement. */
    private static final int TOWNS_TRIED = 4;

    private final Draft draft;
    private final Draws random;
    private final ExternalMarket market;

    FamilyPlacer(Draft draft, ExternalMarket market) {
        this.draft = draft;
        this.random = draft.random;
        this.market = market;
    }

    void placeFamilies() {
        List<List<List<House>>> open = openPlacesByKindAndTown();
        List<Family> toPlace = new ArrayList<>();
        for (Family family : draft.families) {
            if (family.status != ChildStatus.WAITING && family.placedIn == null) {
                toPlace.add(family);
            }
        }
        // Hardest first, as a commissioner fills the scarce specialist places first.
        toPlace.sort(Comparator.comparingInt(Family::level).reversed()
                .thenComparing(Comparator.comparingInt(Family::size).reversed()));
        for (Family family : toPlace) {
            House house = null;
            PlacementKind kind = family.kind();
            double inHouseChance = switch (kind) {
                case FOSTER -> draft.profile.inHouseFosterPreference();
                case SUPPORTED -> 0.45;
                case RESIDENTIAL -> 0.6;
            };
            if (random.nextDouble() < inHouseChance) {
                house = findInHouse(family, open.get(kind.ordinal()));
            }
            if (house == null) {
                house = market.buyFor(family);
                draft.houses.add(house);
            }
            house.admit(family);
        }
    }

    /** Open in-house places by kind of placement and town, so a search looks only where it may fit. */
    private List<List<List<House>>> openPlacesByKindAndTown() {
        List<List<List<House>>> open = new ArrayList<>();
        for (int kind = 0; kind < PlacementKind.values().length; kind++) {
            List<List<House>> byTown = new ArrayList<>();
            for (int i = 0; i < draft.homeTowns.size(); i++) {
                byTown.add(new ArrayList<>());
            }
            open.add(byTown);
        }
        for (House house : draft.houses) {
            if (house.free() > 0 && house.type != PlacementType.CONNECTED) {
                open.get(house.type.kind().ordinal()).get(draft.townIndex(house.town)).add(house);
            }
        }
        return open;
    }

    private House findInHouse(Family family, List<List<House>> openByTown) {
        int home = draft.townIndex(family.town);
        for (int attempt = 0; attempt < TOWNS_TRIED; attempt++) {
            int townIndex = attempt == 0 ? home : random.nextInt(draft.homeTowns.size());
            List<House> open = openByTown.get(townIndex);
            if (open.isEmpty()) {
                continue;
            }
            int start = random.nextInt(open.size());
            int candidates = Math.min(open.size(), CANDIDATES_PER_TOWN);
            for (int k = 0; k < candidates; k++) {
                int index = (start + k) % open.size();
                House house = open.get(index);
                if (house.suits(family)) {
                    boolean closes = house.free() == family.size()
                            || family.members.stream().anyMatch(kid -> kid.livingWith == LivingWith.SOLO);
                    if (closes) {
                        open.set(index, open.get(open.size() - 1));
                        open.remove(open.size() - 1);
                    }
                    return house;
                }
            }
        }
        return null;
    }
}
