package uk.sufficiency.engine.synthetic;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Urgency;

/**
 * Stage 2: decides, family by family, who is waiting for a placement (the profile's share, whole
 * families), who is in a permanent placement and who is placed; gives waiting families a date
 * needed by and an urgency.
 */
final class StatusAssigner {

    private final Draft draft;
    private final GenerationProfile profile;
    private final Draws random;

    StatusAssigner(Draft draft) {
        this.draft = draft;
        this.profile = draft.profile;
        this.random = draft.random;
    }

    void assignStatuses() {
        chooseWaiting();
        for (Family family : draft.families) {
            if (family.status == null) {
                family.status = random.nextDouble() < profile.permanentShareOfNonWaiting()
                        ? ChildStatus.PERMANENT : ChildStatus.PLACED;
            }
            for (Kid kid : family.members) {
                kid.status = family.status;
            }
            if (family.status == ChildStatus.WAITING) {
                dateNeed(family);
            }
        }
    }

    /** Forced waiters first, then families at random up to the target, topped up in the same order. */
    private void chooseWaiting() {
        int waitingTarget = draft.waitingTarget();
        int waiting = 0;
        for (Family family : draft.families) {
            if (family.forcedWaiting) {
                family.status = ChildStatus.WAITING;
                waiting += family.size();
            }
        }
        List<Family> order = random.shuffled(draft.families);
        for (Family family : order) {
            if (family.status != null) {
                continue;
            }
            if (waiting + family.size() <= waitingTarget
                    && random.nextDouble() < 2.5 * profile.waitingShare() + 0.05) {
                family.status = ChildStatus.WAITING;
                waiting += family.size();
            }
        }
        // Top up with smaller families if the random pass fell short of the target.
        for (Family family : order) {
            if (waiting >= waitingTarget) {
                break;
            }
            if (family.status == null && family.size() <= waitingTarget - waiting) {
                family.status = ChildStatus.WAITING;
                waiting += family.size();
            }
        }
    }

    /** Emergencies are needed within 2 days; planned moves in 2 to 17 weeks. */
    private void dateNeed(Family family) {
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
