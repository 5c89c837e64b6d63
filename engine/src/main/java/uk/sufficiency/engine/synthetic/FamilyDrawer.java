package uk.sufficiency.engine.synthetic;

import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;

/**
 * Stage 1: draws the children, family by family (singletons and sibling groups of 2-4), with ages,
 * sex, home, school, needs, SDQ score, assessed level, living-with rule and recommended kind of
 * placement. Families the profile says must wait (a sibling group of 4, the hard cases) are marked.
 */
final class FamilyDrawer {

    /** Sizes of sibling groups 2, 3, 4 and their shares (assumption; SOURCES.md). */
    private static final double[] GROUP_SIZE_SHARES = {0.60, 0.28, 0.12};
    private static final double MEAN_GROUP_SIZE = 2 * 0.60 + 3 * 0.28 + 4 * 0.12;
    private static final int OLDEST_CHILD = 17;

    private final Draft draft;
    private final GenerationProfile profile;
    private final Draws random;

    FamilyDrawer(Draft draft) {
        this.draft = draft;
        this.profile = draft.profile;
        this.random = draft.random;
    }

    void drawFamilies() {
        int remaining = draft.childCount;
        int waitingTarget = draft.waitingTarget();
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
                size = 2 + random.pick(GROUP_SIZE_SHARES);
            }
            size = Math.min(size, remaining);
            newFamily(size, drawAge());
            remaining -= size;
        }
    }

    private int drawAge() {
        int band = random.pick(profile.ageBandShares());
        return switch (band) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(4);
            case 2 -> 5 + random.nextInt(5);
            case 3 -> 10 + random.nextInt(6);
            default -> 16 + random.nextInt(2);
        };
    }

    private Family newFamily(int size, int eldestAge) {
        Town town = random.town(draft.homeTowns);
        GeoPoint home = random.scatter(town);
        Family family = new Family(town);
        // Twins now and then; otherwise one to three years between siblings. The eldest is at
        // least as old as the gaps, so no younger sibling's age is cut off at zero.
        int[] gaps = new int[size];
        int totalGap = 0;
        for (int i = 1; i < size; i++) {
            gaps[i] = random.nextDouble() < 0.08 ? 0 : 1 + random.nextInt(3);
            totalGap += gaps[i];
        }
        int age = Math.min(OLDEST_CHILD, Math.max(eldestAge, totalGap));
        for (int i = 0; i < size; i++) {
            age -= gaps[i];
            family.members.add(drawKid(Math.max(0, age), home, size == 1));
        }
        draft.families.add(family);
        return family;
    }

    /** A 12-15 year-old with exploitation, going-missing and harm-to-others risks (004 L362). */
    private Family newHardCase() {
        Town town = random.town(draft.homeTowns);
        Family family = new Family(town);
        Kid kid = drawKid(12 + random.nextInt(4), random.scatter(town), true);
        kid.needs.clear();
        kid.needs.add(Need.HARM_TO_OTHERS);
        kid.needs.add(Need.MISSING);
        kid.needs.add(kid.sex == Sex.FEMALE ? Need.CSE : Need.CCE);
        if (random.nextDouble() < 0.5) {
            kid.needs.add(Need.SELF_HARM);
        }
        kid.sdq = 22 + random.nextInt(11);
        kid.livingWith = LivingWith.SOLO;
        kid.statedLevel = SkillLevel.MAX;
        kid.recommended = random.nextDouble() < 0.5 ? PlacementKind.RESIDENTIAL : PlacementKind.FOSTER;
        family.members.add(kid);
        draft.families.add(family);
        return family;
    }

    private Kid drawKid(int age, GeoPoint home, boolean single) {
        Kid kid = new Kid();
        kid.age = age;
        kid.birthDate = profile.asOf().minusYears(age).minusDays(random.nextInt(365));
        double sexDraw = random.nextDouble();
        kid.sex = sexDraw < 0.005 ? Sex.UNKNOWN : sexDraw < 0.005 + profile.maleShare() ? Sex.MALE : Sex.FEMALE;
        kid.home = home;
        drawNeeds(kid, single);
        drawSdqAndLevel(kid);
        drawLivingWith(kid);
        drawRecommended(kid);
        if (age >= 4) {
            kid.school = random.offset(home, 0.5 + random.nextDouble() * 3.5);
            kid.keepSchool = random.nextDouble() < 0.55;
        }
        return kid;
    }

    private void drawNeeds(Kid kid, boolean single) {
        int age = kid.age;
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
    }

    private void drawSdqAndLevel(Kid kid) {
        if (kid.age >= 4 && random.nextDouble() < 0.85) {
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
    }

    private void drawLivingWith(Kid kid) {
        double livingDraw = random.nextDouble();
        boolean risky = kid.needs.contains(Need.HARM_TO_OTHERS) || kid.needs.contains(Need.CSE);
        if (livingDraw < (risky ? 0.35 : 0.04)) {
            kid.livingWith = LivingWith.SOLO;
        } else if (livingDraw < (risky ? 0.45 : 0.08)) {
            kid.livingWith = kid.age >= 8 ? LivingWith.OLDER_ONLY : LivingWith.YOUNGER_ONLY;
        }
    }

    private void drawRecommended(Kid kid) {
        int age = kid.age;
        int level = kid.level();
        if (age >= 16) {
            kid.recommended = random.nextDouble() < 0.6 ? PlacementKind.SUPPORTED : PlacementKind.FOSTER;
        } else if (age >= 11 && level >= 4 && random.nextDouble() < (level >= 5 ? 0.6 : 0.3)) {
            kid.recommended = PlacementKind.RESIDENTIAL;
        } else if (kid.needs.contains(Need.DISABILITY) && level >= 5 && random.nextDouble() < 0.3) {
            kid.recommended = PlacementKind.RESIDENTIAL;
        }
    }

    private void addNeed(Kid kid, Need need, double chance) {
        if (chance > 0 && random.nextDouble() < chance) {
            kid.needs.add(need);
        }
    }
}
