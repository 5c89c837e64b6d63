package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;

/** Counts and prices one simulation's month ends into a {@link MarketPath}. */
final class MonthRecorder {

    /** The month's flows, counted as they happen. */
    static final class Month {
        int entered;
        int left;
        int moves;
        int placedInMonth;
    }

    /** A child's weekly price in a placement at a month end (GBP a week). */
    @FunctionalInterface
    interface Price {
        double weeklyGbp(SimChild child, Placement at, LocalDate monthEnd);
    }

    private final MarketModel model;
    private final Price price;
    private final double[][] values;
    private final double[][][] byLevel;
    private final double[] yearCost;
    private final Month[] months;
    private int exact;
    private int service;

    /** @param price each placed child's weekly price, or null for the model's own ({@link #weeklyGbp}) */
    MonthRecorder(MarketModel model, Price price) {
        this.model = model;
        this.price = price != null ? price : (child, at, monthEnd) -> weeklyGbp(model, child, at, monthEnd);
        int n = model.months().size();
        this.values = new double[MarketMeasure.values().length][n];
        this.byLevel = new double[MarketMeasure.ByLevel.values().length][SkillLevel.SLOTS][n];
        this.yearCost = new double[(n + 11) / 12];
        this.months = new Month[n];
    }

    Month month(int t) {
        months[t] = new Month();
        return months[t];
    }

    void solved(MonthlyMatcher.Path path) {
        if (path == MonthlyMatcher.Path.EXACT_FLOW) {
            exact++;
        } else if (path == MonthlyMatcher.Path.MATCHING_SERVICE) {
            service++;
        }
    }

    void record(int t, LocalDate monthEnd, List<SimHome> homes, List<SimChild> children) {
        double weekly = 0;
        int waiting = 0;
        int waitedTotal = 0;
        int longest = 0;
        for (SimChild child : children) {
            if (child.waiting()) {
                waiting++;
                waitedTotal += child.waitingMonths;
                longest = Math.max(longest, child.waitingMonths);
                continue;
            }
            Placement at = child.home.placement;
            set(MarketMeasure.placed(at.type().plannerCategory()), t, 1, true);
            if (child.profile.home() != null && at.location() != null
                    && child.profile.home().distanceKm(at.location()) > model.settings().outOfCountyKm()) {
                set(MarketMeasure.OUT_OF_COUNTY, t, 1, true);
            }
            weekly += price.weeklyGbp(child, at, monthEnd);
            if (at.skillLevel() != null && SkillLevel.isValid(at.skillLevel())) {
                if (child.home.isSupplyHousehold()) {
                    byLevel[MarketMeasure.ByLevel.PLACED_IN_HOUSE.ordinal()][at.skillLevel()][t]++;
                } else if (at.type() == PlacementType.IFA_FOSTER) {
                    byLevel[MarketMeasure.ByLevel.PLACED_IFA.ordinal()][at.skillLevel()][t]++;
                }
            }
        }
        int households = 0;
        for (SimHome home : homes) {
            if (home.isSupplyHousehold()) {
                households++;
                Integer level = home.placement.skillLevel();
                if (level != null && SkillLevel.isValid(level)) {
                    byLevel[MarketMeasure.ByLevel.IN_HOUSE_PLACES.ordinal()][level][t] += home.placement.places();
                }
            }
        }
        Month month = months[t];
        set(MarketMeasure.WAITING, t, waiting, false);
        set(MarketMeasure.MEAN_WAIT, t, waiting == 0 ? 0 : (double) waitedTotal / waiting, false);
        set(MarketMeasure.LONGEST_WAIT, t, longest, false);
        set(MarketMeasure.IN_CARE, t, children.size(), false);
        set(MarketMeasure.ENTERED, t, month.entered, false);
        set(MarketMeasure.LEFT_CARE, t, month.left, false);
        set(MarketMeasure.PLACEMENT_MOVES, t, month.moves, false);
        set(MarketMeasure.PLACED_IN_MONTH, t, month.placedInMonth, false);
        set(MarketMeasure.WEEKLY_COST, t, weekly, false);
        set(MarketMeasure.ANNUAL_COST, t, WeeklyCost.annualGbp(weekly), false);
        set(MarketMeasure.IN_HOUSE_HOUSEHOLDS, t, households, false);
        // the month's cost: its days at the month-end weekly cost
        yearCost[t / 12] += weekly * monthEnd.lengthOfMonth() / 7.0;
    }

    /** Weekly GBP of a child in a placement: its stated price, else the price list's, at the month's prices. */
    static double weeklyGbp(MarketModel model, SimChild child, Placement at, LocalDate monthEnd) {
        double price = at.statedWeeklyCostGbp() != null ? at.statedWeeklyCostGbp()
                : model.prices().weeklyGbp(at.type(),
                        at.skillLevel() != null ? at.skillLevel() : 1, child.profile.ageYears(monthEnd));
        return model.prices().at(price, monthEnd);
    }

    private void set(MarketMeasure measure, int t, double value, boolean add) {
        values[measure.ordinal()][t] = add ? values[measure.ordinal()][t] + value : value;
    }

    MarketPath path() {
        return new MarketPath(values, byLevel, yearCost, exact, service);
    }
}
