package uk.sufficiency.engine.forecast.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

class SeriesReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    @Test
    void readsYearlyDatesAndKeepsThemInLabels() throws IOException {
        TimeSeries series = new SeriesReader().read(file("ehcp.csv",
                "date,value\n2019-01-31,4222\n2018-01-31,3703\n2020-01-31,\"4,751\"\n")).get(0);
        assertEquals("ehcp", series.id());
        assertEquals(Frequency.YEARLY, series.frequency());
        assertEquals(4751, series.values()[2]);
        assertEquals("2021-01-31", series.lastPeriod().plus(1).label());
    }

    @Test
    void infersMonthlyAndQuarterlyFromLabelsAndDates() throws IOException {
        assertEquals(Frequency.MONTHLY, new SeriesReader().read(file("m.csv",
                "period,value\n2019-11,1\n2019-12,2\n2020-01,3\n")).get(0).frequency());
        TimeSeries quarters = new SeriesReader().read(file("q.csv", "period,value\n2019-Q3,1\n2019-Q4,2\n2020-Q1,3\n")).get(0);
        assertEquals("2020-Q2", quarters.lastPeriod().plus(1).label());
        TimeSeries monthEnds = new SeriesReader().read(file("d.csv",
                "date,value\n2020-01-31,1\n2020-02-29,2\n2020-03-31,3\n")).get(0);
        assertEquals(Frequency.MONTHLY, monthEnds.frequency());
        assertEquals("2020-04-30", monthEnds.lastPeriod().plus(1).label());
    }

    @Test
    void readsTheLongFormAsSeveralSeries() throws IOException {
        List<TimeSeries> series = new SeriesReader().read(file("long.csv",
                "series_id,period,value\na,2015,1\na,2016,2\na,2017,3\nb,2015,5\nb,2016,6\nb,2017,7\n"));
        assertEquals(List.of("a", "b"), series.stream().map(TimeSeries::id).toList());
    }

    @Test
    void reportsEveryProblemWithLineColumnValueAndRule() throws IOException {
        Path path = file("bad.csv", "date,value\n2015,10\n2016,ten\n2016,12\n2019,13\nnever,14\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SeriesReader().read(path));
        String all = e.problems().stream().map(Problem::describe).collect(Collectors.joining("\n"));
        assertTrue(all.contains("bad.csv:3: column value, value 'ten': value must be a number"), all);
        assertTrue(all.contains("bad.csv:6: column date, value 'never'"), all);
        assertTrue(all.contains("bad.csv:5: column date, value '2019': gap"), all);
    }

    @Test
    void rejectsDuplicatesAndTooFewPoints() throws IOException {
        Path duplicate = file("dup.csv", "period,value\n2015,1\n2016,2\n2016,3\n2017,4\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SeriesReader().read(duplicate));
        assertTrue(e.problems().get(0).describe().contains("duplicate period"), e.getMessage());
        Path shortFile = file("short.csv", "period,value\n2015,1\n2016,2\n");
        e = assertThrows(InvalidInputException.class, () -> new SeriesReader().read(shortFile));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
    }

    @Test
    void requiresDateAndValueColumns() throws IOException {
        Path path = file("cols.csv", "when,amount\n2015,1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SeriesReader().read(path));
        assertEquals(2, e.problems().size());
    }
}
