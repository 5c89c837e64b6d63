package uk.sufficiency.model.child;

import uk.sufficiency.model.Word;

/** How urgently a waiting child needs a placement; emergencies are placed first. */
public enum Urgency implements Word {
    EMERGENCY(3), PLANNED(1);

    private final int unplacedWeight;

    Urgency(int unplacedWeight) {
        this.unplacedWeight = unplacedWeight;
    }

    /** How much leaving one such child unplaced weighs, relative to a planned child. */
    public int unplacedWeight() {
        return unplacedWeight;
    }
}
