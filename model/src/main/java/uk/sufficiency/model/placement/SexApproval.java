package uk.sufficiency.model.placement;

import uk.sufficiency.model.Word;
import uk.sufficiency.model.child.Sex;

/** Which children a placement is approved for by sex. */
public enum SexApproval implements Word {
    ANY, FEMALE, MALE;

    /** A child whose sex is unknown fits only a placement approved for any sex. */
    public boolean admits(Sex sex) {
        return switch (this) {
            case ANY -> true;
            case FEMALE -> sex == Sex.FEMALE;
            case MALE -> sex == Sex.MALE;
        };
    }
}
