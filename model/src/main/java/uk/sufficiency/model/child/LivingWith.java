package uk.sufficiency.model.child;

import uk.sufficiency.model.Word;

/** Who a child may share a placement with, from the risk assessment. */
public enum LivingWith implements Word {
    /** No restriction. */
    ANY,
    /** Must be the only child placed (apart from their own siblings). */
    SOLO,
    /** May live only with children older than themself. */
    OLDER_ONLY,
    /** May live only with children younger than themself. */
    YOUNGER_ONLY
}
