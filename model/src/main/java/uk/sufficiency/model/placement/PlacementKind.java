package uk.sufficiency.model.placement;

import uk.sufficiency.model.Word;

/** The broad kind of placement a child's assessment recommends (the {@code recommended} column). */
public enum PlacementKind implements Word {
    FOSTER, RESIDENTIAL, SUPPORTED
}
