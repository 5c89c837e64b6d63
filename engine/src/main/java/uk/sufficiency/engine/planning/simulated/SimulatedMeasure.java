package uk.sufficiency.engine.planning.simulated;

import uk.sufficiency.engine.market.MarketMeasure;
import uk.sufficiency.engine.market.MarketResult;
import uk.sufficiency.model.child.SkillLevel;

/**
 * What the planner reads from a market simulation for plan year t (its last month end, 12t months
 * after as_of, except the cost, which is of the whole year), per simulation; ids follow the greedy
 * plan's measures where the two mean the same (docs/methods/planning.md s8).
 */
public enum SimulatedMeasure {
    /** Children in care less those living with connected carers (the greedy plan's demand leaves them out). */
    CHILDREN("demand_children", "children"),
    USABLE_PLACES("usable_places", "places"),
    PLACED_IN_HOUSE_FOSTER("placed_in_house_foster_children", "children"),
    PLACED_IFA("placed_ifa_children", "children"),
    /** Agency foster, external residential and external supported placements. */
    EXTERNAL("placed_externally_children", "children"),
    /** In-house foster / (in-house foster + agency foster): the greedy plan's in-house share of foster placements. */
    IN_HOUSE_SHARE("in_house_share", "share"),
    /** Children the in-house foster service does not place: with agency foster carers, or waiting. */
    GAP("sufficiency_gap_children", "children"),
    WAITING("waiting_children", "children"),
    MEAN_WAIT("mean_wait_months", "months"),
    OUT_OF_COUNTY("out_of_county_children", "children"),
    PLACEMENT_MOVES("placement_moves_in_year", "children"),
    /** The cost of the year's placements: each month's days at its month-end weekly cost. */
    ANNUAL_COST("annual_cost_gbp", "GBP per year");

    private final String column;
    private final String unit;

    SimulatedMeasure(String column, String unit) {
        this.column = column;
        this.unit = unit;
    }

    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    /** The measure in plan year {@code t} (1-based), one value per simulation. */
    public double[] draws(MarketResult result, int t) {
        int end = 12 * t - 1;
        double[] out = new double[result.simulations()];
        for (int s = 0; s < out.length; s++) {
            out[s] = value(result, t, end, s);
        }
        return out;
    }

    private double value(MarketResult r, int t, int end, int s) {
        return switch (this) {
            case CHILDREN -> at(r, MarketMeasure.IN_CARE, end, s) - at(r, MarketMeasure.PLACED_CONNECTED, end, s);
            case USABLE_PLACES -> usablePlaces(r, end, s);
            case PLACED_IN_HOUSE_FOSTER -> at(r, MarketMeasure.PLACED_IN_HOUSE_FOSTER, end, s);
            case PLACED_IFA -> at(r, MarketMeasure.PLACED_IFA, end, s);
            case EXTERNAL -> at(r, MarketMeasure.PLACED_IFA, end, s)
                    + at(r, MarketMeasure.PLACED_RESIDENTIAL_EXTERNAL, end, s)
                    + at(r, MarketMeasure.PLACED_SUPPORTED_EXTERNAL, end, s);
            case IN_HOUSE_SHARE -> share(at(r, MarketMeasure.PLACED_IN_HOUSE_FOSTER, end, s),
                    at(r, MarketMeasure.PLACED_IFA, end, s));
            case GAP -> at(r, MarketMeasure.PLACED_IFA, end, s) + at(r, MarketMeasure.WAITING, end, s);
            case WAITING -> at(r, MarketMeasure.WAITING, end, s);
            case MEAN_WAIT -> at(r, MarketMeasure.MEAN_WAIT, end, s);
            case OUT_OF_COUNTY -> at(r, MarketMeasure.OUT_OF_COUNTY, end, s);
            case PLACEMENT_MOVES -> movesInYear(r, t, s);
            case ANNUAL_COST -> r.yearCostGbp()[t - 1][s];
        };
    }

    private static double at(MarketResult r, MarketMeasure measure, int month, int s) {
        return r.draws(measure, month)[s];
    }

    /** No foster child placed: nothing placed externally either, share 1 (as the greedy plan). */
    private static double share(double inHouse, double agency) {
        return inHouse + agency == 0 ? 1.0 : inHouse / (inHouse + agency);
    }

    private static double usablePlaces(MarketResult r, int month, int s) {
        double places = 0;
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            places += r.byLevel()[MarketMeasure.ByLevel.IN_HOUSE_PLACES.ordinal()][level][month][s];
        }
        return places;
    }

    private static double movesInYear(MarketResult r, int t, int s) {
        double moves = 0;
        for (int month = 12 * (t - 1); month < 12 * t; month++) {
            moves += at(r, MarketMeasure.PLACEMENT_MOVES, month, s);
        }
        return moves;
    }
}
