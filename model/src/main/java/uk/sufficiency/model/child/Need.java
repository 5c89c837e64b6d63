package uk.sufficiency.model.child;

import uk.sufficiency.model.Word;

/**
 * An assessed need or risk, as written in the {@code needs} column. Needs drive the carer skill
 * level required and which specialist placements suit the child.
 */
public enum Need implements Word {
    /** Disability needing a carer approved for disabled children. */
    DISABILITY(4, true),
    /** Emotional and behavioural difficulties, "requiring enhanced carer skill". */
    EBD(3, false),
    /** Risk of child sexual exploitation. */
    CSE(5, false),
    /** Risk of child criminal exploitation. */
    CCE(5, false),
    /** Goes missing. */
    MISSING(4, false),
    SELF_HARM(4, false),
    HARM_TO_OTHERS(5, false),
    /** Unaccompanied asylum-seeking child. */
    UASC(2, false),
    /** A young parent to be placed with their baby. */
    PARENT_AND_CHILD(3, true),
    /** Needs an adapted home (wheelchair, hoist...). */
    ADAPTATION(2, true);

    private final int minimumLevel;
    private final boolean needsSpecialistPlacement;

    Need(int minimumLevel, boolean needsSpecialistPlacement) {
        this.minimumLevel = minimumLevel;
        this.needsSpecialistPlacement = needsSpecialistPlacement;
    }

    /** The lowest carer skill level that can meet this need on its own (see {@link SkillLevel}). */
    public int minimumLevel() {
        return minimumLevel;
    }

    /**
     * True when only a placement listing this word among its specialisms can meet the need
     * (disability, parent and child, adaptation). Other needs are met through skill level.
     */
    public boolean needsSpecialistPlacement() {
        return needsSpecialistPlacement;
    }
}
