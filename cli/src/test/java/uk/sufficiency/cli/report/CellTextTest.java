package uk.sufficiency.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 13: numbers formatted for people (years as years, money with £ and separators, intervals). */
class CellTextTest {

    @Test
    void yearsAreNotGrouped() {
        assertEquals("2010", CellText.human(2010, "census_year"));
        assertEquals("2020", CellText.human(2020L, "year"));
        assertEquals("2,010", CellText.human(2010, "children"));
    }

    @Test
    void moneyInIntervalsHasPoundsAndMillions() {
        Headline deficit = new Headline("deficit-end", "Deficit", -98_644_197, "GBP", -159_448_242.0, -30_996_958.0, false);
        assertEquals("-£98.6m (80%: -£159.4m to -£31.0m)", CellText.figure(deficit));
        assertEquals("£12,782 a week", CellText.figure(12_782, "GBP/week"));
        assertEquals("n/a", CellText.figure(Double.NaN, "GBP"));
    }
}
