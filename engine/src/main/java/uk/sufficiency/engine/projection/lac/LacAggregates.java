package uk.sufficiency.engine.projection.lac;

import java.nio.file.Path;
import java.util.List;

/**
 * Yearly aggregates of one local authority's looked-after children, for authorities without
 * child-level (SSDA903) data. Year y means the year ending 31 March y. Arrays are indexed
 * [year - firstYear][category][band] in the order of the {@link LacStates} they were read with.
 *
 * @param file       the CSV they came from (named in reports)
 * @param firstYear  earliest year: only its stock is used (there is no opening stock for its flows)
 * @param stock      children looked after at 31 March of each year
 * @param entries    children who started to be looked after during each year, by category and age
 *                   band at entry; the earliest year's row may be zero (unused)
 * @param exits      children who ceased to be looked after during each year, by category and age band
 *                   when they left, those leaving on their 18th birthday included
 * @param lines      the file line each cell came from, 0 where the file has no row (counted as zero)
 */
public record LacAggregates(Path file, List<String> categories, List<String> bands, int firstYear,
        int[][][] stock, int[][][] entries, int[][][] exits, int[][][] lines) {

    public int lastYear() {
        return firstYear + stock.length - 1;
    }

    public int years() {
        return stock.length;
    }

    /** All children at 31 March of a year. */
    public int totalStock(int year) {
        return sum(stock[year - firstYear]);
    }

    public int totalEntries(int year) {
        return sum(entries[year - firstYear]);
    }

    public int totalExits(int year) {
        return sum(exits[year - firstYear]);
    }

    static int sum(int[][] byCategoryAndBand) {
        int total = 0;
        for (int[] row : byCategoryAndBand) {
            for (int v : row) {
                total += v;
            }
        }
        return total;
    }
}
