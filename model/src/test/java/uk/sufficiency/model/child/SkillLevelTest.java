package uk.sufficiency.model.child;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillLevelTest {

    @Test
    void noNeedsAndNoScoreNeedLevelOne() {
        assertEquals(1, SkillLevel.derive(Set.of(), null));
    }

    @Test
    void sdqBandsSetFloors() {
        assertEquals(1, SkillLevel.derive(Set.of(), 13));
        assertEquals(2, SkillLevel.derive(Set.of(), 14));
        assertEquals(2, SkillLevel.derive(Set.of(), 16));
        assertEquals(3, SkillLevel.derive(Set.of(), 17));
        assertEquals(3, SkillLevel.derive(Set.of(), 40));
    }

    @Test
    void theHighestNeedFloorWins() {
        assertEquals(5, SkillLevel.derive(EnumSet.of(Need.EBD, Need.CSE), 10));
        assertEquals(3, SkillLevel.derive(EnumSet.of(Need.UASC, Need.EBD), null));
    }

    @Test
    void threeComplexNeedsAddALevelCappedAtSix() {
        assertEquals(5, SkillLevel.derive(EnumSet.of(Need.MISSING, Need.SELF_HARM, Need.DISABILITY), null));
        assertEquals(6, SkillLevel.derive(EnumSet.of(Need.CSE, Need.CCE, Need.HARM_TO_OTHERS), null));
        assertEquals(6, SkillLevel.derive(EnumSet.of(Need.CSE, Need.CCE, Need.HARM_TO_OTHERS, Need.MISSING), 30));
    }

    @Test
    void levelsRunFromMinToMax() {
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, SkillLevel.all());
        assertArrayEquals(new int[] {4, 5, 6}, SkillLevel.from(4));
        assertEquals(SkillLevel.MAX + 1, SkillLevel.SLOTS);
        assertTrue(SkillLevel.isValid(SkillLevel.MIN) && SkillLevel.isValid(SkillLevel.MAX));
        assertFalse(SkillLevel.isValid(SkillLevel.MIN - 1) || SkillLevel.isValid(SkillLevel.MAX + 1));
    }
}
