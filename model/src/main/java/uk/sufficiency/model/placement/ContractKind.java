package uk.sufficiency.model.placement;

import uk.sufficiency.model.Word;

/** How an external place is bought: one-off (spot), from a framework, or a block of reserved places. */
public enum ContractKind implements Word {
    SPOT, FRAMEWORK, BLOCK
}
