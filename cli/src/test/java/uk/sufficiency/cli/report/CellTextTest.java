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

    /** One rounding rule: halves round up, as String.format rounds an answer's sentence (compare showed 600 beside 601). */
    @Test
    void halvesRoundUpAsTheAnswersDo() {
        assertEquals("601 children", CellText.figure(600.5, "children"));
        assertEquals(String.format(java.util.Locale.UK, "%,.0f", 600.5), CellText.figure(600.5, ""));
        assertEquals("2.3", CellText.figure(2.25, ""));
        assertEquals("£1,001 a week", CellText.figure(1000.5, "GBP/week"));
        assertEquals("£2.5m", CellText.figure(2_450_000, "GBP"));
        assertEquals("+£0.2m", CellText.value(Headline.change("k", "l", 150_000, "GBP", true)), "0.15 as a double is not");
        assertEquals("1,235", CellText.human(1234.5));
    }

    /** A change between runs shows its sign; one that rounds to nothing shows none. */
    @Test
    void oneChildIsSingular() {
        assertEquals("1 child", CellText.figure(1, "children"));
        assertEquals("1 carer", CellText.figure(1, "carers"));
        assertEquals("1.4 children", CellText.figure(1.4, "children"));
    }

    @Test
    void changesShowTheirSign() {
        assertEquals("+£700 a week", CellText.value(Headline.change("k", "l", 700, "GBP/week")));
        assertEquals("-1 child", CellText.value(Headline.change("k", "l", -1, "children")));
        assertEquals("+2.3%", CellText.value(Headline.change("k", "l", 2.25, "%")));
        assertEquals("0 children", CellText.value(Headline.change("k", "l", 0.01, "children")));
        assertEquals("£700 a week", CellText.value(new Headline("k", "l", 700, "GBP/week")));
        // a change shown beside figures in millions is on their scale
        assertEquals("+£0.5m a week", CellText.value(Headline.change("k", "l", 512_345, "GBP/week", true)));
        // a value on its interval's scale
        assertEquals("£1.0m (80%: £0.8m to £1.1m)",
                CellText.figure(new Headline("k", "l", 950_000, "GBP", 800_000.0, 1_100_000.0, false)));
        assertEquals("£950,000 (80%: £800,000 to £990,000)",
                CellText.figure(new Headline("k", "l", 950_000, "GBP", 800_000.0, 990_000.0, false)));
        // ...unless it would read as nothing when it is not: then in pounds
        assertEquals("-£20,000", CellText.value(Headline.change("k", "l", -20_000, "GBP", true)));
        assertEquals("+£0.1m", CellText.value(Headline.change("k", "l", 50_000, "GBP", true)));
        assertEquals("£0.0m", CellText.value(Headline.change("k", "l", 0.2, "GBP", true)), "no sign on nothing");
        assertEquals("+3 children", CellText.value(Headline.change("k", "l", 3, "children", true)));
    }
}
