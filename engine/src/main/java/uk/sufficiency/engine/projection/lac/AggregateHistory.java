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
 *   <li>gross moves between categories are not observable. With aggregate_moves: net (default) the
 *       fewest moves that explain each category's net change are counted ({@link #estimateMoves});
 *       with none, no moves are counted (the prior's small share remains; add known moves with
 *       rate_edits);</li>
 *   <li>entries by state are the year's entries; each month of a year gets a twelfth of its total
 *       (so trended entries, which need monthly figures, are refused by {@link #checkSettings}).</li>
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
    /** [year index][state][category] estimated moves (aggregate_moves: net). */
    private final double[][][] moveCounts;

    /**
     * @param netMoves  estimate moves between categories from each category's unexplained stock change
     *                  (aggregate_moves: net), or assume none (aggregate_moves: none)
     */
    public AggregateHistory(LacAggregates data, LacStates space, boolean netMoves) {
        this.data = data;
        int n = data.years();
        int k = space.categoryCount();
        int nb = space.bands().size();
        stayCounts = new double[n][space.stateCount()];
        exitCounts = new double[n][space.stateCount()];
        moveCounts = new double[n][space.stateCount()][k];
        int lastBand = nb - 1;
        double lastBandWidth = space.bands().bands().get(lastBand).widthMonths();
        for (int y = 1; y < n; y++) {
            String year = String.valueOf(data.firstYear() + y);
            double[][] atRisk = new double[k][nb];
            double[][] meanStock = new double[k][nb];
            for (int c = 0; c < k; c++) {
                for (int b = 0; b < nb; b++) {
                    meanStock[c][b] = (data.stock()[y - 1][c][b] + data.stock()[y][c][b]) / 2.0;
                    atRisk[c][b] = 12 * meanStock[c][b];
                    double exits = data.exits()[y][c][b];
                    if (b == lastBand) {
                        double eighteenths = atRisk[c][b] / lastBandWidth;
                        atRisk[c][b] -= eighteenths;
                        exits = Math.max(0.0, exits - eighteenths);
                    }
                    if (exits > atRisk[c][b]) {
                        // Children who came and went between two 31 Marches leave no trace in the stock.
                        warnings.add(Problem.warning(data.file(), data.lines()[y][c][b], "exits", String.valueOf(data.exits()[y][c][b]),
                                String.format(Locale.ROOT, "year %s, %s, age %s: %.1f exits (18th birthdays excluded) but"
                                        + " only %.1f child-months in care; the monthly exit probability is taken as 1",
                                        year, space.categories().get(c), space.bands().bands().get(b).label(),
                                        exits, atRisk[c][b])));
                        exits = atRisk[c][b];
                    }
                    exitCounts[y][space.state(b, c)] = exits;
                }
            }
            if (netMoves) {
                estimateMoves(space, y, atRisk, meanStock);
            }
            for (int s = 0; s < space.stateCount(); s++) {
                double free = atRisk[space.categoryOfState(s)][space.bandOfState(s)] - exitCounts[y][s];
                double moved = EntryModel.total(moveCounts[y][s]);
                if (moved > free) {
                    int line = data.lines()[y][space.categoryOfState(s)][space.bandOfState(s)];
                    warnings.add(Problem.warning(data.file(), line, "stock_31_march", null, String.format(Locale.ROOT,
                            "year %s, %s, age %s: the estimated moves out (%.1f) exceed the child-months left after exits"
                                    + " (%.1f); they are scaled down", year, space.categories().get(space.categoryOfState(s)),
                            space.bands().bands().get(space.bandOfState(s)).label(), moved, free)));
                    for (int j = 0; j < k; j++) {
                        moveCounts[y][s][j] *= moved > 0 ? free / moved : 0;
                    }
                    moved = free;
                }
                stayCounts[y][s] = free - moved;
            }
        }
    }

    /**
     * The fewest moves that explain each category's net change: net_c = stock(end) - stock(start) -
     * entries + exits over all bands (ageing between bands cancels within a category; 18th birthdays
     * are among the exits). Categories that lost children send to those that gained, in proportion to
     * loss x gain; a move i to j is placed in band b in proportion to i's child-months in b times j's
     * mean stock in b (children move at the ages the receiving category holds).
     */
    private void estimateMoves(LacStates space, int y, double[][] atRisk, double[][] meanStock) {
        int k = space.categoryCount();
        int nb = space.bands().size();
        double[] net = new double[k];
        double gains = 0;
        double losses = 0;
        for (int c = 0; c < k; c++) {
            for (int b = 0; b < nb; b++) {
                net[c] += data.stock()[y][c][b] - data.stock()[y - 1][c][b] - data.entries()[y][c][b] + data.exits()[y][c][b];
            }
            gains += Math.max(0, net[c]);
            losses += Math.max(0, -net[c]);
        }
        double moves = Math.min(gains, losses);
        if (moves <= 0) {
            return;
        }
        for (int i = 0; i < k; i++) {
            if (net[i] >= 0) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                if (net[j] <= 0) {
                    continue;
                }
                double volume = moves * (-net[i] / losses) * (net[j] / gains);
                double[] weight = new double[nb];
                double total = 0;
                for (int b = 0; b < nb; b++) {
                    weight[b] = atRisk[i][b] * meanStock[j][b];
                    total += weight[b];
                }
                if (total <= 0) {
                    for (int b = 0; b < nb; b++) {
                        weight[b] = atRisk[i][b];
                        total += weight[b];
                    }
                }
                for (int b = 0; b < nb && total > 0; b++) {
                    moveCounts[y][space.state(b, i)][j] += volume * weight[b] / total;
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

    /**
     * Settings aggregates cannot serve: a window or backtest that does not end on 31 March (the only
     * dates with a known stock), and trended entries (a line through twelve equal months a year would
     * understate the trend's uncertainty).
     */
    public static void checkSettings(LacProjectionConfig config, uk.sufficiency.model.settings.ConfigSection section,
            uk.sufficiency.model.validation.ProblemCollector problems) {
        if (config.windowMonths() % 12 != 0) {
            section.error(problems, "/reference_window", config.windowMonths() + "m",
                    "with yearly aggregates the reference window must be whole years (12m, 24m, 2y, ...)");
        }
        if (config.backtestMonths() % 12 != 0) {
            section.error(problems, "/backtest_months", String.valueOf(config.backtestMonths()),
                    "with yearly aggregates backtest_months must be a multiple of 12 (0 = off)");
        }
        if (config.entryMode().equals(LacProjectionConfig.TRENDED)) {
            section.error(problems, "/entries/mode", LacProjectionConfig.TRENDED,
                    "with yearly aggregates entries.mode must be constant or population (trended needs monthly entries)");
        }
    }

    @Override
    public Observations observe(LacStates space, LocalDate start, LocalDate end) {
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
                for (int j = 0; j < space.categoryCount(); j++) {
                    outcomes[s][j] += moveCounts[y][s][j];
                }
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
    static List<ChildState> population(LacStates space, int[][] stock) {
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
    public boolean isSnapshot(LocalDate monthEnd) {
        return isMarch31(monthEnd) && monthEnd.getYear() >= data.firstYear() && monthEnd.getYear() <= data.lastYear();
    }

    @Override
    public List<ChildState> childrenAt(LacStates space, LocalDate snapshot) {
        return population(space, data.stock()[snapshot.getYear() - data.firstYear()]);
    }

    @Override
    public int[][] stockAt(LacStates space, LocalDate monthEnd) {
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
