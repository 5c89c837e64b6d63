package uk.sufficiency.model.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillLevelsTest {

    @Test
    void noNeedsAndNoScoreNeedLevelOne() {
        assertEquals(1, SkillLevels.derive(Set.of(), null));
    }

    @Test
    void sdqBandsSetFloors() {
        assertEquals(1, SkillLevels.derive(Set.of(), 13));
        assertEquals(2, SkillLevels.derive(Set.of(), 14));
        assertEquals(2, SkillLevels.derive(Set.of(), 16));
        assertEquals(3, SkillLevels.derive(Set.of(), 17));
        assertEquals(3, SkillLevels.derive(Set.of(), 40));
    }

    @Test
    void theHighestNeedFloorWins() {
        assertEquals(5, SkillLevels.derive(EnumSet.of(Need.EBD, Need.CSE), 10));
        assertEquals(3, SkillLevels.derive(EnumSet.of(Need.UASC, Need.EBD), null));
    }

    @Test
    void threeComplexNeedsAddALevelCappedAtSix() {
        assertEquals(5, SkillLevels.derive(EnumSet.of(Need.MISSING, Need.SELF_HARM, Need.DISABILITY), null));
        assertEquals(6, SkillLevels.derive(EnumSet.of(Need.CSE, Need.CCE, Need.HARM_TO_OTHERS), null));
        assertEquals(6, SkillLevels.derive(EnumSet.of(Need.CSE, Need.CCE, Need.HARM_TO_OTHERS, Need.MISSING), 30));
    }
}
