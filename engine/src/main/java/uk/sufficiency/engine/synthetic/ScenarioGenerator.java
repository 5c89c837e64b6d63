package uk.sufficiency.engine.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Generates a valid, realistic synthetic scenario of 50 to 100,000 children from a
 * {@link GenerationProfile} and a seed. Same profile, size and seed give the same scenario, row
 * for row: the only source of randomness is one {@link SplittableRandom}, drawn in a fixed order,
 * and no hash ordering reaches the output.
 *
 * <p>The method (decision record 0005): draw families (singletons and sibling groups of 2-4) with
 * ages, needs and SDQ scores; decide who is waiting, placed or permanent; build the authority's
 * own carers with the profile's skill-level mix; then place every child who is not waiting, family
 * by family and hardest first, in an in-house household that suits them and has room, or else in
 * an external placement bought for them (spot or framework), as commissioners do. Vacant external
 * offers are added for the waiting children. By construction every placed child lives in a
 * placement that exists, suits their level, age, sex and specialist needs, and has room.
 */
public final class ScenarioGenerator {

    public static final int MIN_CHILDREN = 50;
    public static final int MAX_CHILDREN = 100_000;

    /** Sizes of sibling groups 2, 3, 4 and their shares (assumption; SOURCES.md). */
    private static final double[] GROUP_SIZE_SHARES = {0.60, 0.28, 0.12};
    private static final double MEAN_GROUP_SIZE = 2 * 0.60 + 3 * 0.28 + 4 * 0.12;

    /** IFA carers' skill levels 1-6: external carers are bought mostly for harder needs (assumption). */
    private static final double[] IFA_LEVEL_MIX = {0.02, 0.10, 0.35, 0.30, 0.15, 0.08};

    /** External suppliers: 3 hold 42% of placements, 8 hold 70% (004 L451); 12 smaller ones the rest. */
    private static final double[] SUPPLIER_SHARES = supplierShares();

    private final GenerationProfile profile;
    private final int childCount;
    private final SplittableRandom random;
    private final List<Town> homeTowns;
    private final List<Town> providerTowns;

    private final List<Family> families = new ArrayList<>();
    private final List<House> houses = new ArrayList<>();
    private int[] levelCounts;
    private final java.util.Map<Town, Integer> townIndexes = new java.util.IdentityHashMap<>();

    private ScenarioGenerator(GenerationProfile profile, int childCount, long seed) {
        if (childCount < MIN_CHILDREN || childCount > MAX_CHILDREN) {
            throw new IllegalArgumentException("the number of children must be from " + MIN_CHILDREN + " to "
                    + MAX_CHILDREN + ", not " + childCount);
        }
        this.profile = profile;
        this.childCount = childCount;
        this.random = new SplittableRandom(seed);
        this.homeTowns = profile.homeTowns() != null ? profile.homeTowns() : Towns.forScale(childCount);
        this.providerTowns = Towns.providersFor(homeTowns);
        for (int i = 0; i < homeTowns.size(); i++) {
            townIndexes.put(homeTowns.get(i), i);
        }
    }

    /** Index of a home town (looked up by identity: only lookups, never iterated). */
    private int townIndex(Town town) {
        return townIndexes.get(town);
    }

    /** Generates a scenario; throws IllegalArgumentException for a size outside 50..100,000. */
    public static Scenario generate(GenerationProfile profile, int children, long seed) {
        return new ScenarioGenerator(profile, children, seed).run();
    }

    private Scenario run() {
        drawFamilies();
        assignStatuses();
        buildLevelPool();
        buildConnectedCarers();
        buildInHouseStock();
        placeFamilies();
        addExternalOffers();
        List<House> placementOrder = assignPlacementIds();
        List<Family> childOrder = assignChildIds();
        List<Child> children = new ArrayList<>(childCount);
        for (Family family : childOrder) {
            for (Kid kid : family.members) {
                children.add(kid.toChild());
            }
        }
        List<Placement> placements = placementOrder.stream().map(House::toPlacement).toList();
        return new Scenario(profile.name(), profile.description(), profile.asOf(), null, List.of(), children,
                placements, profile.fees(), profile.weights(), profile.targets(), profile.series(), null, List.of());
    }

    // ---------------------------------------------------------------- children

