package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * History from yearly aggregates (decision record 0035). The stock is known only at each 31 March;
 * a year's flows become the counts the child-level model would have seen, so the same posteriors,
 * simulation and reports apply:
 * <ul>
 *   <li>child-months at risk in (category, band) over a year = 12 x the mean of the opening and closing
 *       stock (trapezoid), less the months in which a child of the last band turns 18;</li>
 *   <li>leaving at 18 is modelled exactly, so the exits of the last band lose the expected 18th
 *       birthdays, 12 x mean stock / band width in months (ages spread evenly within the band);</li>
 *   <li>monthly exit count = the remaining exits; stay count = child-months at risk - exits. A monthly
 *       model's exit probability is exits per child-month at risk, so the Dirichlet posterior of a
 *       state is that of the child-level model with these counts;</li>
 *   <li>moves between categories are not observable: their count is zero, so the fitted monthly
 *       move probability is only the prior's small share; known moves are added with rate_edits;</li>
 *   <li>entries by state are the year's entries; each month of a year gets a twelfth of its total.</li>
 * </ul>
 * The children in care at the projection base are the base stock, their ages spread evenly over
 * their band and their time in category unknown (0).
 */
public final class AggregateHistory implements LacHistory {

    private final LacAggregates data;
    private final List<Problem> warnings = new ArrayList<>();
    /** [year index][state] child-months at risk with stay and exit counts; year index 0 is unused. */
    private final double[][] stayCounts;
    private final double[][] exitCounts;

    public AggregateHistory(LacAggregates data, StateSpace space) {
        this.data = data;
        int n = data.years();
        stayCounts = new double[n][space.stateCount()];
        exitCounts = new double[n][space.stateCount()];
        int lastBand = space.bands().size() - 1;
        double lastBandWidth = space.bands().bands().get(lastBand).widthMonths();
        for (int y = 1; y < n; y++) {
            for (int c = 0; c < space.categoryCount(); c++) {
                for (int b = 0; b < space.bands().size(); b++) {
                    double meanStock = (data.stock()[y - 1][c][b] + data.stock()[y][c][b]) / 2.0;
                    double atRisk = 12 * meanStock;
                    double exits = data.exits()[y][c][b];
                    if (b == lastBand) {
                        double eighteenths = atRisk / lastBandWidth;
                        atRisk -= eighteenths;
                        exits = Math.max(0.0, exits - eighteenths);
                    }
                    if (exits > atRisk) {
                        // Children who came and went between two 31 Marches leave no trace in the stock.
                        warnings.add(Problem.warning(data.file(), 0, "exits", String.valueOf(data.exits()[y][c][b]),
                                String.format(Locale.ROOT, "year %d, %s, age %s: %.1f exits (18th birthdays excluded) but"
                                        + " only %.1f child-months in care; the monthly exit probability is taken as 1",
                                        data.firstYear() + y, space.categories().get(c), space.bands().bands().get(b).label(),
                                        exits, atRisk)));
                        exits = atRisk;
                    }
                    int s = space.state(b, c);
                    stayCounts[y][s] = atRisk - exits;
                    exitCounts[y][s] = exits;
                }
            }
        }
    }

    public LacAggregates data() {
        return data;
    }

    /** Cells whose exits exceed their child-months in care (reported in the data-quality file). */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    private static LocalDate march31(int year) {
        return LocalDate.of(year, Month.MARCH, 31);
    }

    @Override
    public LocalDate firstSnapshot() {
        return march31(data.firstYear());
    }

    @Override
    public LocalDate lastSnapshot() {
        return march31(data.lastYear());
    }

    @Override
    public String describe() {
        return "yearly aggregates " + data.file().getFileName() + ", years ending 31 March " + data.firstYear() + " to "
                + data.lastYear() + ", " + data.totalStock(data.lastYear()) + " children at 31 March " + data.lastYear();
    }

    private static boolean isMarch31(LocalDate date) {
        return date.getMonth() == Month.MARCH && date.getDayOfMonth() == 31;
    }

    /** Checks that the window and backtest of the settings fall on 31 March, the only dates with a known stock. */
    public static void requireWholeYears(LacProjectionConfig config, java.nio.file.Path source) {
        var problems = new uk.sufficiency.model.validation.ProblemCollector();
        int window = LacConfigLoader.windowMonths(config.referenceWindow());
        if (window % 12 != 0) {
            problems.error(source, 0, "reference_window", config.referenceWindow(),
                    "with yearly aggregates the reference window must be whole years (12m, 24m, 2y, ...)");
        }
        if (config.backtestMonths() % 12 != 0) {
            problems.error(source, 0, "backtest_months", String.valueOf(config.backtestMonths()),
                    "with yearly aggregates backtest_months must be a multiple of 12 (0 = off)");
        }
        problems.throwIfErrors();
    }

    @Override
    public Observations observe(StateSpace space, LocalDate start, LocalDate end) {
        if (!isMarch31(start) || !isMarch31(end)) {
            throw InvalidInputException.of(Problem.error(data.file(), 0, null, null,
                    "yearly aggregates can only be fitted between two 31 Marches; got " + start + " to " + end));
        }
        int from = start.getYear() - data.firstYear();
        int to = end.getYear() - data.firstYear();
        double[][] outcomes = new double[space.stateCount()][space.categoryCount() + 1];
        double[] entries = new double[space.stateCount()];
        double[] monthly = new double[(to - from) * 12];
        for (int y = from + 1; y <= to; y++) {
            for (int s = 0; s < space.stateCount(); s++) {
                int c = space.categoryOfState(s);
                int b = space.bandOfState(s);
                outcomes[s][c] += stayCounts[y][s];
                outcomes[s][space.exitOutcome()] += exitCounts[y][s];
                entries[s] += data.entries()[y][c][b];
            }
            double perMonth = LacAggregates.sum(data.entries()[y]) / 12.0;
            for (int m = 0; m < 12; m++) {
                monthly[(y - from - 1) * 12 + m] = perMonth;
            }
        }
        // Entry ages are unknown: the simulator draws them evenly within the band.
        int[][] entryAges = new int[space.bands().size()][0];
        return new Observations(start, end, monthly.length, outcomes, entries, monthly, entryAges,
                population(space, data.stock()[to]));
    }

    /** The stock as individual children, ages spread evenly over each band (deterministic). */
    static List<ChildState> population(StateSpace space, int[][] stock) {
        List<ChildState> children = new ArrayList<>();
        for (int c = 0; c < space.categoryCount(); c++) {
            for (int b = 0; b < space.bands().size(); b++) {
                AgeBands.Band band = space.bands().bands().get(b);
                int n = stock[c][b];
                for (int j = 0; j < n; j++) {
                    int age = band.fromMonths() + (int) Math.floor((j + 0.5) * band.widthMonths() / n);
                    children.add(new ChildState(age, c, 0));
                }
            }
        }
        return children;
    }

    @Override
    public int[][] stockAt(StateSpace space, LocalDate monthEnd) {
        if (!isMarch31(monthEnd) || monthEnd.getYear() < data.firstYear() || monthEnd.getYear() > data.lastYear()) {
            return null;
        }
        int[][] source = data.stock()[monthEnd.getYear() - data.firstYear()];
        int[][] copy = new int[source.length][];
        for (int c = 0; c < source.length; c++) {
            copy[c] = source[c].clone();
        }
        return copy;
    }
}
