package uk.sufficiency.model.child;

import java.util.Set;

/**
 * Derives the carer skill level (1-6) a child needs when the assessment does not state one.
 *
 * <p>The rule, documented in scenarios/README.md: start at level 1; an SDQ total score of 14-16
 * (borderline) needs at least level 2 and 17 or more ("high") at least level 3; each need sets a
 * floor ({@link Need#minimumLevel()}); three or more needs with a floor of 4 or more add one level
 * (complex, compounding risks); the result is capped at 6.
 */
public final class SkillLevels {

    public static final int MIN = 1;
    public static final int MAX = 6;
    /** SDQ total score from which difficulties count as "high" (004 L230 notes). */
    public static final int SDQ_HIGH = 17;
    /** SDQ total score from which difficulties count as "borderline". */
    public static final int SDQ_BORDERLINE = 14;

    private SkillLevels() {
    }

    public static boolean isValid(int level) {
        return level >= MIN && level <= MAX;
    }

    public static int derive(Set<Need> needs, Integer sdqScore) {
        int level = MIN;
        if (sdqScore != null) {
            if (sdqScore >= SDQ_HIGH) {
                level = 3;
            } else if (sdqScore >= SDQ_BORDERLINE) {
                level = 2;
            }
        }
        int complex = 0;
        for (Need need : needs) {
            level = Math.max(level, need.minimumLevel());
            if (need.minimumLevel() >= 4) {
                complex++;
            }
        }
        if (complex >= 3) {
            level++;
        }
        return Math.min(MAX, level);
    }
}
