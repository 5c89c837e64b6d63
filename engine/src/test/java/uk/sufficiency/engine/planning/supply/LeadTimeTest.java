package uk.sufficiency.engine.planning.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeadTimeTest {

    @Test
    void sixMonthsGivesAnEighthOfTheFirstYearAndSevenEighthsOfTheNext() {
        assertEquals(0.125, LeadTime.usableShare(6, 0), 1e-12);
        assertEquals(0.875, LeadTime.usableShare(6, 1), 1e-12);
        assertEquals(1.0, LeadTime.usableShare(6, 2), 1e-12);
    }

    @Test
    void noLeadTimeStillCountsHalfTheYearOfRecruitmentBecauseRecruitsArriveThroughTheYear() {
        assertEquals(0.5, LeadTime.usableShare(0, 0), 1e-12);
        assertEquals(1.0, LeadTime.usableShare(0, 1), 1e-12);
    }

    @Test
    void aYearsLeadTimeShiftsEverythingByAYear() {
        assertEquals(0.0, LeadTime.usableShare(12, 0), 1e-12);
        assertEquals(0.5, LeadTime.usableShare(12, 1), 1e-12);
        assertEquals(1.0, LeadTime.usableShare(12, 2), 1e-12);
        assertEquals(0.0, LeadTime.usableShare(12, -1), 1e-12);
    }

    @Test
    void threeMonthsMatchesTheClosedForm() {
        // year 0: starts u in [0, 9) are usable 9 - u months: 40.5 / 144
        assertEquals(40.5 / 144, LeadTime.usableShare(3, 0), 1e-12);
        // year 1: starts before month 9 usable all 12 months; later ones 21 - u months: 139.5 / 144
        assertEquals(139.5 / 144, LeadTime.usableShare(3, 1), 1e-12);
    }
}
