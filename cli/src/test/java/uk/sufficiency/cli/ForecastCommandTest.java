package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.forecast.interval.PanelChoice;

class ForecastCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path ehcp() throws IOException {
        StringBuilder csv = new StringBuilder("date,value\n");
        int[] values = {2630, 2688, 2769, 2794, 2772, 2770, 2995, 3350, 3703, 4222, 4751};
        for (int i = 0; i < values.length; i++) {
            csv.append(2010 + i).append("-01-31,").append(values[i]).append('\n');
        }
        return write("ehcp.csv", csv.toString());
    }

    /** 40 yearly series 2010-2017, each growing 10% a year. */
    private Path growingPanel() throws IOException {
        StringBuilder csv = new StringBuilder("series_id,period,value\n");
        for (int s = 0; s < 40; s++) {
            for (int t = 0; t < 8; t++) {
                csv.append('s').append(s).append(',').append(2010 + t).append(',').append((100 + s) * Math.pow(1.1, t)).append('\n');
            }
        }
        return write("panel.csv", csv.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content);
        return path;
    }

    @Test
    void forecastsWithTargetsAndWritesFourFiles() throws IOException {
        Path targets = write("targets.csv", "date,value,direction\n2022-01-31,5106,at_most\n");
        Path results = dir.resolve("out");
        int status = run("forecast", ehcp().toString(), "--horizon", "6", "--targets", targets.toString(),
                "--out", results.toString());
        assertEquals(0, status, err.toString());
        List<String> forecast = Files.readAllLines(results.resolve("forecast.csv"));
        assertEquals("series_id,period,step,method,mean,median,lower_80,upper_80,lower_95,upper_95,interval_basis",
                forecast.get(0));
        assertEquals(7, forecast.size());
        assertTrue(forecast.get(6).startsWith("ehcp,2026-01-31,6,auto,"), forecast.get(6));
        List<String> methods = Files.readAllLines(results.resolve("methods.csv"));
        assertEquals("series_id,method,role,mase,smape_percent,mape_percent,backtest_origins", methods.get(0));
        assertEquals(1, methods.stream().filter(line -> line.contains(",forecast,")).count());
        List<String> record = Files.readAllLines(results.resolve("track-record.csv"));
        assertEquals("series_id,origin,period,step,forecast,lower_80,upper_80,lower_95,upper_95,actual,error_percent,held_95",
                record.get(0));
        assertEquals(1 + 8 * 6 - 15, record.size()); // origins of 3..10 values, up to 6 known years each
        List<String> assessed = Files.readAllLines(results.resolve("targets.csv"));
        assertEquals("series_id,target,by,direction,target_value,amber_tolerance,forecast_period,projected,gap,"
                + "probability_met_percent,status,first_crossing", assessed.get(0));
        assertTrue(assessed.get(1).startsWith("ehcp,ehcp at_most 5106 in 2022-01-31,2022-01-31,at_most,5106"), assessed.get(1));
        assertTrue(out.toString().contains("Targets:"), out.toString());
        assertTrue(out.toString().contains("95% interval"), out.toString());
        assertTrue(out.toString().contains("Method: auto - mean of dotm, log_damped, log_shrunk_drift and log_drift"), out.toString());
        assertTrue(out.toString().contains("Made from earlier years, forecasts like this missed by"), out.toString());
    }

    @Test
    void badSeriesIsExitTwoAndWritesNothing() throws IOException {
        Path series = write("bad.csv", "date,value\n2015,1\n2016,x\n2017,3\n2017,4\n");
        Path results = dir.resolve("out");
        assertEquals(2, run("forecast", series.toString(), "--out", results.toString()));
        assertTrue(err.toString().contains("bad.csv:3: column value, value 'x'"), err.toString());
        assertTrue(err.toString().contains("duplicate period"), err.toString());
        assertFalse(Files.exists(results));
    }

    @Test
    void targetBeyondTheHorizonIsExitTwoAndWritesNothing() throws IOException {
        Path targets = write("targets.csv", "date,value,direction\n2030-01-31,5106,at_most\n");
        Path results = dir.resolve("out");
        assertEquals(2, run("forecast", ehcp().toString(), "--horizon", "3", "--targets", targets.toString(),
                "--out", results.toString()));
        assertTrue(err.toString().contains("raise --horizon"), err.toString());
        assertFalse(Files.exists(results));
    }

    @Test
    void unknownMethodIsAUsageError() throws IOException {
        assertEquals(2, run("forecast", ehcp().toString(), "--method", "crystal_ball", "--out", dir.resolve("o").toString()));
    }

    @Test
    void populationDrivenForecastAddsRateColumns() throws IOException {
        StringBuilder population = new StringBuilder("area,age,year,population\n");
        for (int year = 2010; year <= 2025; year++) {
            for (int age = 0; age <= 25; age++) {
                population.append("E10000018,").append(age).append(',').append(year).append(",7000\n");
            }
        }
        Path file = write("snpp.csv", population.toString());
        Path results = dir.resolve("out");
        int status = run("forecast", ehcp().toString(), "--horizon", "3", "--population", file.toString(),
                "--ages", "0-25", "--out", results.toString());
        assertEquals(0, status, err.toString());
        List<String> forecast = Files.readAllLines(results.resolve("forecast.csv"));
        assertTrue(forecast.get(0).endsWith(",population,rate_per_10000"), forecast.get(0));
        assertTrue(forecast.get(1).contains(",182000,"), forecast.get(1));
    }

    @Test
    void panelCalibrationPoolsTheFilesSeries() throws IOException {
        // 40 series growing 10% a year: naive misses each by a factor 1.1 a step, so the pooled
        // interval one year ahead is that outcome exactly, and (the panel's record showing every
        // forecast short alike) the forecast moves to it
        Path results = dir.resolve("out");
        int status = run("forecast", growingPanel().toString(), "--method", "naive", "--horizon", "1",
                "--calibration", "panel", "--out", results.toString());
        assertEquals(0, status, err.toString());
        String first = Files.readAllLines(results.resolve("forecast.csv")).get(1);
        String[] cells = first.split(",");
        double expected = 100 * Math.pow(1.1, 8);
        assertEquals(expected, Double.parseDouble(cells[8]), 0.006, first); // written to 2 decimals
        assertEquals(expected, Double.parseDouble(cells[9]), 0.006, first);
        assertEquals(expected, Double.parseDouble(cells[4]), 0.006, first);
        assertTrue(first.endsWith(",panel_centred"), first);
        assertTrue(out.toString().contains("panel calibration"), out.toString());
        assertTrue(out.toString().contains("outcomes came in a median of 10% above this method's forecasts 1 step ahead"),
                out.toString());
        assertEquals(2, run("forecast", ehcp().toString(), "--calibration", "pooled", "--out", dir.resolve("o").toString()));
    }

    @Test
    void aReferencePanelCalibratesAnotherFilesSeries() throws IOException {
        // the same 10%-a-year panel as above, as the reference for one series of its own calendar
        Path panel = growingPanel();
        Path own = write("own.csv", "period,value\n2014,500\n2015,520\n2016,560\n2017,600\n");
        Path results = dir.resolve("out");
        assertEquals(0, run("forecast", own.toString(), "--method", "naive", "--horizon", "1", "--panel", panel.toString(),
                "--out", results.toString()), err.toString());
        String first = Files.readAllLines(results.resolve("forecast.csv")).get(1);
        String[] cells = first.split(",");
        assertEquals(660, Double.parseDouble(cells[4]), 0.006, first); // 600 moved by the panel's +10%
        assertTrue(first.endsWith(",panel_centred"), first);

        Path quarterly = write("quarterly.csv", "series_id,period,value\nq,2015-Q1,5\nq,2015-Q2,6\nq,2015-Q3,7\n");
        assertEquals(2, run("forecast", own.toString(), "--panel", quarterly.toString(), "--out", dir.resolve("q").toString()));
        assertTrue(err.toString().contains("quarterly.csv") && err.toString().contains("yearly"), err.toString());
        assertEquals(2, run("forecast", own.toString(), "--panel", panel.toString(), "--calibration", "series",
                "--out", dir.resolve("s").toString()));
    }

    @Test
    void badOriginsAreAUsageError() {
        assertEquals(2, run("bench", "forecast", "--synthetic", "3", "--horizon", "3", "--origins", "last:x",
                "--out", dir.resolve("b").toString()));
        assertTrue(err.toString().contains("--origins"), err.toString());
    }

    @Test
    void benchForecastScoresEveryMethod() {
        Path results = dir.resolve("bench");
        int status = run("bench", "forecast", "--synthetic", "12", "--seed", "5", "--horizon", "3", "--origins", "last:2",
                "--out", results.toString());
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("auto"), out.toString());
        try {
            List<String> summary = Files.readAllLines(results.resolve("summary.csv"));
            assertEquals("method,step,forecasts,mape_percent,smape_percent,mase,msis,coverage_80,coverage_95,"
                    + "relative_width_80,relative_width_95", summary.get(0));
            assertEquals(1 + BenchForecastCommand.DEFAULT_METHODS.split(",").length, summary.size());
            // two origins a series: 2 + 1 known values
            assertTrue(summary.get(1).startsWith("auto,all,36,"), summary.get(1));
            List<String> byHorizon = Files.readAllLines(results.resolve("by-horizon.csv"));
            assertTrue(byHorizon.get(1).startsWith("auto,1,24,"), byHorizon.get(1));
            assertTrue(Files.readAllLines(results.resolve("scores.csv")).size() > 12 * 2);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPanelWhoseSeriesDoNotShareACalendarIsWarnedAbout() throws IOException {
        StringBuilder unaligned = new StringBuilder("series_id,period,value\n");
        for (int s = 0; s < 4; s++) {
            for (int t = 0; t < 8; t++) {
                unaligned.append('u').append(s).append(',').append(2000 + 3 * s + t).append(',').append(100 + t * (s + 1)).append('\n');
            }
        }
        assertEquals(0, run("bench", "forecast", write("unaligned.csv", unaligned.toString()).toString(), "--horizon", "2",
                "--methods", "naive", "--calibration", "panel", "--out", dir.resolve("u").toString()), err.toString());
        assertTrue(err.toString().contains("4 series end in 4 different periods"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, run("bench", "forecast", growingPanel().toString(), "--horizon", "2", "--methods", "naive",
                "--calibration", "panel", "--out", dir.resolve("a").toString()), err.toString());
        assertFalse(err.toString().contains("warning"), err.toString());
    }

    @Test
    void byDefaultAPanelWhoseForecastsFellShortAlikeIsCalibratedOnItsPooledErrors() throws IOException {
        // 40 series sharing 2010-2019 whose growth accelerates alike: auto, which damps trends, fell short
        // every year, so the default pools; 29 such series are not a panel by default
        StringBuilder forty = new StringBuilder("series_id,period,value\n");
        StringBuilder few = new StringBuilder("series_id,period,value\n");
        for (int s = 0; s < 40; s++) {
            for (int t = 0; t < 10; t++) {
                String row = "s" + s + "," + (2010 + t) + "," + (100 + s) * Math.exp(0.01 * t * t) + "\n";
                forty.append(row);
                if (s < PanelChoice.MIN_SERIES - 1) {
                    few.append(row);
                }
            }
        }
        assertEquals(0, run("forecast", write("forty.csv", forty.toString()).toString(), "--horizon", "2", "--out",
                dir.resolve("d").toString()), err.toString());
        assertTrue(Files.readAllLines(dir.resolve("d/forecast.csv")).get(1).endsWith(",panel_centred"));
        assertEquals(0, run("forecast", dir.resolve("forty.csv").toString(), "--horizon", "2", "--calibration", "series",
                "--out", dir.resolve("s").toString()), err.toString());
        assertTrue(Files.readAllLines(dir.resolve("s/forecast.csv")).get(1).endsWith(",backtest"));
        assertEquals(0, run("forecast", write("few.csv", few.toString()).toString(), "--horizon", "2", "--out",
                dir.resolve("f").toString()), err.toString());
        assertTrue(Files.readAllLines(dir.resolve("f/forecast.csv")).get(1).endsWith(",backtest"));
    }
}
