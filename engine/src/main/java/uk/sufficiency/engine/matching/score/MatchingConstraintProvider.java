package uk.sufficiency.engine.matching.score;

import java.util.List;
import java.util.function.ToLongBiFunction;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import uk.sufficiency.engine.matching.domain.EligibilityRule;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.engine.matching.score.MatchingJustification.LeftUnplaced;
import uk.sufficiency.engine.matching.score.MatchingJustification.LivingWithConflict;
import uk.sufficiency.engine.matching.score.MatchingJustification.OverCapacity;
import uk.sufficiency.engine.matching.score.MatchingJustification.RuleBroken;
import uk.sufficiency.engine.matching.score.MatchingJustification.SoftContribution;

/**
 * The matching score, as constraint streams (run on Bavet). Hard: rules no proposal may break.
 * Medium: children left unplaced, weighted by urgency. Soft: weighted cost, distance and
 * preference points (see {@link SoftCosts} for units). A placement the children already live in is
 * never penalised under a static rule: what is, is; the rules govern moves.
 */
public final class MatchingConstraintProvider implements ConstraintProvider {

    /** Constraint names, as they appear in explanations and reports. */
    public static final String CAPACITY = "Places exceeded";
    public static final String LIVING_WITH = "Living-with rule broken";
    public static final String PLACED_CHILD_UNPLACED = "Placed child left without a placement";
    public static final String UNPLACED = "Child unplaced";
    public static final String COST = "Weekly cost";
    public static final String DISTANCE = "Distance from home";
    public static final String SCHOOL = "School continuity";
    public static final String PREFERENCE = "Preference order";
    public static final String MOVE = "Moving a placed child";
    public static final String OVER_QUALIFICATION = "Over-qualification";

    /** The soft objectives in report order, with their column names in matches.csv. */
    public static final List<String> SOFT_NAMES = List.of(COST, DISTANCE, SCHOOL, PREFERENCE, MOVE, OVER_QUALIFICATION);

    public static String ruleConstraintName(EligibilityRule rule) {
        return "Rule: " + rule.summary();
    }

    /**
     * Every constraint, each built by the one method the ConstraintVerifier tests call (so the
     * tested constraints are the scored ones). The static rules but ROOM (which is the capacity
     * constraint) are hard rules of their own.
     */
    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            // ---- hard ----
            kind(factory), skill(factory), age(factory), sex(factory), specialist(factory), connected(factory),
            capacity(factory), livingWith(factory), placedChildLeftUnplaced(factory),
            // ---- medium ----
            unplaced(factory),
            // ---- soft ----
            cost(factory), distance(factory), school(factory), preference(factory), move(factory),
            overQualification(factory),
        };
    }

    Constraint rule(ConstraintFactory factory, EligibilityRule rule) {
        return factory.forEach(PlacementRequest.class)
                .filter(r -> !r.isStatusQuo() && !rule.admits(r, r.getHome().getPlacement()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, PlacementRequest::getSize)
                .justifyWith((r, score) -> new RuleBroken(r.getId(), r.getHome().getId(), rule.summary()))
                .indictWith(r -> List.of(r, r.getHome()))
                .asConstraint(ruleConstraintName(rule));
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(PlacementRequest.class)
                .groupBy(PlacementRequest::getHome, ConstraintCollectors.sum(PlacementRequest::getSize))
                .filter((home, children) -> children > home.getPlaces())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (home, children) -> children - home.getPlaces())
                .justifyWith((home, children, score) -> new OverCapacity(home.getId(), children, home.getPlaces()))
                .indictWith((home, children) -> List.of(home))
                .asConstraint(CAPACITY);
    }

    Constraint livingWith(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlacementRequest.class, Joiners.equal(PlacementRequest::getHome))
                .filter((a, b) -> !(a.isStatusQuo() && b.isStatusQuo()) && a.conflictsWith(b))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (a, b) -> 1L)
                .justifyWith((a, b, score) -> new LivingWithConflict(a.getId(), b.getId(), a.getHome().getId()))
                .indictWith((a, b) -> List.of(a, b))
                .asConstraint(LIVING_WITH);
    }

    Constraint placedChildLeftUnplaced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlacementRequest.class)
                .filter(r -> r.getHome() == null && !r.mayBeUnplaced())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, PlacementRequest::getSize)
                .justifyWith((r, score) -> new LeftUnplaced(r.getId(), r.getSize(), r.getUnplacedWeight()))
                .asConstraint(PLACED_CHILD_UNPLACED);
    }

    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(PlacementRequest.class)
                .filter(r -> r.getHome() == null && r.mayBeUnplaced())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, PlacementRequest::getUnplacedWeight)
                .justifyWith((r, score) -> new LeftUnplaced(r.getId(), r.getSize(), r.getUnplacedWeight()))
                .asConstraint(UNPLACED);
    }

    private Constraint soft(ConstraintFactory factory, String name, ToLongBiFunction<SoftCosts, PlacementRequest> points) {
        return factory.forEach(PlacementRequest.class)
                .filter(r -> !r.isPinned())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, r -> points.applyAsLong(r.getCosts(), r))
                .justifyWith((r, score) -> new SoftContribution(r.getId(), r.getHome().getId(), name,
                        -score.softScore()))
                .indictWith(r -> List.of(r, r.getHome()))
                .asConstraint(name);
    }

    // Each soft objective and rule as its own method: defineConstraints calls these, and the
    // ConstraintVerifier tests pick them one by one.
    Constraint cost(ConstraintFactory f) {
        return soft(f, COST, (c, r) -> c.costPoints(r, r.getHome()));
    }

    Constraint distance(ConstraintFactory f) {
        return soft(f, DISTANCE, (c, r) -> c.distancePoints(r, r.getHome()));
    }

    Constraint school(ConstraintFactory f) {
        return soft(f, SCHOOL, (c, r) -> c.schoolPoints(r, r.getHome()));
    }

    Constraint preference(ConstraintFactory f) {
        return soft(f, PREFERENCE, (c, r) -> c.preferencePoints(r, r.getHome()));
    }

    Constraint move(ConstraintFactory f) {
        return soft(f, MOVE, (c, r) -> c.movePoints(r, r.getHome()));
    }

    Constraint overQualification(ConstraintFactory f) {
        return soft(f, OVER_QUALIFICATION, (c, r) -> c.overQualificationPoints(r, r.getHome()));
    }

    Constraint kind(ConstraintFactory f) {
        return rule(f, EligibilityRule.KIND);
    }

    Constraint skill(ConstraintFactory f) {
        return rule(f, EligibilityRule.SKILL);
    }

    Constraint age(ConstraintFactory f) {
        return rule(f, EligibilityRule.AGE);
    }

    Constraint sex(ConstraintFactory f) {
        return rule(f, EligibilityRule.SEX);
    }

    Constraint specialist(ConstraintFactory f) {
        return rule(f, EligibilityRule.SPECIALIST);
    }

    Constraint connected(ConstraintFactory f) {
        return rule(f, EligibilityRule.CONNECTED);
    }
}
