package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.ssda903.Episode;
import uk.sufficiency.engine.ssda903.Ssda903Data;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.engine.testdata.TestData;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The synthetic SSDA903 sample summed to the yearly aggregates an LA would publish (stock at each 31
 * March; entries and exits per year, 18th birthdays included) must give a projection close to the
 * child-level one.
 */
class AggregateConsistencyTest {

    @TempDir
    Path tmp;

    private static Episode openAt(List<Episode> episodes, LocalDate day) {
        for (Episode e : episodes) {
            if (e.openAtEndOf(day)) {
                return e;
            }
        }
        return null;
    }

    private static int age(LocalDate birth, LocalDate day) {
        return (int) Math.max(0, Period.between(birth, day).toTotalMonths());
    }

    /** lac-aggregates.csv text for the years ending 31 March first..last, counted month by month. */
    static String aggregates(Ssda903Data data, LacStates space, int first, int last) {
        Map<String, List<Episode>> byChild = new LinkedHashMap<>();
        data.episodes().forEach(e -> byChild.computeIfAbsent(e.childId(), id -> new ArrayList<>()).add(e));
        int k = space.categoryCount();
        int nb = space.bands().size();
        StringBuilder csv = new StringBuilder(String.join(",", LacAggregatesReader.COLUMNS)).append('\n');
        for (int year = first; year <= last; year++) {
            int[][] stock = new int[k][nb];
            int[][] entries = new int[k][nb];
            int[][] exits = new int[k][nb];
            for (var child : byChild.entrySet()) {
                LocalDate birth = data.birthDates().get(child.getKey());
                LocalDate end = LocalDate.of(year, 3, 31);
                Episode atEnd = openAt(child.getValue(), end);
                if (atEnd != null && age(birth, end) < AgeBands.LEAVING_AGE_MONTHS) {
                    stock[space.categoryIndex(atEnd.category())][space.bands().bandOf(age(birth, end))]++;
                }
                for (int m = 0; m < 12 && year > first; m++) {
                    LocalDate from = YearMonth.of(year - 1, 3).plusMonths(m).atEndOfMonth();
                    LocalDate to = YearMonth.of(year - 1, 3).plusMonths(m + 1).atEndOfMonth();
                    Episode before = age(birth, from) < AgeBands.LEAVING_AGE_MONTHS ? openAt(child.getValue(), from) : null;
                    Episode after = age(birth, to) < AgeBands.LEAVING_AGE_MONTHS ? openAt(child.getValue(), to) : null;
                    if (before != null && after == null) {
                        exits[space.categoryIndex(before.category())][space.bands().bandOf(age(birth, from))]++;
                    } else if (before == null && after != null) {
                        entries[space.categoryIndex(after.category())][space.bands().bandOf(age(birth, to))]++;
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int b = 0; b < nb; b++) {
                    csv.append(year).append(',').append(space.categories().get(c)).append(',')
                            .append(space.bands().bands().get(b).label()).append(',').append(stock[c][b]).append(',')
                            .append(year > first ? String.valueOf(entries[c][b]) : "").append(',')
                            .append(year > first ? String.valueOf(exits[c][b]) : "").append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static double meanTotal(SimulationResult sim, int t, int category) {
        double sum = 0;
        for (int i = 0; i < sim.simulations(); i++) {
            sum += sim.stock(i, t, category, -1);
        }
        return sum / sim.simulations();
    }

    @Test
    void aggregatesOfTheSyntheticSampleProjectCloseToItsChildLevelProjection() throws IOException {
        // Without rate drift: the comparison is of what the two histories give the fit, not of a drift
        // estimated from this sample's collapse of entries in April 2018.
        LacProjectionConfig config = LacProjectionConfig.defaults().withWindowMonths(24).withEntries("constant", 24)
                .withDrift(new LacProjectionConfig.DriftPrior(0.0, 1e9));
        LacStates space = new LacStates(config.categoryIds(), AgeBands.parse(config.ageBands()));
        Ssda903Data data = new Ssda903Reader(config.categoryMap()).read(TestData.ssda903Synthetic());
        EpisodeHistory children = new EpisodeHistory(data);
        int first = children.firstSnapshot().getYear();
        int last = children.lastSnapshot().getYear();
        Path file = Files.writeString(tmp.resolve(LacAggregatesReader.FILE_NAME), aggregates(data, space, first, last));

        ProblemCollector problems = new ProblemCollector();
        LacAggregates aggregates = LacAggregatesReader.read(file, space, problems);
        assertNotNull(aggregates, problems.problems().toString());
        assertTrue(problems.problems().isEmpty(), "counted month by month, every year balances: " + problems.problems());
        AggregateHistory summed = new AggregateHistory(aggregates, space, true);
        for (int y = first; y <= last; y++) {
            LocalDate march31 = LocalDate.of(y, 3, 31);
            assertEquals(java.util.Arrays.deepToString(children.stockAt(space, march31)),
                    java.util.Arrays.deepToString(summed.stockAt(space, march31)));
        }

        LacProjectionResult childLevel = LacTestRuns.run(config, children, children.lastSnapshot(), 2, 200, 17);
        LacProjectionResult fromAggregates = LacTestRuns.run(config, summed, summed.lastSnapshot(), 2, 200, 17);
        StringBuilder report = new StringBuilder();
        for (int y = first; y <= last; y++) {
            report.append(String.format("%d: stock %d%s%n", y, aggregates.totalStock(y), y == first ? ""
                    : String.format(", entries %d, exits %d", aggregates.totalEntries(y), aggregates.totalExits(y))));
        }
        // Backtests (fitted at 31 March 2020 and 2021 with a 24-month window; up to 24 months ahead):
        // the same comparisons for both histories, by category, at each 31 March.
        for (LacBacktest.Row agg : fromAggregates.backtest().rows()) {
            LacBacktest.Row child = childLevel.backtest().rows().stream()
                    .filter(r -> r.origin().equals(agg.origin()) && r.monthEnd().equals(agg.monthEnd())
                            && r.category().equals(agg.category()))
                    .findFirst().orElseThrow();
            assertEquals(child.actual(), agg.actual());
            double c = child.projected().mean();
            double g = agg.projected().mean();
            report.append(String.format("%s %s: actual %d, child-level %.1f, aggregates %.1f%n", agg.monthEnd(),
                    agg.category(), agg.actual(), c, g));
        }
        System.out.print(report);
        for (LacBacktest.Row agg : fromAggregates.backtest().rows()) {
            LacBacktest.Row child = childLevel.backtest().rows().stream()
                    .filter(r -> r.origin().equals(agg.origin()) && r.monthEnd().equals(agg.monthEnd())
                            && r.category().equals(agg.category()))
                    .findFirst().orElseThrow();
            double c = child.projected().mean();
            double g = agg.projected().mean();
            double tolerance = agg.category().equals("all") ? 0.05 * c : Math.max(5, 0.25 * c);
            assertTrue(Math.abs(g - c) < tolerance, report.toString());
        }
        // Forward from 31 March 2022 (62 children): totals a year and two years on.
        for (int t : new int[] {11, 23}) {
            double c = meanTotal(childLevel.paths(), t, -1);
            double g = meanTotal(fromAggregates.paths(), t, -1);
            assertTrue(Math.abs(g - c) < Math.max(4, 0.1 * c), t + ": child-level " + c + ", aggregates " + g);
        }
        // The aggregate backtests compare at each 31 March only: from 2019 at 2020 and 2021 (24 months at
        // most), from 2020 at 2021 and 2022, from 2021 at 2022.
        assertEquals(5, fromAggregates.backtest().totals().size());
    }
}
