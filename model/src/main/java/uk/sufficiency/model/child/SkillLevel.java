package uk.sufficiency.model.child;

import java.util.Set;
import java.util.stream.IntStream;

/**
 * A carer skill level, from {@link #MIN} (1) to {@link #MAX} (6), and the rule that derives the
 * level a child needs when the assessment does not state one. Levels stay plain {@code int}s in
 * the domain records and in level-indexed arrays (the planner's hot loops); this class is the one
 * place that says which ints are levels, so adding a level changes {@link #MAX} (and the fee data).
 *
 * <p>The derivation rule, documented in scenarios/README.md: start at level 1; an SDQ total score
 * of 14-16 (borderline) needs at least level 2 and 17 or more ("high") at least level 3; each need
 * sets a floor ({@link Need#minimumLevel()}); three or more needs with a floor of 4 or more add one
 * level (complex, compounding risks); the result is capped at {@link #MAX}.
 */
public final class SkillLevel {

    /** The lowest skill level. */
    public static final int MIN = 1;
    /** The highest skill level. */
    public static final int MAX = 6;
    /** Length of an array indexed by level ({@code new double[SkillLevel.SLOTS]}; index 0 unused). */
    public static final int SLOTS = MAX + 1;
    /** SDQ total score from which difficulties count as "high" (004 L230). */
    public static final int SDQ_HIGH = 17;
    /** SDQ total score from which difficulties count as "borderline". */
    public static final int SDQ_BORDERLINE = 14;
    /** Level of a need with several compounding risks: three or more of these add one level. */
    private static final int COMPLEX_FLOOR = 4;
    private static final int COMPLEX_NEEDS = 3;

    private SkillLevel() {
    }

    public static boolean isValid(int level) {
        return level >= MIN && level <= MAX;
    }

    /** Every level, lowest first. */
    public static int[] all() {
        return IntStream.rangeClosed(MIN, MAX).toArray();
    }

    /** Every level from {@code lowest} up to {@link #MAX}: the levels that can meet a child needing {@code lowest}. */
    public static int[] from(int lowest) {
        return IntStream.rangeClosed(Math.max(MIN, lowest), MAX).toArray();
    }

    /** "a skill level from 1 to 6", for error messages. */
    public static String rule() {
        return "a skill level from " + MIN + " to " + MAX;
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
            if (need.minimumLevel() >= COMPLEX_FLOOR) {
                complex++;
            }
        }
        if (complex >= COMPLEX_NEEDS) {
            level++;
        }
        return Math.min(MAX, level);
    }
}