    private void drawFamilies() {
        int remaining = childCount;
        int waitingTarget = (int) Math.round(childCount * profile.waitingShare());
        if (profile.waitingSiblingGroupOf4() && waitingTarget >= 4) {
            Family four = newFamily(4, 5 + random.nextInt(6));
            four.forcedWaiting = true;
            remaining -= 4;
            waitingTarget -= 4;
        }
        int hardCases = Math.min((int) Math.round(waitingTarget * profile.hardCases()), waitingTarget);
        for (int i = 0; i < hardCases && remaining > 0; i++) {
            Family family = newHardCase();
            family.forcedWaiting = true;
            remaining--;
        }
        double groupChance = profile.siblingChildShare()
                / (MEAN_GROUP_SIZE * (1 - profile.siblingChildShare()) + profile.siblingChildShare());
        while (remaining > 0) {
            int size = 1;
            if (random.nextDouble() < groupChance) {
                size = 2 + pick(GROUP_SIZE_SHARES);
            }
            size = Math.min(size, remaining);
            newFamily(size, drawAge());
            remaining -= size;
        }
    }

    private int drawAge() {
        int band = pick(profile.ageBandShares());
        return switch (band) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(4);
            case 2 -> 5 + random.nextInt(5);
            case 3 -> 10 + random.nextInt(6);
            default -> 16 + random.nextInt(2);
        };
    }

    private Family newFamily(int size, int eldestAge) {
        Town town = pickTown(homeTowns);
        GeoPoint home = scatter(town);
        Family family = new Family(town);
        // Twins now and then; otherwise one to three years between siblings. The eldest is at
        // least as old as the gaps, so no younger sibling's age is cut off at zero.
        int[] gaps = new int[size];
        int totalGap = 0;
        for (int i = 1; i < size; i++) {
            gaps[i] = random.nextDouble() < 0.08 ? 0 : 1 + random.nextInt(3);
            totalGap += gaps[i];
        }
        int age = Math.min(17, Math.max(eldestAge, totalGap));
        for (int i = 0; i < size; i++) {
            age -= gaps[i];
            family.members.add(drawKid(Math.max(0, age), home, size == 1));
        }
        families.add(family);
        return family;
    }

    /** A 12-15 year-old with exploitation, going-missing and harm-to-others risks (004 L362). */
    private Family newHardCase() {
        Town town = pickTown(homeTowns);
        Family family = new Family(town);
        Kid kid = drawKid(12 + random.nextInt(4), scatter(town), true);
        kid.needs.clear();
        kid.needs.add(Need.HARM_TO_OTHERS);
        kid.needs.add(Need.MISSING);
        kid.needs.add(kid.sex == Sex.FEMALE ? Need.CSE : Need.CCE);
        if (random.nextDouble() < 0.5) {
            kid.needs.add(Need.SELF_HARM);
        }
        kid.sdq = 22 + random.nextInt(11);
        kid.livingWith = LivingWith.SOLO;
        kid.statedLevel = 6;
        kid.recommended = random.nextDouble() < 0.5 ? PlacementKind.RESIDENTIAL : PlacementKind.FOSTER;
        family.members.add(kid);
        families.add(family);
        return family;
    }

    private Kid drawKid(int age, GeoPoint home, boolean single) {
        Kid kid = new Kid();
        kid.age = age;
        kid.birthDate = profile.asOf().minusYears(age).minusDays(random.nextInt(365));
        double sexDraw = random.nextDouble();
        kid.sex = sexDraw < 0.005 ? Sex.UNKNOWN : sexDraw < 0.005 + profile.maleShare() ? Sex.MALE : Sex.FEMALE;
        kid.home = home;
        boolean teen = age >= 12;
        boolean girl = kid.sex == Sex.FEMALE;
        addNeed(kid, Need.EBD, age >= 5 ? 0.30 : 0.03);
        addNeed(kid, Need.DISABILITY, 0.07);
        if (kid.needs.contains(Need.DISABILITY)) {
            addNeed(kid, Need.ADAPTATION, 0.3);
        }
        addNeed(kid, Need.CSE, teen ? (girl ? 0.08 : 0.02) : 0);
        addNeed(kid, Need.CCE, teen ? (girl ? 0.02 : 0.08) : 0);
        addNeed(kid, Need.MISSING, teen ? 0.10 : 0);
        addNeed(kid, Need.SELF_HARM, teen ? 0.07 : 0);
        addNeed(kid, Need.HARM_TO_OTHERS, age >= 8 ? 0.05 : 0);
        addNeed(kid, Need.PARENT_AND_CHILD, girl && age >= 15 ? 0.04 : 0);
        // Unaccompanied asylum seekers are mostly boys of 14-17 who arrive alone.
        double uascChance = profile.uascShare() / (profile.ageBandShares().get(4) + profile.ageBandShares().get(3) / 3);
        if (single && age >= 14 && kid.sex == Sex.MALE && random.nextDouble() < uascChance / profile.maleShare()) {
            kid.needs.add(Need.UASC);
        }
        if (age >= 4 && random.nextDouble() < 0.85) {
            double score = 12 + random.nextGaussian() * 6;
            if (kid.needs.contains(Need.EBD)) {
                score += 6;
            }
            if (kid.needs.contains(Need.CSE) || kid.needs.contains(Need.HARM_TO_OTHERS)
                    || kid.needs.contains(Need.SELF_HARM)) {
                score += 3;
            }
            kid.sdq = (int) Math.max(0, Math.min(40, Math.round(score)));
        }
        int derived = SkillLevel.derive(kid.needs, kid.sdq);
        if (random.nextDouble() < 0.35) {
            kid.statedLevel = Math.min(SkillLevel.MAX, derived + (random.nextDouble() < 0.1 ? 1 : 0));
        }
        double livingDraw = random.nextDouble();
        boolean risky = kid.needs.contains(Need.HARM_TO_OTHERS) || kid.needs.contains(Need.CSE);
        if (livingDraw < (risky ? 0.35 : 0.04)) {
            kid.livingWith = LivingWith.SOLO;
        } else if (livingDraw < (risky ? 0.45 : 0.08)) {
            kid.livingWith = age >= 8 ? LivingWith.OLDER_ONLY : LivingWith.YOUNGER_ONLY;
        }
        int level = kid.level();
        if (age >= 16) {
            kid.recommended = random.nextDouble() < 0.6 ? PlacementKind.SUPPORTED : PlacementKind.FOSTER;
        } else if (age >= 11 && level >= 4 && random.nextDouble() < (level >= 5 ? 0.6 : 0.3)) {
            kid.recommended = PlacementKind.RESIDENTIAL;
        } else if (kid.needs.contains(Need.DISABILITY) && level >= 5 && random.nextDouble() < 0.3) {
            kid.recommended = PlacementKind.RESIDENTIAL;
        }
        if (age >= 4) {
            kid.school = offset(home, 0.5 + random.nextDouble() * 3.5);
            kid.keepSchool = random.nextDouble() < 0.55;
        }
        return kid;
    }

    private void addNeed(Kid kid, Need need, double chance) {
        if (chance > 0 && random.nextDouble() < chance) {
            kid.needs.add(need);
        }
    }

    /**
     * Pseudonymous ids in a shuffled family order, so ids say nothing about how a child was drawn;
     * siblings get consecutive ids and share a sibling-group id.
     */
    private List<Family> assignChildIds() {
        int width = Math.max(4, Integer.toString(childCount).length());
        int nextChild = 1;
        int nextGroup = 1;
        List<Family> order = shuffled(families);
        for (Family family : order) {
            String group = family.members.size() > 1 ? id("S", nextGroup++, 4) : null;
            for (Kid kid : family.members) {
                kid.id = id("C", nextChild++, width);
                kid.group = group;
            }
        }
        return order;
    }

    // ---------------------------------------------------------------- statuses

    private void assignStatuses() {
        int waitingTarget = (int) Math.round(childCount * profile.waitingShare());
        int waiting = 0;
        for (Family family : families) {
            if (family.forcedWaiting) {
                family.status = ChildStatus.WAITING;
                waiting += family.members.size();
            }
        }
        List<Family> order = shuffled(families);
        for (Family family : order) {
            if (family.status != null) {
                continue;
            }
            if (waiting + family.members.size() <= waitingTarget
                    && random.nextDouble() < 2.5 * profile.waitingShare() + 0.05) {
                family.status = ChildStatus.WAITING;
                waiting += family.members.size();
            }
        }
        // Top up with singletons if the random pass fell short of the target.
        for (Family family : order) {
            if (waiting >= waitingTarget) {
                break;
            }
            if (family.status == null && family.members.size() <= waitingTarget - waiting) {
                family.status = ChildStatus.WAITING;
                waiting += family.members.size();
            }
        }
        for (Family family : families) {
            if (family.status == null) {
                family.status = random.nextDouble() < profile.permanentShareOfNonWaiting()
                        ? ChildStatus.PERMANENT : ChildStatus.PLACED;
            }
            for (Kid kid : family.members) {
                kid.status = family.status;
            }
            if (family.status == ChildStatus.WAITING) {
                boolean emergency = random.nextDouble() < profile.emergencyShareOfWaiting();
                LocalDate neededBy = emergency
                        ? profile.asOf().plusDays(random.nextInt(3))
                        : profile.asOf().plusDays(14 + random.nextInt(107));
                for (Kid kid : family.members) {
                    kid.urgency = emergency ? Urgency.EMERGENCY : Urgency.PLANNED;
                    kid.neededBy = neededBy;
                }
            }
        }
    }

    // ---------------------------------------------------------------- in-house carers

    private int inHouseTotal() {
        return Math.max(1, (int) Math.round(childCount * profile.inHouseCarersPerChild()));
    }

    /** The exact level mix over all in-house households, by largest remainder. */
    private void buildLevelPool() {
        levelCounts = largestRemainder(inHouseTotal(), profile.levelMix());
    }

    private int levelsLeft() {
        int left = 0;
        for (int count : levelCounts) {
            left += count;
        }
        return left;
    }

    /** Takes the lowest remaining level that meets {@code wanted}, or the highest left. */
    private int takeLevelAtLeast(int wanted) {
        for (int level = wanted; level <= 6; level++) {
            if (levelCounts[level - 1] > 0) {
                levelCounts[level - 1]--;
                return level;
            }
        }
        for (int level = wanted - 1; level >= 1; level--) {
            if (levelCounts[level - 1] > 0) {
                levelCounts[level - 1]--;
                return level;
            }
        }
        throw new IllegalStateException("no carer levels left");
    }

    /** Takes a remaining level at random, in proportion to what is left (drawing without replacement). */
    private int takeLevel() {
        int draw = random.nextInt(levelsLeft());
        for (int level = 1; level <= 6; level++) {
            draw -= levelCounts[level - 1];
            if (draw < 0) {
                levelCounts[level - 1]--;
                return level;
            }
        }
        throw new IllegalStateException("no carer levels left");
    }

    /** Connected (family and friends) carers, each approved for one specific child of a family. */
    private void buildConnectedCarers() {
        int total = (int) Math.round(inHouseTotal() * profile.connectedShareOfInHouse());
        List<Family> fosterWaiting = new ArrayList<>();
        List<Family> fosterPlaced = new ArrayList<>();
        for (Family family : shuffled(families)) {
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
            carer.level = takeLevelAtLeast(family.level());
            carer.places = family.members.size();
            carer.location = offset(family.members.get(0).home, 0.5 + random.nextDouble() * 6);
            carer.linked = family.members.get(0);
            carer.carerAge = carerAge(true);
            if (family.members.size() > 1) {
                carer.specialisms.add(Specialism.SIBLINGS);
            }
            carer.specialisms.addAll(family.specialistNeeds());
            houses.add(carer);
            if (family.status != ChildStatus.WAITING) {
                carer.admit(family);
            }
        }
    }

    private void buildInHouseStock() {
        int total = inHouseTotal();
        int lodgings = (int) Math.round(total * profile.supportedLodgingsShareOfInHouse());
        int parentAndChild = (int) Math.round(total * profile.parentAndChildShareOfInHouse());
        int foster = Math.max(0, levelsLeft() - lodgings - parentAndChild);
        for (int i = 0; i < foster && levelsLeft() > 0; i++) {
            houses.add(newInHouseFoster());
        }
        for (int i = 0; i < parentAndChild && levelsLeft() > 0; i++) {
            House house = new House(PlacementType.PARENT_AND_CHILD, pickTown(homeTowns));
            house.level = takeLevel();
            house.places = 1;
            house.minAge = 12;
            house.maxAge = 21;
            house.sex = SexApproval.FEMALE;
            house.specialisms.add(Specialism.PARENT_AND_CHILD);
            house.location = scatter(house.town);
            house.carerAge = carerAge(false);
            houses.add(house);
        }
        while (levelsLeft() > 0) {
            House house = new House(PlacementType.SUPPORTED_LODGINGS, pickTown(homeTowns));
            house.level = takeLevel();
            house.places = random.nextDouble() < 0.2 ? 2 : 1;
            house.minAge = 16;
            house.maxAge = 21;
            if (random.nextDouble() < 0.2) {
                house.specialisms.add(Specialism.UASC);
            }
            house.location = scatter(house.town);
            house.carerAge = carerAge(false);
            houses.add(house);
        }
        int homes = (int) Math.round(childCount * profile.residentialHomesPerChild());
        for (int i = 0; i < homes; i++) {
            House home = new House(PlacementType.RESIDENTIAL_IN_HOUSE, pickTown(homeTowns));
            home.places = 3 + random.nextInt(3);
            home.minAge = 10;
            home.maxAge = 17;
            home.specialisms.addAll(EnumSet.of(Specialism.EBD, Specialism.MISSING, Specialism.SELF_HARM));
            home.location = scatter(home.town);
            // No source gives an in-house home's cost; assumed at the top of the external band (SOURCES.md).
            home.cost = 950.0;
            houses.add(home);
        }
    }

    private House newInHouseFoster() {
        House house = new House(PlacementType.IN_HOUSE_FOSTER, pickTown(homeTowns));
        int level = takeLevel();
        house.level = level;
        double[] places = level <= 2 ? new double[] {0.30, 0.45, 0.25}
                : level <= 4 ? new double[] {0.35, 0.45, 0.20} : new double[] {0.60, 0.40, 0};
        house.places = 1 + pick(places);
        if (level <= 4 && house.places == 3 && random.nextDouble() < 0.12) {
            house.places = 4;
        }
        int[][] bands = {{0, 4}, {0, 10}, {0, 17}, {5, 17}, {11, 17}};
        int[] band = bands[pick(new double[] {0.12, 0.20, 0.33, 0.15, 0.20})];
        house.minAge = band[0];
        house.maxAge = band[1];
        double sexDraw = random.nextDouble();
        house.sex = sexDraw < 0.07 ? SexApproval.FEMALE : sexDraw < 0.14 ? SexApproval.MALE : SexApproval.ANY;
        if (house.places >= 2 && random.nextDouble() < 0.6) {
            house.specialisms.add(Specialism.SIBLINGS);
        }
        addSpecialisms(house, level);
        if (random.nextDouble() < 0.05) {
            house.specialisms.add(Specialism.RESPITE);
        }
        house.location = scatter(house.town);
        house.carerAge = carerAge(false);
        return house;
    }

    private void addSpecialisms(House house, int level) {
        if (level >= 3 && random.nextDouble() < 0.35) {
            house.specialisms.add(Specialism.EBD);
        }
        if (random.nextDouble() < 0.08) {
            house.specialisms.add(Specialism.DISABILITY);
            if (random.nextDouble() < 0.4) {
                house.specialisms.add(Specialism.ADAPTATION);
            }
        }
        if (level >= 4 && random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.MISSING);
        }
        if (level >= 4 && random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.SELF_HARM);
        }
        if (level >= 5 && random.nextDouble() < 0.5) {
            house.specialisms.add(Specialism.CSE);
        }
        if (level >= 5 && random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.HARM_TO_OTHERS);
        }
        if ((house.maxAge == null || house.maxAge >= 14) && random.nextDouble() < 0.04) {
            house.specialisms.add(Specialism.UASC);
        }
    }

    /** 34% of carers are aged 60-70 (004 L441); the rest 25-59, grandparents more often older. */
    private Integer carerAge(boolean connected) {
        double share60to70 = Math.min(0.9, profile.carersAged60to70Share() * (connected ? 1.3 : 1.0));
        if (random.nextDouble() < share60to70) {
            return 60 + random.nextInt(11);
        }
        return 25 + random.nextInt(35);
    }

    // ---------------------------------------------------------------- placing children

    /** Candidates examined per town before giving up on it: keeps large scenarios fast. */
    private static final int CANDIDATES_PER_TOWN = 64;

    private void placeFamilies() {
        // Open in-house places by kind of placement and town, so a search looks only where it may fit.
        List<List<List<House>>> open = new ArrayList<>();
        for (PlacementKind kind : PlacementKind.values()) {
            List<List<House>> byTown = new ArrayList<>();
            for (int i = 0; i < homeTowns.size(); i++) {
                byTown.add(new ArrayList<>());
            }
            open.add(byTown);
        }
        for (House house : houses) {
            if (house.free() > 0 && house.type != PlacementType.CONNECTED) {
                open.get(house.type.kind().ordinal()).get(townIndex(house.town)).add(house);
            }
        }
        List<Family> toPlace = new ArrayList<>();
        for (Family family : families) {
            if (family.status != ChildStatus.WAITING && family.placedIn == null) {
                toPlace.add(family);
            }
        }
        // Hardest first, as a commissioner fills the scarce specialist places first.
        toPlace.sort(Comparator.comparingInt(Family::level).reversed()
                .thenComparing(Comparator.comparingInt((Family f) -> f.members.size()).reversed()));
        for (Family family : toPlace) {
            House house = null;
            PlacementKind kind = family.kind();
            double inHouseChance = switch (kind) {
                case FOSTER -> profile.inHouseFosterPreference();
                case SUPPORTED -> 0.45;
                case RESIDENTIAL -> 0.6;
            };
            if (random.nextDouble() < inHouseChance) {
                house = findInHouse(family, open.get(kind.ordinal()));
            }
            if (house == null) {
                house = buyExternal(family);
                houses.add(house);
            }
            house.admit(family);
        }
    }

    private House findInHouse(Family family, List<List<House>> openByTown) {
        int home = townIndex(family.town);
        for (int attempt = 0; attempt < 4; attempt++) {
            int townIndex = attempt == 0 ? home : random.nextInt(homeTowns.size());
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
                    boolean closes = house.free() == family.members.size()
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

    /** An external placement bought for this family (spot or framework), as commissioners do. */
    private House buyExternal(Family family) {
        PlacementKind kind = family.kind();
        PlacementType type = switch (kind) {
            case FOSTER -> PlacementType.IFA_FOSTER;
            case RESIDENTIAL -> PlacementType.RESIDENTIAL_EXTERNAL;
            case SUPPORTED -> PlacementType.SUPPORTED_ACCOMMODATION;
        };
        House house = newExternal(type, family.town);
        int youngest = family.members.stream().mapToInt(k -> k.age).min().orElse(0);
        int eldest = family.members.stream().mapToInt(k -> k.age).max().orElse(17);
        house.places = family.members.size() + (type != PlacementType.RESIDENTIAL_EXTERNAL && random.nextDouble() < 0.2
                ? 1 : 0);
        if (type == PlacementType.IFA_FOSTER) {
            house.level = Math.max(family.level(), 1 + pick(IFA_LEVEL_MIX));
            house.minAge = Math.max(0, youngest - random.nextInt(4));
            house.maxAge = Math.min(17, eldest + random.nextInt(4));
        } else if (type == PlacementType.RESIDENTIAL_EXTERNAL) {
            house.minAge = Math.min(youngest, 8 + random.nextInt(4));
            house.maxAge = 17;
        } else {
            house.minAge = Math.min(youngest, 16);
            house.maxAge = 21;
        }
        if (family.members.size() > 1) {
            house.specialisms.add(Specialism.SIBLINGS);
        }
        for (Kid kid : family.members) {
            for (Need need : kid.needs) {
                house.specialisms.add(Specialism.meeting(need));
            }
        }
        return house;
    }

    private House newExternal(PlacementType type, Town near) {
        // Most bought placements are near home; some are out of area (004 L86, L99 want them close).
        Town town = random.nextDouble() < 0.6 ? near : pickTown(providerTowns);
        House house = new House(type, town);
        house.location = scatter(town);
        int supplier = pick(SUPPLIER_SHARES);
        switch (type) {
            case IFA_FOSTER -> {
                house.cost = (double) (520 + random.nextInt(989 - 520 + 1));
                house.supplier = id("IFA ", supplier + 1, 2);
                house.contract = random.nextDouble() < 0.6 ? ContractKind.FRAMEWORK : ContractKind.SPOT;
                house.carerAge = carerAge(false);
            }
            case RESIDENTIAL_EXTERNAL -> {
                house.cost = (double) (800 + random.nextInt(989 - 800 + 1));
                house.supplier = id("Residential ", supplier + 1, 2);
                house.contract = random.nextDouble() < 0.3 ? ContractKind.FRAMEWORK : ContractKind.SPOT;
            }
            default -> {
                house.cost = (double) (random.nextDouble() < 0.7 ? 257 : 258 + random.nextInt(300 - 258 + 1));
                house.supplier = id("16+ provider ", supplier + 1, 2);
                house.contract = random.nextDouble() < 0.8 ? ContractKind.FRAMEWORK : ContractKind.SPOT;
            }
        }
        return house;
    }

    /** Vacant external offers (framework vacancies) that waiting children may be matched to. */
    private void addExternalOffers() {
        int waiting = 0;
        int external = 0;
        for (Family family : families) {
            if (family.status == ChildStatus.WAITING) {
                waiting += family.members.size();
            }
        }
        for (House house : houses) {
            if (!house.type.isInHouse()) {
                external++;
            }
        }
        int offers = (int) Math.round(waiting * profile.externalOffersPerWaitingChild());
        if (profile.externalPlacementsTarget() > 0) {
            int target = (int) Math.round(profile.externalPlacementsTarget() * (double) childCount
                    / profile.defaultChildren());
            offers = Math.max(offers, target - external);
        }
        for (int i = 0; i < offers; i++) {
            double draw = random.nextDouble();
            PlacementType type = draw < 0.65 ? PlacementType.IFA_FOSTER
                    : draw < 0.8 ? PlacementType.RESIDENTIAL_EXTERNAL : PlacementType.SUPPORTED_ACCOMMODATION;
            House house = newExternal(type, pickTown(homeTowns));
            if (type == PlacementType.IFA_FOSTER) {
                house.level = 1 + pick(IFA_LEVEL_MIX);
                house.places = random.nextDouble() < 0.3 ? 2 : 1;
                int[][] bands = {{0, 10}, {0, 17}, {5, 17}, {11, 17}};
                int[] band = bands[random.nextInt(bands.length)];
                house.minAge = band[0];
                house.maxAge = band[1];
                if (house.places == 2) {
                    house.specialisms.add(Specialism.SIBLINGS);
                }
                addSpecialisms(house, house.level);
            } else if (type == PlacementType.RESIDENTIAL_EXTERNAL) {
                house.places = 1;
                house.minAge = 10 + random.nextInt(3);
                house.maxAge = 17;
                house.specialisms.addAll(EnumSet.of(Specialism.EBD, Specialism.MISSING));
                if (random.nextDouble() < 0.4) {
                    house.specialisms.add(Specialism.CSE);
                }
                if (random.nextDouble() < 0.25) {
                    house.specialisms.add(Specialism.HARM_TO_OTHERS);
                }
            } else {
                house.places = 1;
                house.minAge = 16;
                house.maxAge = 21;
                if (random.nextDouble() < 0.3) {
                    house.specialisms.add(Specialism.UASC);
                }
            }
            houses.add(house);
        }
    }

    /** Ids by type (in the contract's order) then creation order, so the table reads in groups. */
    private List<House> assignPlacementIds() {
        List<House> ordered = new ArrayList<>(houses);
        ordered.sort(Comparator.comparingInt((House h) -> h.type.ordinal()));
        int width = Math.max(4, Integer.toString(ordered.size()).length());
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).id = id("P", i + 1, width);
        }
        return ordered;
    }

    /** "C0042": a prefix and a zero-padded number (String.format is slow at 100,000 rows). */
    private static String id(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    // ---------------------------------------------------------------- random helpers

    private Town pickTown(List<Town> towns) {
        double total = 0;
        for (Town town : towns) {
            total += town.weight();
        }
        double draw = random.nextDouble() * total;
        for (Town town : towns) {
            draw -= town.weight();
            if (draw < 0) {
                return town;
            }
        }
        return towns.get(towns.size() - 1);
    }

    private GeoPoint scatter(Town town) {
        double north = random.nextGaussian() * town.radiusKm();
        double east = random.nextGaussian() * town.radiusKm();
        return move(town.latitude(), town.longitude(), north, east);
    }

    private GeoPoint offset(GeoPoint from, double distanceKm) {
        double bearing = random.nextDouble() * 2 * Math.PI;
        return move(from.latitude(), from.longitude(), distanceKm * Math.cos(bearing), distanceKm * Math.sin(bearing));
    }

    /** Moves a point by km north and east; 4 decimals (about 10 m) is precise enough and short. */
    private static GeoPoint move(double latitude, double longitude, double northKm, double eastKm) {
        double lat = latitude + northKm / 111.2;
        double lon = longitude + eastKm / (111.2 * Math.cos(Math.toRadians(latitude)));
        return new GeoPoint(Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4);
    }

    private int pick(double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private int pick(List<Double> shares) {
        return pick(shares.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    /**
     * Splits a total into whole counts by shares, giving leftovers to the largest remainders. A
     * published mix rounded to whole percent (5/18/43/24/7/2 sums to 99%) is applied as printed
     * when the leftovers are few (190 carers: 10/34/82/46/14/4, as seed note 004 derives), and
     * rescaled to sum to one otherwise, so large totals keep the mix's proportions.
     */
    static int[] largestRemainder(int total, List<Double> shares) {
        int[] counts = split(total, shares, 1.0);
        int assigned = 0;
        for (int count : counts) {
            assigned += count;
        }
        if (total - assigned > shares.size()) {
            counts = split(total, shares, shares.stream().mapToDouble(Double::doubleValue).sum());
        }
        return counts;
    }

    private static int[] split(int total, List<Double> shares, double divisor) {
        int[] counts = new int[shares.size()];
        double[] remainders = new double[shares.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = total * shares.get(i) / divisor;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        for (int round = 0; assigned < total && round < counts.length; round++) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }

    private static double[] supplierShares() {
        double[] shares = new double[20];
        for (int i = 0; i < 20; i++) {
            shares[i] = i < 3 ? 0.42 / 3 : i < 8 ? 0.28 / 5 : 0.30 / 12;
        }
        return shares;
    }

    // ---------------------------------------------------------------- drafts

    /** A child while being drawn; becomes an immutable {@link Child} at the end. */
    private static final class Kid {
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

        Child toChild() {
            return new Child(id, birthDate, sex, home, school, keepSchool, statedLevel, sdq, needs, group, livingWith,
                    recommended, placement == null ? null : placement.id, status, neededBy, urgency);
        }
    }

    /** Children placed together: a singleton or a sibling group. */
    private static final class Family {
        final Town town;
        final List<Kid> members = new ArrayList<>(4);
        ChildStatus status;
        boolean forcedWaiting;
        House placedIn;

        Family(Town town) {
            this.town = town;
        }

        /** Cached: members' needs are fixed once the family is drawn. */
        private int level;
        private Set<Specialism> specialistNeeds;

        int level() {
            if (level == 0) {
                for (Kid kid : members) {
                    level = Math.max(level, kid.level());
                }
            }
            return level;
        }

        /** Siblings live together in a family home; a singleton goes where assessed. */
        PlacementKind kind() {
            return members.size() > 1 ? PlacementKind.FOSTER : members.get(0).recommended;
        }

        boolean hasHardCase() {
            return members.stream().anyMatch(k -> k.statedLevel != null && k.statedLevel == 6
                    && k.livingWith == LivingWith.SOLO);
        }

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

    /** A carer household or provider resource while being built, with its occupants. */
    private static final class House {
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
            if (family.members.size() > free()) {
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
            if (free() < family.members.size()) {
                return false;
            }
            if (type.kind() != family.kind()) {
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
                    if (!canShare(occupant, kid) || !canShare(kid, occupant)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Whether {@code a}'s living-with rule allows living with {@code b} (not a sibling). */
        private static boolean canShare(Kid a, Kid b) {
            return switch (a.livingWith) {
                case ANY -> true;
                case SOLO -> false;
                case OLDER_ONLY -> b.age > a.age;
                case YOUNGER_ONLY -> b.age < a.age;
            };
        }

        Placement toPlacement() {
            return new Placement(id, type, level, places, minAge, maxAge, sex, specialisms, location, cost, supplier,
                    contract, linked == null ? null : linked.id, carerAge);
        }
    }
}
