package uk.sufficiency.engine.forecast.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.evaluation.TrackRecord.PastForecast;
import uk.sufficiency.engine.forecast.series.Period;

/** The track record's sentence counts its outcomes in English: "1 time in 1", "2 times in 3". */
class TrackRecordTest {

    /** A one-year-ahead forecast of 100 with a 95% interval of 90 to 110, against what happened. */
    private static PastForecast forecast(int year, double actual) {
        return new PastForecast(Period.year(year - 1), Period.year(year), 1, 100, new double[] {90},
                new double[] {110}, actual);
    }

    private static String sentence(PastForecast... forecasts) {
        return new TrackRecord(List.of(95.0), List.of(forecasts)).sentence("years");
    }

    @Test
    void oneOutcomeHeldIsOneTime() {
        assertEquals("Made from earlier years, forecasts like this missed by 4.8% on average and their 95% intervals"
                + " held the outcome 1 time in 1.", sentence(forecast(2019, 105)));
        assertEquals("Made from earlier years, forecasts like this missed by 12.5% on average and their 95% intervals"
                + " held the outcome 1 time in 2.", sentence(forecast(2019, 100), forecast(2020, 80)));
    }

    @Test
    void otherCountsAreTimes() {
        assertEquals("Made from earlier years, forecasts like this missed by 5.0% on average and their 95% intervals"
                + " held the outcome 2 times in 2.", sentence(forecast(2019, 105), forecast(2020, 95)));
        assertEquals("Made from earlier years, forecasts like this missed by 25.0% on average and their 95% intervals"
                + " held the outcome 0 times in 1.", sentence(forecast(2019, 80)));
    }
}
