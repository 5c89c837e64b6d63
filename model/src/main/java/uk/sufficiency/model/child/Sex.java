package uk.sufficiency.model.child;

import uk.sufficiency.model.Word;

/** A child's sex as recorded; {@code unknown} when not recorded. */
public enum Sex implements Word {
    FEMALE, MALE, UNKNOWN
}
