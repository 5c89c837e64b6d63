package uk.sufficiency.engine.matching.score;

import static uk.sufficiency.engine.matching.bench.BenchInstances.AS_OF;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.solver.SolverConfigs;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;
import uk.sufficiency.model.scenario.MatchingWeights;

/**
 * Every constraint, with fixtures where the penalised and the unpenalised cases differ in count, so
 * a constraint that penalised the wrong side would fail.
 */
class MatchingConstraintProviderTest {

    private static final MatchingWeights WEIGHTS = new MatchingWeights(1, 2, 300, 20, 100, 1000, 25);
    private static final SoftCosts COSTS = new SoftCosts(WEIGHTS, FeeTable.defaults());
    private static final GeoPoint LEICESTER = new GeoPoint(52.6369, -1.1398);

    private final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> verifier =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingSolution.class, PlacementRequest.class)
                    .withConstraintStreamImplType(org.optaplanner.core.api.score.stream.ConstraintStreamImplType.BAVET);

    // ---- fixtures ----

    private static Child child(String id, int age, int level, Sex sex, Set<Need> needs, LivingWith livingWith,
            PlacementKind kind, ChildStatus status, String current) {
        return new Child(id, AS_OF.minusYears(age).minusDays(30), sex, LEICESTER, null, false, level, null, needs,
                null, livingWith, kind, current, status, null, Urgency.PLANNED);
    }

    private static Child child(String id, int age, int level) {
        return child(id, age, level, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
    }

    private static Home home(int index, PlacementType type, Integer level, int places, Integer minAge, Integer maxAge,
            SexApproval sex, Set<Specialism> specialisms, Double cost, String linked) {
        return new Home(index, new Placement("P" + index, type, level, places, minAge, maxAge, sex, specialisms,
                LEICESTER, cost, null, ContractKind.SPOT, linked, null));
    }

    private static Home foster(int index, int level, int places) {
        return home(index, PlacementType.IN_HOUSE_FOSTER, level, places, null, null, SexApproval.ANY, Set.of(), null,
                null);
    }

    private static PlacementRequest request(Home home, Child... children) {
        return request(null, home, false, children);
    }

    private static PlacementRequest request(Home current, Home home, boolean pinned, Child... children) {
        PlacementRequest request = new PlacementRequest(children.length == 1 ? children[0].childId() : "group",
                List.of(children), current, pinned, AS_OF, COSTS);
        request.setEligibleHomes(new HomeRange(home == null ? List.of() : List.of(home)));
        request.setHome(home);
        return request;
    }

    // ---- hard ----

    @Test
    void skillBelowNeedIsHard() {
        Home level3 = foster(0, 3, 3);
        verifier.verifyThat(MatchingConstraintProvider::skill)
                .given(request(level3, child("A", 8, 5)), request(level3, child("B", 8, 4)),
                        request(level3, child("C", 8, 3)), request(level3, child("D", 8, 1)))
                .penalizesBy(2);
    }

    @Test
    void ageOutsideApprovalIsHard() {
        Home fiveToTen = home(0, PlacementType.IN_HOUSE_FOSTER, 3, 4, 5, 10, SexApproval.ANY, Set.of(), null, null);
        verifier.verifyThat(MatchingConstraintProvider::age)
                .given(request(fiveToTen, child("A", 4, 1)), request(fiveToTen, child("B", 11, 1)),
                        request(fiveToTen, child("C", 12, 1)), request(fiveToTen, child("D", 7, 1)))
                .penalizesBy(3);
    }

    @Test
    void sexOutsideApprovalIsHard() {
        Home girls = home(0, PlacementType.IN_HOUSE_FOSTER, 3, 4, null, null, SexApproval.FEMALE, Set.of(), null, null);
        verifier.verifyThat(MatchingConstraintProvider::sex)
                .given(request(girls, child("A", 9, 1, Sex.MALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                                ChildStatus.WAITING, null)),
                        request(girls, child("B", 9, 1, Sex.UNKNOWN, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                                ChildStatus.WAITING, null)),
                        request(girls, child("C", 9, 1)))
                .penalizesBy(2);
    }

    @Test
    void placementKindMustSuitRecommendation() {
        Home residential = home(0, PlacementType.RESIDENTIAL_EXTERNAL, null, 4, null, null, SexApproval.ANY, Set.of(),
                4000.0, null);
        verifier.verifyThat(MatchingConstraintProvider::kind)
                .given(request(residential, child("A", 14, 5)), request(residential, child("B", 14, 5)),
                        request(residential, child("C", 14, 5, Sex.FEMALE, Set.of(), LivingWith.ANY,
                                PlacementKind.RESIDENTIAL, ChildStatus.WAITING, null)))
                .penalizesBy(2);
    }

    @Test
    void specialistNeedsMustBeMet() {
        Home plain = foster(0, 6, 4);
        Home disability = home(1, PlacementType.IN_HOUSE_FOSTER, 6, 4, null, null, SexApproval.ANY,
                Set.of(Specialism.DISABILITY), null, null);
        Child disabled1 = child("A", 9, 4, Sex.FEMALE, Set.of(Need.DISABILITY), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
        Child disabled2 = child("B", 9, 4, Sex.FEMALE, Set.of(Need.DISABILITY), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
        Child disabled3 = child("C", 9, 4, Sex.FEMALE, Set.of(Need.DISABILITY), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
        verifier.verifyThat(MatchingConstraintProvider::specialist)
                .given(request(plain, disabled1), request(plain, disabled2), request(disability, disabled3),
                        request(plain, child("D", 9, 1)))
                .penalizesBy(2);
    }

    @Test
    void connectedCarerTakesOnlyItsLinkedChild() {
        Home aunt = home(0, PlacementType.CONNECTED, 2, 3, null, null, SexApproval.ANY, Set.of(), null, "A");
        verifier.verifyThat(MatchingConstraintProvider::connected)
                .given(request(aunt, child("A", 6, 1)), request(aunt, child("B", 6, 1)), request(aunt, child("C", 6, 1)))
                .penalizesBy(2);
    }

    @Test
    void statusQuoIsNotPenalisedByStaticRules() {
        Home level2 = foster(0, 2, 2);
        Child placed = child("A", 8, 5, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.PLACED, "P0");
        verifier.verifyThat(MatchingConstraintProvider::skill)
                .given(request(level2, level2, false, placed), request(level2, child("B", 8, 5)))
                .penalizesBy(1);
    }

    @Test
    void placesAreNeverExceededCountingChildrenAlreadyThere() {
        Home two = foster(0, 3, 2);
        Home one = foster(1, 3, 1);
        Child permanent = child("A", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.PERMANENT, "P0");
        verifier.verifyThat(MatchingConstraintProvider::capacity)
                .given(request(two, two, true, permanent), request(two, child("B", 8, 1)),
                        request(two, child("C", 8, 1)), request(two, child("D", 8, 1)), request(one, child("E", 8, 1)))
                .penalizesBy(2);
    }

    @Test
    void siblingGroupCountsAllItsChildrenAgainstPlaces() {
        Home two = foster(0, 3, 2);
        verifier.verifyThat(MatchingConstraintProvider::capacity)
                .given(request(two, child("A", 8, 1), child("B", 9, 1), child("C", 10, 1)))
                .penalizesBy(1);
    }

    @Test
    void livingWithRulesAreHard() {
        Home h0 = foster(0, 5, 4);
        Home h1 = foster(1, 5, 4);
        Child solo = child("S", 12, 3, Sex.FEMALE, Set.of(), LivingWith.SOLO, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
        Child olderOnly = child("O", 10, 3, Sex.FEMALE, Set.of(), LivingWith.OLDER_ONLY, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
        // h0: solo child with two others -> 2 conflicts; h1: older_only aged 10 with a 14 (fine) and a 6 (conflict).
        verifier.verifyThat(MatchingConstraintProvider::livingWith)
                .given(request(h0, solo), request(h0, child("X", 3, 1)), request(h0, child("Y", 4, 1)),
                        request(h1, olderOnly), request(h1, child("Z", 14, 1)), request(h1, child("W", 6, 1)))
                .penalizesBy(3);
    }

    @Test
    void youngerOnlyConflictsWithOlderChildren() {
        Home h0 = foster(0, 5, 4);
        Child youngerOnly = child("Y", 10, 3, Sex.FEMALE, Set.of(), LivingWith.YOUNGER_ONLY, PlacementKind.FOSTER,
                ChildStatus.WAITING, null);
        verifier.verifyThat(MatchingConstraintProvider::livingWith)
                .given(request(h0, youngerOnly), request(h0, child("A", 12, 1)), request(h0, child("B", 15, 1)),
                        request(h0, child("C", 5, 1)))
                .penalizesBy(2);
    }

    @Test
    void placedChildMayNotBeLeftUnplaced() {
        Home h0 = foster(0, 3, 2);
        Child placed1 = child("A", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.PLACED, "P0");
        Child placed2 = child("B", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.PLACED, "P0");
        verifier.verifyThat(MatchingConstraintProvider::placedChildLeftUnplaced)
                .given(request(h0, null, false, placed1), request(h0, h0, false, placed2), request(null, child("C", 8, 1)))
                .penalizesBy(1);
    }

    // ---- medium ----

    @Test
    void unplacedChildrenAreWeightedByUrgency() {
        Home h0 = foster(0, 3, 3);
        Child emergency = new Child("E", AS_OF.minusYears(7), Sex.FEMALE, null, null, false, 1, null, Set.of(), null,
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.EMERGENCY);
        verifier.verifyThat(MatchingConstraintProvider::unplaced)
                .given(request(null, emergency), request(null, child("P", 7, 1)), request(h0, child("Q", 7, 1)))
                .penalizesBy(Urgency.EMERGENCY.unplacedWeight() + Urgency.PLANNED.unplacedWeight());
    }

    // ---- soft ----

    @Test
    void weeklyCostUsesStatedCostOrFeeTables() {
        Home ifa = home(0, PlacementType.IFA_FOSTER, 3, 3, null, null, SexApproval.ANY, Set.of(), 900.0, null);
        Home inHouse = foster(1, 4, 3);
        // IFA: 900 + 900; in-house level 4 for an 8-year-old: 250 fee + 139 allowance.
        verifier.verifyThat(MatchingConstraintProvider::cost)
                .given(request(ifa, child("A", 8, 1)), request(ifa, child("B", 3, 1)), request(inHouse, child("C", 8, 1)))
                .penalizesBy(900 + 900 + 250 + 139);
    }

    @Test
    void distanceIsWeightedKilometresFromHome() {
        Home near = foster(0, 3, 3);
        GeoPoint thirtyKmAway = new GeoPoint(LEICESTER.latitude() + 30 / 111.19, LEICESTER.longitude());
        Home far = new Home(1, new Placement("P1", PlacementType.IN_HOUSE_FOSTER, 3, 3, null, null, SexApproval.ANY,
                Set.of(), thirtyKmAway, null, null, null, null, null));
        long expected = SoftCosts.points(2, 2 * LEICESTER.distanceKm(thirtyKmAway));
        verifier.verifyThat(MatchingConstraintProvider::distance)
                .given(request(far, child("A", 8, 1)), request(far, child("B", 8, 1)), request(near, child("C", 8, 1)))
                .penalizesBy(expected);
    }

    @Test
    void schoolContinuityPenalisesOnlyChildrenWhoShouldKeepTheirSchool() {
        GeoPoint school = LEICESTER;
        GeoPoint farAway = new GeoPoint(LEICESTER.latitude() + 0.5, LEICESTER.longitude());
        Home far = new Home(0, new Placement("P0", PlacementType.IN_HOUSE_FOSTER, 3, 4, null, null, SexApproval.ANY,
                Set.of(), farAway, null, null, null, null, null));
        Home near = foster(1, 3, 4);
        Child keeps1 = new Child("A", AS_OF.minusYears(9), Sex.FEMALE, null, school, true, 1, null, Set.of(), null,
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
        Child keeps2 = new Child("B", AS_OF.minusYears(9), Sex.FEMALE, null, school, true, 1, null, Set.of(), null,
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
        Child keepsNear = new Child("C", AS_OF.minusYears(9), Sex.FEMALE, null, school, true, 1, null, Set.of(), null,
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
        Child mayChange = new Child("D", AS_OF.minusYears(9), Sex.FEMALE, null, school, false, 1, null, Set.of(), null,
                LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null, Urgency.PLANNED);
        verifier.verifyThat(MatchingConstraintProvider::school)
                .given(request(far, keeps1), request(far, keeps2), request(near, keepsNear), request(far, mayChange))
                .penalizesBy(600);
    }

    @Test
    void preferenceOrderPenalisesEachStepDown() {
        Home connected = home(0, PlacementType.CONNECTED, 2, 1, null, null, SexApproval.ANY, Set.of(), null, "A");
        Home ifa = home(1, PlacementType.IFA_FOSTER, 3, 3, null, null, SexApproval.ANY, Set.of(), 900.0, null);
        Home residential = home(2, PlacementType.RESIDENTIAL_EXTERNAL, null, 3, null, null, SexApproval.ANY, Set.of(),
                4000.0, null);
        verifier.verifyThat(MatchingConstraintProvider::preference)
                .given(request(connected, child("A", 8, 1)), request(ifa, child("B", 8, 1)),
                        request(residential, child("C", 8, 1)))
                .penalizesBy(0 + 200 + 300);
    }

    @Test
    void movingAPlacedChildCosts() {
        Home h0 = foster(0, 3, 3);
        Home h1 = foster(1, 3, 3);
        Child moved1 = child("A", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER, ChildStatus.PLACED, "P0");
        Child moved2 = child("B", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER, ChildStatus.PLACED, "P0");
        Child stays = child("C", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER, ChildStatus.PLACED, "P0");
        verifier.verifyThat(MatchingConstraintProvider::move)
                .given(request(h0, h1, false, moved1), request(h0, h1, false, moved2), request(h0, h0, false, stays),
                        request(h1, child("D", 8, 1)))
                .penalizesBy(2000);
    }

    @Test
    void overQualificationPenalisesWastedLevels() {
        Home level6 = foster(0, 6, 3);
        Home level2 = foster(1, 2, 3);
        verifier.verifyThat(MatchingConstraintProvider::overQualification)
                .given(request(level6, child("A", 8, 1)), request(level6, child("B", 8, 4)),
                        request(level2, child("C", 8, 2)))
                .penalizesBy(25 * (5 + 2));
    }

    @Test
    void permanentChildrenAddNoSoftPoints() {
        Home ifa = home(0, PlacementType.IFA_FOSTER, 3, 3, null, null, SexApproval.ANY, Set.of(), 900.0, null);
        Child permanent = child("A", 8, 1, Sex.FEMALE, Set.of(), LivingWith.ANY, PlacementKind.FOSTER,
                ChildStatus.PERMANENT, "P0");
        verifier.verifyThat(MatchingConstraintProvider::cost)
                .given(request(ifa, ifa, true, permanent), request(ifa, child("B", 8, 1)))
                .penalizesBy(900);
    }

    @Test
    void bavetIsSelectedExplicitly() {
        org.junit.jupiter.api.Assertions.assertEquals(
                org.optaplanner.core.api.score.stream.ConstraintStreamImplType.BAVET,
                SolverConfigs.scoreDirector().getConstraintStreamImplType());
    }
}
