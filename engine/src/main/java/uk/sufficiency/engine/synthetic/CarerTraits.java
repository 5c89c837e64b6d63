package uk.sufficiency.engine.synthetic;

import uk.sufficiency.model.placement.Specialism;

/** Draws what in-house and agency carers share: their age and the specialist needs they meet. */
final class CarerTraits {

    /** Age from which a carer counts in the published 60-70 share. */
    private static final int OLDER_CARER_AGE = 60;

    private final GenerationProfile profile;
    private final Draws random;

    CarerTraits(Draft draft) {
        this.profile = draft.profile;
        this.random = draft.random;
    }

    /** 34% of carers are aged 60-70 (004 L441); the rest 25-59, grandparents more often older. */
    Integer carerAge(boolean connected) {
        double share60to70 = Math.min(0.9, profile.carersAged60to70Share() * (connected ? 1.3 : 1.0));
        if (random.nextDouble() < share60to70) {
            return OLDER_CARER_AGE + random.nextInt(11);
        }
        return 25 + random.nextInt(35);
    }

    /** Specialisms a foster household at {@code level} offers: harder needs at higher levels. */
    void addSpecialisms(House house, int level) {
        if (level >= 3 && random.nextDouble() < 0.35) {
            house.specialisms.add(Specialism.EBD);
        }
        if (random.nextDouble() < 0.08) {
            house.specialisms.add(Specialism.DISABILITY);
            if (random.nextDouble() < 0.4) {
                house.specialisms.add(Specialism.ADAPTATION);
            }
        }
        if (level >= 4 && random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.MISSING);
        }
        if (level >= 4 && random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.SELF_HARM);
        }
        if (level >= 5 && random.nextDouble() < 0.5) {
            house.specialisms.add(Specialism.CSE);
        }
        if (level >= 5 && random.nextDouble() < 0.3) {
            house.specialisms.add(Specialism.HARM_TO_OTHERS);
        }
        if ((house.maxAge == null || house.maxAge >= 14) && random.nextDouble() < 0.04) {
            house.specialisms.add(Specialism.UASC);
        }
    }
}
