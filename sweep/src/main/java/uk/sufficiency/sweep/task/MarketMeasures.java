package uk.sufficiency.sweep.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.market.MarketMeasure;
import uk.sufficiency.engine.market.MarketResult;
import uk.sufficiency.model.placement.PlannerCategory;

/**
 * What a sweep keeps of a month-by-month market simulation, per simulation and simulated year of
 * 12 months (docs/methods/simulation.md, docs/methods/sweep.md s3): at the year's last month end,
 * children placed by planner category, out of county, waiting, their mean wait and the in-house
 * share of foster placements; over the year, placement moves and the cost of placements.
 */
final class MarketMeasures {

    static final String PREFIX = "simulation_";

    /** Measures read at the year's last month end. */
    static final List<MarketMeasure> AT_YEAR_END = atYearEnd();

    private MarketMeasures() {
    }

    private static List<MarketMeasure> atYearEnd() {
        List<MarketMeasure> measures = new ArrayList<>();
        for (PlannerCategory category : PlannerCategory.values()) {
            measures.add(MarketMeasure.placed(category));
        }
        measures.addAll(List.of(MarketMeasure.OUT_OF_COUNTY, MarketMeasure.WAITING, MarketMeasure.MEAN_WAIT,
                MarketMeasure.IN_CARE, MarketMeasure.IN_HOUSE_HOUSEHOLDS));
        return List.copyOf(measures);
    }

    static List<MeasureValues> of(MarketResult result) {
        List<MeasureValues> values = new ArrayList<>();
        for (int y = 0; y < result.yearCostGbp().length; y++) {
            if (result.monthsInYear(y) != 12) {
                continue; // a part year is not a year's figure
            }
            int end = 12 * y + 11;
            int year = yearEnding(result.monthEnds().get(end));
            for (MarketMeasure measure : AT_YEAR_END) {
                values.add(new MeasureValues(PREFIX + measure.id(), measure.unit(), year, result.draws(measure, end).clone()));
            }
            values.add(new MeasureValues(PREFIX + "in_house_share", "share", year, inHouseShare(result, end)));
            values.add(new MeasureValues(PREFIX + "placement_moves_in_year", "children", year, movesInYear(result, y)));
            values.add(new MeasureValues(PREFIX + "cost_gbp", "GBP per year", year, result.yearCostGbp()[y].clone()));
        }
        return values;
    }

    /** The year a 12-month block belongs to: the calendar year its last month end falls in. */
    private static int yearEnding(LocalDate lastMonthEnd) {
        return lastMonthEnd.getYear();
    }

    /** In-house foster / (in-house foster + agency foster); 1 with no foster placement (as the planner). */
    private static double[] inHouseShare(MarketResult result, int month) {
        double[] inHouse = result.draws(MarketMeasure.PLACED_IN_HOUSE_FOSTER, month);
        double[] agency = result.draws(MarketMeasure.PLACED_IFA, month);
        double[] share = new double[inHouse.length];
        for (int s = 0; s < share.length; s++) {
            share[s] = inHouse[s] + agency[s] == 0 ? 1.0 : inHouse[s] / (inHouse[s] + agency[s]);
        }
        return share;
    }

    private static double[] movesInYear(MarketResult result, int y) {
        double[] moves = new double[result.simulations()];
        for (int month = 12 * y; month < 12 * y + 12; month++) {
            double[] m = result.draws(MarketMeasure.PLACEMENT_MOVES, month);
            for (int s = 0; s < moves.length; s++) {
                moves[s] += m[s];
            }
        }
        return moves;
    }
}
