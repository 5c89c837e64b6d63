package uk.sufficiency.model.child;

import uk.sufficiency.model.Word;

/** Where a child stands: waiting for a placement, placed (may be moved at a cost), or permanent (kept). */
public enum ChildStatus implements Word {
    WAITING, PLACED, PERMANENT
}
