package uk.sufficiency.model.placement;

import java.util.Optional;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.child.Need;

/** What a placement is approved or equipped for: every need word, plus siblings and respite. */
public enum Specialism implements Word {
    DISABILITY, EBD, CSE, CCE, MISSING, SELF_HARM, HARM_TO_OTHERS, UASC, PARENT_AND_CHILD, ADAPTATION,
    /** Takes sibling groups (more than one child of a family). */
    SIBLINGS,
    /** Short breaks only. */
    RESPITE;

    /** The specialism that meets a need. */
    public static Specialism meeting(Need need) {
        return valueOf(need.name());
    }

    public Optional<Need> need() {
        try {
            return Optional.of(Need.valueOf(name()));
        } catch (IllegalArgumentException notANeed) {
            return Optional.empty();
        }
    }
}
