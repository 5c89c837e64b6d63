package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.uncertainty.Interval;

/** The LAC track record counts its outcomes in English, as the forecast's does: "1 time in 1". */
class LacBacktestSentenceTest {

    private static final Interval AROUND_100 = new Interval(100, 100, 95, 105, 90, 110);

    private static LacBacktest.Row yearAhead(int originYear, int actual) {
        return new LacBacktest.Row(LocalDate.of(originYear, 3, 31), LocalDate.of(originYear + 1, 3, 31), 12,
                LacBacktest.ALL, actual, AROUND_100);
    }

    @Test
    void oneOutcomeHeldIsOneTime() {
        assertEquals("Made from earlier years (1 origin, 2014-03-31 to 2014-03-31), projections like this missed the"
                + " number in care a whole number of years ahead by 0.0% on average, and their 95% intervals held the"
                + " outcome 1 time in 1 (80% intervals: 1 in 1).",
                new LacBacktest(List.of(yearAhead(2014, 100)), null).sentence());
    }

    @Test
    void otherCountsAreTimes() {
        String sentence = new LacBacktest(List.of(yearAhead(2015, 100), yearAhead(2014, 100)), null).sentence();
        assertTrue(sentence.contains("held the outcome 2 times in 2 (80% intervals: 2 in 2)."), sentence);
    }
}
