package uk.sufficiency.sweep.task;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * One row of the sweep's results: a measure of one council, scenario and year, summarised over all
 * its simulations (every block pooled) with the shared interval columns.
 */
public record ResultRow(String councilCode, String council, String scenario, int year, String measure, String unit,
        int simulations, double mean, double median, double lower80, double upper80, double lower95, double upper95)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Columns in order; the interval's are {@link Interval#COLUMNS}. */
    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("council_code", "council", "scenario", "year", "measure", "unit",
                "simulations"));
        columns.addAll(Interval.COLUMNS);
        COLUMNS = List.copyOf(columns);
    }

    /** Sort order of the output: council, scenario, measure, year. */
    public static final Comparator<ResultRow> ORDER = Comparator.comparing(ResultRow::councilCode)
            .thenComparing(ResultRow::scenario).thenComparing(ResultRow::measure).thenComparingInt(ResultRow::year);

    /**
     * Pools the blocks of one key, in block order, into one row. The interval sorts the values, so
     * the figures do not depend on the order blocks arrive in from the shuffle.
     */
    public static ResultRow pool(Iterable<BlockValues> blocks) {
        List<BlockValues> list = new ArrayList<>();
        blocks.forEach(list::add);
        list.sort(Comparator.comparingInt(BlockValues::block));
        BlockValues first = list.get(0);
        double[] all = list.stream().flatMapToDouble(b -> Arrays.stream(b.values())).toArray();
        Interval interval = Interval.of(all);
        return new ResultRow(first.councilCode(), first.council(), first.scenario(), first.year(), first.measure(),
                first.unit(), all.length, interval.mean(), interval.median(), interval.lower80(), interval.upper80(),
                interval.lower95(), interval.upper95());
    }

    /** The summary as the shared interval type (kept as plain numbers so rows serialise between nodes). */
    public Interval interval() {
        return new Interval(mean, median, lower80, upper80, lower95, upper95);
    }

    /** The cells in {@link #COLUMNS} order. */
    public List<Object> cells() {
        return List.of(councilCode, council, scenario, year, measure, unit, simulations, mean, median, lower80, upper80,
                lower95, upper95);
    }
}
