package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;

/**
 * One child in care inside one simulation: who they are (an immutable {@link Child} profile, no
 * status) and what changes month by month (where they live, their category in the looked-after
 * children model, how long they have waited). Mutable on purpose: a simulation steps hundreds of
 * children through hundreds of months, and only its own thread touches them.
 */
final class SimChild {

    /** Who the child is; status and current placement are set only when a scenario is built from it. */
    final Child profile;
    /** Age in months at which the child leaves care (18 years; 21 for care leavers already 18). */
    final int leavingAgeMonths;
    SimHome home;
    /** Category index in the looked-after children model: the placement's, or (waiting) the last drawn. */
    int lacCategory;
    /** Whole months waited so far, while waiting. */
    int waitingMonths;

    SimChild(Child profile, int leavingAgeMonths, int lacCategory) {
        this.profile = profile;
        this.leavingAgeMonths = leavingAgeMonths;
        this.lacCategory = lacCategory;
    }

    String id() {
        return profile.childId();
    }

    boolean waiting() {
        return home == null;
    }

    int ageMonths(LocalDate on) {
        return (int) ChronoUnit.MONTHS.between(profile.birthDate(), on);
    }

    /** The child as the matcher reads it: pinned where they live (permanent), or waiting. */
    Child asMatched() {
        Child c = profile;
        return new Child(c.childId(), c.birthDate(), c.sex(), c.home(), c.school(), c.keepSchool(), c.statedLevel(),
                c.sdqScore(), c.needs(), c.siblingGroup(), c.livingWith(), c.recommended(),
                home == null ? null : home.id(), home == null ? ChildStatus.WAITING : ChildStatus.PERMANENT,
                null, c.urgency());
    }
}
