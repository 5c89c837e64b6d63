package uk.sufficiency.sweep.figures;

import java.util.List;
import java.util.Locale;

/**
 * A council's {@code lac-aggregates.csv} (decision 0035) from its public figures: stocks at each
 * 31 March, starts and ceases per year (children during the year minus the stock at its start, and
 * minus the stock at its end), split over the projection's default categories and age bands.
 *
 * <p>The split (docs/methods/sweep.md, section 2): the last year's placement groups and age bands
 * are the two margins, fitted by iterative proportional fitting over the cells that can hold
 * children (supported living only at 16-17, residential care only from 5); foster care is split
 * into in-house, connected and agency by Ofsted's count of children with the council's own carers
 * (20% of those with connected carers, the built-in scenario's share), residential care 16% in the
 * council's own homes (the built-in scenario's share). Earlier years and the flows use the same
 * shares: the public tables give them only as totals.
 */
public final class LacHistoryTable {

    /** The projection's default categories (LacProjectionConfig) and bands, in file order. */
    public static final List<String> CATEGORIES = List.of("in_house_foster", "ifa_foster", "connected",
            "residential_in_house", "residential_external", "supported", "other");
    public static final List<String> BANDS = List.of("0-1", "1-5", "5-10", "10-16", "16-18");
    /** England 2019: about 64% of fostered children were with councils' own carers (assumption when Ofsted is suppressed). */
    static final double IN_HOUSE_FOSTER_SHARE_DEFAULT = 0.64;
    static final double CONNECTED_SHARE_OF_IN_HOUSE = 38 / 190.0;
    static final double RESIDENTIAL_IN_HOUSE_SHARE = 8 / 51.0;
    private static final int IPF_ROUNDS = 200;

    private LacHistoryTable() {
    }

    /** The file's text: header and one row per year, category and band with children. */
    public static String csv(CouncilFigures council) {
        double[][] share = shares(council);
        StringBuilder text = new StringBuilder("year,category,age_band,stock_31_march,entries,exits\n");
        List<Integer> stocks = council.childrenAt31March();
        List<Integer> during = council.childrenDuringYear();
        for (int y = 0; y < stocks.size(); y++) {
            int[][] stock = apportion(share, stocks.get(y));
            int[][] entries = y == 0 ? null : apportion(share, Math.max(0, during.get(y) - stocks.get(y - 1)));
            int[][] exits = y == 0 ? null : apportion(share, Math.max(0, during.get(y) - stocks.get(y)));
            for (int c = 0; c < CATEGORIES.size(); c++) {
                for (int b = 0; b < BANDS.size(); b++) {
                    if (share[c][b] == 0) {
                        continue;
                    }
                    text.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%s,%s%n", council.firstYear() + y,
                            CATEGORIES.get(c), BANDS.get(b), stock[c][b], y == 0 ? "" : entries[c][b],
                            y == 0 ? "" : exits[c][b]));
                }
            }
        }
        return text.toString();
    }

    /** Share of the children in each category and band (sums to 1). */
    static double[][] shares(CouncilFigures council) {
        double[] rows = categoryTotals(council);
        double[] columns = council.ageBandChildren().stream().mapToDouble(Integer::doubleValue).toArray();
        double[][] cells = new double[CATEGORIES.size()][BANDS.size()];
        for (int c = 0; c < cells.length; c++) {
            for (int b = 0; b < BANDS.size(); b++) {
                cells[c][b] = possible(c, b) ? 1 : 0;
            }
        }
        normalise(rows);
        normalise(columns);
        for (int round = 0; round < IPF_ROUNDS; round++) {
            scaleRows(cells, rows);
            scaleColumns(cells, columns);
        }
        scaleRows(cells, rows);
        return cells;
    }

    private static boolean possible(int category, int band) {
        String id = CATEGORIES.get(category);
        if (id.equals("supported")) {
            return band == BANDS.size() - 1;
        }
        return !id.startsWith("residential") || band >= 2;
    }

    private static double[] categoryTotals(CouncilFigures council) {
        List<Integer> groups = council.placementChildren();
        double foster = groups.get(0);
        double inHouse = council.fosteredInHouse() >= 0 && foster > 0
                ? Math.min(1, council.fosteredInHouse() / foster) : IN_HOUSE_FOSTER_SHARE_DEFAULT;
        double residential = groups.get(1);
        return new double[] {foster * inHouse * (1 - CONNECTED_SHARE_OF_IN_HOUSE), foster * (1 - inHouse),
            foster * inHouse * CONNECTED_SHARE_OF_IN_HOUSE, residential * RESIDENTIAL_IN_HOUSE_SHARE,
            residential * (1 - RESIDENTIAL_IN_HOUSE_SHARE), groups.get(2), groups.get(3)};
    }

    private static void normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = sum > 0 ? values[i] / sum : 1.0 / values.length;
        }
    }

    private static void scaleRows(double[][] cells, double[] targets) {
        for (int c = 0; c < cells.length; c++) {
            double sum = 0;
            for (double v : cells[c]) {
                sum += v;
            }
            for (int b = 0; b < cells[c].length; b++) {
                cells[c][b] = sum > 0 ? cells[c][b] * targets[c] / sum : 0;
            }
        }
    }

    private static void scaleColumns(double[][] cells, double[] targets) {
        for (int b = 0; b < cells[0].length; b++) {
            double sum = 0;
            for (double[] row : cells) {
                sum += row[b];
            }
            for (double[] row : cells) {
                row[b] = sum > 0 ? row[b] * targets[b] / sum : 0;
            }
        }
    }

    /** Whole children per cell adding up to {@code total} exactly (largest remainders, ties by cell order). */
    static int[][] apportion(double[][] share, int total) {
        int rows = share.length;
        int cols = share[0].length;
        int[][] counts = new int[rows][cols];
        double[] remainders = new double[rows * cols];
        int given = 0;
        for (int i = 0; i < rows * cols; i++) {
            double exact = share[i / cols][i % cols] * total;
            counts[i / cols][i % cols] = (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += counts[i / cols][i % cols];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best / cols][best % cols]++;
            remainders[best] = -1;
        }
        return counts;
    }
}
