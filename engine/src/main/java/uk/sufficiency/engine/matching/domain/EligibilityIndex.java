package uk.sufficiency.engine.matching.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;

/**
 * Every {@link EligibilityRule} at once, over primitive per-home attributes, for building value
 * ranges at scale: 10,000 children x 5,500 placements is 55 million pairs, and checking each
 * through the rules' records, sets and strings took seconds. Homes are bucketed by placement kind,
 * so a request never visits homes of another kind (the KIND rule). The answers are exactly those of
 * {@link EligibilityRule#allAdmit}; a test checks every pair of random instances against it.
 */
public final class EligibilityIndex {

    private static final Need[] NEEDS = Need.values();

    private final Home[] homes;
    /** Per placement kind (ordinal), the indices of its homes that offer more than respite, ascending. */
    private final int[][] homesByKind;
    private final int[] skillLevel;
    private final int[] minAge;
    private final int[] maxAge;
    private final SexApproval[] sex;
    /** Bit per {@link Need} ordinal: the specialist needs this home meets. */
    private final int[] needsMet;
    private final boolean[] parentAndChildType;
    private final boolean[] connected;
    private final int[] places;
    private final int[] kindOf;
    private final boolean[] respite;
    /** Per linked child id, the connected homes linked to that child, ascending. */
    private final Map<String, int[]> connectedByChild = new HashMap<>();
    /** Eligible homes (connected ones aside) per set of request facts, computed once each. */
    private final Map<Needs, int[]> byNeeds = new ConcurrentHashMap<>();

    public EligibilityIndex(List<Home> homeList) {
        int n = homeList.size();
        this.homes = homeList.toArray(new Home[0]);
        this.skillLevel = new int[n];
        this.minAge = new int[n];
        this.maxAge = new int[n];
        this.sex = new SexApproval[n];
        this.needsMet = new int[n];
        this.parentAndChildType = new boolean[n];
        this.connected = new boolean[n];
        this.places = new int[n];
        this.kindOf = new int[n];
        this.respite = new boolean[n];
        PlacementKind[] kinds = PlacementKind.values();
        int[][] byKind = new int[kinds.length][n];
        int[] counts = new int[kinds.length];
        for (int h = 0; h < n; h++) {
            if (homes[h].getIndex() != h) {
                throw new IllegalArgumentException("home " + homes[h].getId() + " is not at its index " + h);
            }
            Placement placement = homes[h].getPlacement();
            skillLevel[h] = placement.effectiveSkillLevel();
            minAge[h] = placement.minAge() == null ? Integer.MIN_VALUE : placement.minAge();
            maxAge[h] = placement.maxAge() == null ? Integer.MAX_VALUE : placement.maxAge();
            sex[h] = placement.sex();
            parentAndChildType[h] = placement.type() == PlacementType.PARENT_AND_CHILD;
            connected[h] = placement.type() == PlacementType.CONNECTED;
            places[h] = placement.places();
            int met = 0;
            for (Need need : NEEDS) {
                if (placement.hasSpecialism(Specialism.meeting(need))
                        || (need == Need.PARENT_AND_CHILD && parentAndChildType[h])) {
                    met |= 1 << need.ordinal();
                }
            }
            needsMet[h] = met;
            kindOf[h] = placement.type().kind().ordinal();
            respite[h] = placement.hasSpecialism(Specialism.RESPITE);
            if (connected[h] && placement.linkedChildId() != null) {
                int[] linked = connectedByChild.getOrDefault(placement.linkedChildId(), new int[0]);
                linked = Arrays.copyOf(linked, linked.length + 1);
                linked[linked.length - 1] = h;
                connectedByChild.put(placement.linkedChildId(), linked);
            }
            if (!respite[h]) {
                int kind = placement.type().kind().ordinal();
                byKind[kind][counts[kind]++] = h;
            }
        }
        this.homesByKind = new int[kinds.length][];
        for (int k = 0; k < kinds.length; k++) {
            homesByKind[k] = Arrays.copyOf(byKind[k], counts[k]);
        }
    }

    /** The request's facts the rules look at, gathered once per request. */
    private record Needs(int kind, int requiredLevel, int youngest, int oldest, boolean anyFemale,
            boolean anyMale, boolean anyOtherSex, int specialist, boolean parentAndChild, int size) {
    }

