package uk.sufficiency.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.sufficiency.cli.compare.HeadlineChanges.Change;
import uk.sufficiency.cli.compare.HeadlineChanges.Figure;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.cli.report.Headline;

/** A compare card reads on one scale: its change in the units and scale of the A and B beside it. */
class HeadlineChangesTest {

    private static Headline card(String unit, Figure a, Figure b) {
        return new Change("plan", "cost", "Cost", unit, a, b).card();
    }

    @Test
    void aMoneyChangeBesideMillionsIsInMillions() {
        Headline card = card("GBP", new Figure(12_300_000, 11_000_000.0, 13_600_000.0),
                new Figure(12_812_345, null, null));
        assertEquals("+£0.5m", CellText.value(card), "not +£512,345 beside £12.3m and £12.8m");
        assertEquals("Cost: A £12.3m (80%: £11.0m to £13.6m) \u2192 B £12.8m", card.label());
    }

    @Test
    void aFigureUnderAMillionBesideOneAboveIsOnTheirScale() {
        Headline card = card("GBP/year", new Figure(950_000, null, null), new Figure(1_100_000, null, null));
        assertEquals("Cost: A £1.0m a year \u2192 B £1.1m a year", card.label());
        assertEquals("+£0.2m a year", CellText.value(card));
        // an interval's end past a million is enough: A's interval is on the card
        Headline wide = card("GBP", new Figure(400_000, -200_000.0, 1_200_000.0), new Figure(300_000, null, null));
        assertEquals("-£0.1m", CellText.value(wide));
        assertEquals("Cost: A £0.4m (80%: -£0.2m to £1.2m) \u2192 B £0.3m", wide.label());
    }

    @Test
    void moneyUnderAMillionAndOtherUnitsKeepTheirOwnFigures() {
        assertEquals("+£700 a week", CellText.value(card("GBP/week", new Figure(700, null, null),
                new Figure(1_400, null, null))));
        Headline children = card("children", new Figure(2_000_000, null, null), new Figure(2_000_001, null, null));
        assertEquals("+1 child", CellText.value(children));
        assertEquals("Cost: A 2,000,000 children \u2192 B 2,000,001 children", children.label());
        assertEquals("Cost: A (not in run A) \u2192 B £512,345", card("GBP", null, new Figure(512_345, null, null))
                .label());
    }
}
