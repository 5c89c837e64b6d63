package uk.sufficiency.engine.planning;

import uk.sufficiency.engine.planning.allocation.InHouseFirstAllocator;
import uk.sufficiency.engine.planning.allocation.PlacementCosts;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.supply.SupplyPath;
import uk.sufficiency.engine.planning.supply.SupplyProjection;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.PlacementKind;

/**
 * Evaluates a recruitment plan against every demand simulation: projects supply, places each
 * simulated year's demand in-house first and the rest externally, and prices it. The same demand
 * simulations serve every plan evaluated (common random numbers), so differences between plans are
 * differences in supply only.
 */
public final class PlanEvaluator {

    /** Index of the "all" row in the level dimension (levels are 1-6). */
    public static final int ALL = 0;

    private final PlanSettings settings;
    private final DemandSimulations demand;
    private final SupplyProjection projection;

    public PlanEvaluator(PlanSettings settings, DemandSimulations demand) {
        if (demand.years() < settings.years()) {
            throw new IllegalArgumentException("demand covers " + demand.years() + " years, plan needs " + settings.years());
        }
        this.settings = settings;
        this.demand = demand;
        this.projection = new SupplyProjection(settings.supply());
    }

    public PlanSettings settings() {
        return settings;
    }

    public DemandSimulations demand() {
        return demand;
    }

    /** Baseline recruitment plus {@code extra}, {@code [year][level]}. */
    public double[][] withBaseline(double[][] extra) {
        double[][] total = PlanSettings.everyYear(settings.baselineRecruitsPerYear(), settings.years());
        for (int t = 1; t <= settings.years(); t++) {
            for (int level = 1; level <= 6; level++) {
                total[t][level] += extra[t][level];
            }
        }
        return total;
    }

    /**
     * @param extra households recruited on top of the baseline, {@code [year][level]}
     * @param lastYear evaluate years 1..lastYear only (goal-seeking needs no later year)
     */
    public Evaluation evaluate(double[][] extra, int lastYear) {
        return evaluate(extra, 1, lastYear);
    }

    /** As {@link #evaluate(double[][], int)} but placing demand in years firstYear..lastYear only. */
    public Evaluation evaluate(double[][] extra, int firstYear, int lastYear) {
        SupplyPath supply = projection.project(settings.households(), withBaseline(extra));
        PlacementCosts costs = settings.costs();
        int sims = demand.simulations();
        int measures = PlanMeasure.values().length;
        double[][][][] values = new double[measures][settings.years() + 1][7][sims];
        double[] need = new double[7];
        double[][] placed = new double[7][7];
        for (int t = firstYear; t <= lastYear; t++) {
            double[] places = supply.usablePlaces()[t];
            double fosterPlaces = 0;
            for (int level = 1; level <= 6; level++) {
                fosterPlaces += places[level];
            }
            for (int s = 0; s < sims; s++) {
                double fosterDemand = 0;
                for (int level = 1; level <= 6; level++) {
                    need[level] = demand.count(s, t, PlacementKind.FOSTER, level);
                    fosterDemand += need[level];
                }
                double fosterInHouse = InHouseFirstAllocator.allocate(need, places, placed);
                double fosterWeekly = 0;
                for (int level = 1; level <= 6; level++) {
                    double inHouse = 0;
                    double inHouseWeekly = 0;
                    for (int carer = level; carer <= 6; carer++) {
                        inHouse += placed[level][carer];
                        inHouseWeekly += placed[level][carer] * costs.inHouseFoster(carer);
                    }
                    double gap = need[level] - inHouse;
                    double externalWeekly = gap * costs.ifaWeeklyGbp();
                    fosterWeekly += inHouseWeekly + externalWeekly;
                    put(values, t, level, s, need[level], places[level], inHouse, gap, gap,
                            inHouseWeekly + externalWeekly, externalWeekly);
                }
                double residential = 0;
                double supported = 0;
                for (int level = 1; level <= 6; level++) {
                    residential += demand.count(s, t, PlacementKind.RESIDENTIAL, level);
                    supported += demand.count(s, t, PlacementKind.SUPPORTED, level);
                }
                double residentialIn = Math.min(residential, settings.residentialInHousePlaces());
                double supportedIn = Math.min(supported, settings.supportedInHousePlaces());
                double fosterGap = fosterDemand - fosterInHouse;
                double externalWeekly = fosterGap * costs.ifaWeeklyGbp()
                        + (residential - residentialIn) * costs.residentialExternalWeeklyGbp()
                        + (supported - supportedIn) * costs.supportedExternalWeeklyGbp();
                double weekly = fosterWeekly
                        + residentialIn * costs.residentialInHouseWeeklyGbp()
                        + (residential - residentialIn) * costs.residentialExternalWeeklyGbp()
                        + supportedIn * costs.supportedInHouseWeeklyGbp()
                        + (supported - supportedIn) * costs.supportedExternalWeeklyGbp();
                double total = fosterDemand + residential + supported;
                double inHouseAll = fosterInHouse + residentialIn + supportedIn;
                put(values, t, ALL, s, total,
                        fosterPlaces + settings.residentialInHousePlaces() + settings.supportedInHousePlaces(),
                        inHouseAll, fosterGap, total - inHouseAll, weekly, externalWeekly);
            }
        }
        return new Evaluation(supply, values, lastYear);
    }

    private static void put(double[][][][] values, int t, int level, int s, double demand, double places,
            double inHouse, double gap, double external, double weekly, double externalWeekly) {
        values[PlanMeasure.DEMAND.ordinal()][t][level][s] = demand;
        values[PlanMeasure.USABLE_PLACES.ordinal()][t][level][s] = places;
        values[PlanMeasure.PLACED_IN_HOUSE.ordinal()][t][level][s] = inHouse;
        values[PlanMeasure.GAP.ordinal()][t][level][s] = gap;
        values[PlanMeasure.EXTERNAL.ordinal()][t][level][s] = external;
        // no children of a need: nothing to place, so none placed externally (share 1)
        values[PlanMeasure.IN_HOUSE_SHARE.ordinal()][t][level][s] = demand == 0 ? 1.0 : inHouse / demand;
        values[PlanMeasure.WEEKLY_COST.ordinal()][t][level][s] = weekly;
        values[PlanMeasure.EXTERNAL_WEEKLY_COST.ordinal()][t][level][s] = externalWeekly;
        values[PlanMeasure.ANNUAL_COST.ordinal()][t][level][s] = WeeklyCost.annualGbp(weekly);
        values[PlanMeasure.EXTERNAL_ANNUAL_COST.ordinal()][t][level][s] = WeeklyCost.annualGbp(externalWeekly);
    }

    /**
     * One plan's results: {@code values[measure][year][level][simulation]}, level 0 = all.
     */
    public record Evaluation(SupplyPath supply, double[][][][] values, int lastYear) {

        public double[] samples(PlanMeasure measure, int year, int level) {
            return values[measure.ordinal()][year][level];
        }

        public double mean(PlanMeasure measure, int year, int level) {
            double[] x = samples(measure, year, level);
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            return sum / x.length;
        }
    }
}