    /**
     * Indices, ascending, of the homes that pass every rule for this request, plus {@code current}
     * (where the children live now, which is always allowed) when not null.
     *
     * <p>Requests with the same facts (kind, level, ages, sexes, needs, size) share one list,
     * computed once: at 50,000 children there are about 20,000 movable requests but only a few
     * hundred distinct sets of facts, so building the lists costs a few hundred scans instead of
     * 150 million rule checks, and the lists share memory. Connected homes (each admits only its
     * linked child) and the current home are merged in per request, copying only then. The
     * returned array may be shared: never modify it.
     */
    public int[] eligible(PlacementRequest request, Home current) {
        Needs needs = needsOf(request);
        int[] shared = byNeeds.computeIfAbsent(needs, this::eligibleUnconnected);
        int[] linked = linkedHomes(needs, request);
        int currentIndex = current == null ? -1 : current.getIndex();
        if (linked.length == 0 && (currentIndex < 0 || Arrays.binarySearch(shared, currentIndex) >= 0)) {
            return shared;
        }
        int[] merged = Arrays.copyOf(shared, shared.length + linked.length + 1);
        System.arraycopy(linked, 0, merged, shared.length, linked.length);
        int count = shared.length + linked.length;
        if (currentIndex >= 0) {
            merged[count++] = currentIndex;
        }
        Arrays.sort(merged, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || merged[i] != merged[unique - 1]) {
                merged[unique++] = merged[i];
            }
        }
        return Arrays.copyOf(merged, unique);
    }

    /** The homes of the request's kind that every rule admits for these facts, connected homes left out. */
    private int[] eligibleUnconnected(Needs needs) {
        int[] candidates = needs.kind < 0 ? new int[0] : homesByKind[needs.kind];
        int[] out = new int[candidates.length];
        int count = 0;
        for (int h : candidates) {
            if (!connected[h] && admitsByFacts(needs, h)) {
                out[count++] = h;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The connected homes linked to one of the request's children that every rule admits. */
    private int[] linkedHomes(Needs needs, PlacementRequest request) {
        if (needs.kind < 0 || connectedByChild.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[0];
        for (Child child : request.getChildren()) {
            int[] homesLinked = connectedByChild.get(child.childId());
            if (homesLinked == null) {
                continue;
            }
            for (int h : homesLinked) {
                if (Arrays.binarySearch(homesByKind[needs.kind], h) >= 0 && admitsByFacts(needs, h)) {
                    out = Arrays.copyOf(out, out.length + 1);
                    out[out.length - 1] = h;
                }
            }
        }
        return out;
    }

    /** Whether every rule admits the home; the same answer as {@link EligibilityRule#allAdmit}. */
    public boolean admits(PlacementRequest request, Home home) {
        Needs needs = needsOf(request);
        int h = home.getIndex();
        if (needs.kind < 0 || Arrays.binarySearch(homesByKind[needs.kind], h) < 0) {
            return false;
        }
        return admits(needs, request, h);
    }

    private boolean admits(Needs needs, PlacementRequest request, int h) {
        return admitsByFacts(needs, h)
                && (!connected[h] || linkedToRequest(request, homes[h].getPlacement().linkedChildId()));
    }

    /** Every rule but CONNECTED's link, which needs the children's ids. */
    private boolean admitsByFacts(Needs needs, int h) {
        if (skillLevel[h] < needs.requiredLevel || places[h] < needs.size
                || needs.youngest < minAge[h] || needs.oldest > maxAge[h]
                || (needs.specialist & ~needsMet[h]) != 0
                || (parentAndChildType[h] && !needs.parentAndChild)) {
            return false;
        }
        SexApproval approval = sex[h];
        if (approval == SexApproval.FEMALE && (needs.anyMale || needs.anyOtherSex)
                || approval == SexApproval.MALE && (needs.anyFemale || needs.anyOtherSex)) {
            return false;
        }
        return true;
    }

    /**
     * For every home, the static rules it breaks for this request: bit {@code rule.ordinal()} set
     * when {@link EligibilityRule} {@code rule} does not admit it (the same answers, rule by rule;
     * tested). One pass over primitive arrays, for explaining unplaced requests at scale.
     */
    public int[] brokenRules(PlacementRequest request) {
        Needs needs = needsOf(request);
        int[] broken = new int[homes.length];
        for (int h = 0; h < homes.length; h++) {
            int mask = 0;
            if (respite[h] || kindOf[h] != needs.kind) {
                mask |= 1 << EligibilityRule.KIND.ordinal();
            }
            if (skillLevel[h] < needs.requiredLevel) {
                mask |= 1 << EligibilityRule.SKILL.ordinal();
            }
            if (needs.youngest < minAge[h] || needs.oldest > maxAge[h]) {
                mask |= 1 << EligibilityRule.AGE.ordinal();
            }
            SexApproval approval = sex[h];
            if (approval == SexApproval.FEMALE && (needs.anyMale || needs.anyOtherSex)
                    || approval == SexApproval.MALE && (needs.anyFemale || needs.anyOtherSex)) {
                mask |= 1 << EligibilityRule.SEX.ordinal();
            }
            if ((needs.specialist & ~needsMet[h]) != 0 || (parentAndChildType[h] && !needs.parentAndChild)) {
                mask |= 1 << EligibilityRule.SPECIALIST.ordinal();
            }
            if (connected[h] && !linkedToRequest(request, homes[h].getPlacement().linkedChildId())) {
                mask |= 1 << EligibilityRule.CONNECTED.ordinal();
            }
            if (places[h] < needs.size) {
                mask |= 1 << EligibilityRule.ROOM.ordinal();
            }
            broken[h] = mask;
        }
        return broken;
    }

    private static boolean linkedToRequest(PlacementRequest request, String linkedChildId) {
        for (Child child : request.getChildren()) {
            if (child.childId().equals(linkedChildId)) {
                return true;
            }
        }
        return false;
    }

    private static Needs needsOf(PlacementRequest request) {
        int kind = -2;
        int youngest = Integer.MAX_VALUE;
        int oldest = Integer.MIN_VALUE;
        boolean female = false;
        boolean male = false;
        boolean other = false;
        int specialist = 0;
        boolean parentAndChild = false;
        List<Child> children = request.getChildren();
        int[] ages = request.agesYears();
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            int childKind = child.recommended().ordinal();
            kind = kind == -2 || kind == childKind ? childKind : -1;
            youngest = Math.min(youngest, ages[i]);
            oldest = Math.max(oldest, ages[i]);
            female |= child.sex() == Sex.FEMALE;
            male |= child.sex() == Sex.MALE;
            other |= child.sex() != Sex.FEMALE && child.sex() != Sex.MALE;
            for (Need need : child.needs()) {
                if (need.needsSpecialistPlacement()) {
                    specialist |= 1 << need.ordinal();
                }
                parentAndChild |= need == Need.PARENT_AND_CHILD;
            }
        }
        return new Needs(kind == -2 ? -1 : kind, request.getRequiredLevel(), youngest, oldest, female, male, other,
                specialist, parentAndChild, request.getSize());
    }
}
