package uk.sufficiency.engine.matching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;

/**
 * What the solver places: one child, or a whole sibling group that must live together. Because a
 * sibling group is one entity with one planning variable, "siblings stay together, or all stay
 * unplaced" holds by construction.
 *
 * <p>The planning variable {@code home} may be null (unplaced). Its value range is this request's
 * own {@link HomeRange}: the homes that pass every static rule (see {@code score.Eligibility}),
 * plus the home the children live in now, so the solver never tries an impossible placement.
 */
@PlanningEntity
public class PlacementRequest {

    @PlanningId
    private String id;
    private List<Child> children;
    private int size;
    /** Sum of the children's urgency weights: the medium penalty if left unplaced. */
    private int unplacedWeight;
    /** True when a child of the request is already placed (so it may be moved but never unplaced). */
    private boolean placedNow;
    /** Where the children live now, when all of them live in the same home; else null. */
    private Home currentHome;
    private int requiredLevel;
    private int[] agesYears;
    /** Epoch day of the youngest child's birth (latest birth date). */
    private long youngestBirthDay;
    /** Epoch day of the oldest child's birth (earliest birth date). */
    private long oldestBirthDay;
    private boolean solo;
    /** Latest birth day another child must be born before (strictly), from older_only children. */
    private long othersBornBefore = Long.MAX_VALUE;
    /** Earliest birth day another child must be born after (strictly), from younger_only children. */
    private long othersBornAfter = Long.MIN_VALUE;
    private SoftCosts costs;
    private HomeRange eligibleHomes;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(nullable = true, valueRangeProviderRefs = "eligibleHomes")
    private Home home;

    @ShadowVariable(variableListenerClass = OccupancyListener.class, sourceVariableName = "home")
    private Home indexedHome;

    /** For the solution cloner. */
    PlacementRequest() {
    }

    /**
     * @param children    one child, or the siblings to be placed together (same sibling group)
     * @param currentHome where they all live now, or null
     * @param pinned      true for permanent placements, which the solver never changes
     */
    public PlacementRequest(String id, List<Child> children, Home currentHome, boolean pinned, LocalDate asOf,
            SoftCosts costs) {
        this.id = Objects.requireNonNull(id);
        this.children = List.copyOf(children);
        this.size = this.children.size();
        this.currentHome = currentHome;
        this.pinned = pinned;
        this.costs = costs;
        this.agesYears = new int[size];
        this.youngestBirthDay = Long.MIN_VALUE;
        this.oldestBirthDay = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            Child child = this.children.get(i);
            unplacedWeight += child.urgency().unplacedWeight();
            placedNow |= child.status() == ChildStatus.PLACED;
            requiredLevel = Math.max(requiredLevel, child.requiredLevel());
            agesYears[i] = child.ageYears(asOf);
            long born = child.birthDate().toEpochDay();
            youngestBirthDay = Math.max(youngestBirthDay, born);
            oldestBirthDay = Math.min(oldestBirthDay, born);
            if (child.livingWith() == LivingWith.SOLO) {
                solo = true;
            } else if (child.livingWith() == LivingWith.OLDER_ONLY) {
                othersBornBefore = Math.min(othersBornBefore, born);
            } else if (child.livingWith() == LivingWith.YOUNGER_ONLY) {
                othersBornAfter = Math.max(othersBornAfter, born);
            }
        }
    }

    /** Sets the value range; called once by the problem builder after eligibility is known. */
    public void setEligibleHomes(HomeRange eligibleHomes) {
        this.eligibleHomes = eligibleHomes;
    }

    @ValueRangeProvider(id = "eligibleHomes")
    public HomeRange getEligibleHomes() {
        return eligibleHomes;
    }

    /**
     * Whether these two requests may not share a home because of a child's living_with rule
     * (solo; older_only; younger_only). Siblings inside one request never conflict.
     */
    public boolean conflictsWith(PlacementRequest other) {
        return violatesRuleOf(this, other) || violatesRuleOf(other, this);
    }

    private static boolean violatesRuleOf(PlacementRequest restricted, PlacementRequest other) {
        return restricted.solo
                || other.youngestBirthDay >= restricted.othersBornBefore
                || other.oldestBirthDay <= restricted.othersBornAfter;
    }

    /** True if some child has a living_with restriction. */
    public boolean hasLivingWithRule() {
        return solo || othersBornBefore != Long.MAX_VALUE || othersBornAfter != Long.MIN_VALUE;
    }

    /** Whether the current assignment is where the children already live (rules are not re-applied). */
    public boolean isStatusQuo() {
        return home != null && home == currentHome;
    }

    public String getId() {
        return id;
    }

    public List<Child> getChildren() {
        return children;
    }

    public int getSize() {
        return size;
    }

    public int getUnplacedWeight() {
        return unplacedWeight;
    }

    public boolean isPlacedNow() {
        return placedNow;
    }

    public Home getCurrentHome() {
        return currentHome;
    }

    public int getRequiredLevel() {
        return requiredLevel;
    }

    public int[] agesYears() {
        return agesYears;
    }

    public boolean isSolo() {
        return solo;
    }

    public SoftCosts getCosts() {
        return costs;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Home getHome() {
        return home;
    }

    public void setHome(Home home) {
        this.home = home;
    }

    public Home getIndexedHome() {
        return indexedHome;
    }

    public void setIndexedHome(Home indexedHome) {
        this.indexedHome = indexedHome;
    }

    /** Waiting (not yet placed) and not pinned: the only requests that may be left unplaced. */
    public boolean mayBeUnplaced() {
        return !placedNow && !pinned;
    }

    @Override
    public String toString() {
        return id + (home == null ? "->unplaced" : "->" + home.getId());
    }
}
