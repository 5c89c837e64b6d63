package uk.sufficiency.engine.planning;

import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.engine.planning.allocation.InHouseFirstAllocator;
import uk.sufficiency.engine.planning.allocation.PlacementCosts;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.engine.planning.supply.SupplyPath;
import uk.sufficiency.engine.planning.supply.SupplyProjection;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.PlacementKind;

/**
 * Evaluates a recruitment plan against every demand simulation: projects supply, places each
 * simulated year's demand in-house first and the rest externally, and prices it. The same demand
 * simulations and recruitment yields serve every plan evaluated (common random numbers), so
 * differences between plans are differences in the recruitment planned only.
 *
 * <p>Supply in simulation s is the projection without recruitment plus {@code yield_s} times what
 * recruitment adds to it (the projection is linear in recruits), so a simulation where recruitment
 * falls short of target has fewer new places in every year, for the baseline and the plan alike.
 */
public final class PlanEvaluator {

    /** Index of the "all" row in the level dimension (levels are 1-6). */
    public static final int ALL = 0;

    private final PlanSettings settings;
    private final DemandSimulations demand;
    private final RecruitmentYield yield;
    private final SupplyProjection projection;
    private final SupplyPath withoutRecruitment;

    public PlanEvaluator(PlanSettings settings, DemandSimulations demand, RecruitmentYield yield) {
        if (demand.years() < settings.years()) {
            throw new IllegalArgumentException("demand covers " + demand.years() + " years, plan needs " + settings.years());
        }
        if (yield.simulations() != demand.simulations()) {
            throw new IllegalArgumentException("one recruitment yield per demand simulation is needed");
        }
        this.settings = settings;
        this.demand = demand;
        this.yield = yield;
        this.projection = new SupplyProjection(settings.supply());
        this.withoutRecruitment = projection.project(settings.households(), new double[settings.years() + 1][SkillLevel.SLOTS]);
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
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
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
        double[][][][] values = new double[PlanMeasure.values().length][settings.years() + 1][SkillLevel.SLOTS][demand.simulations()];
        YearPlacer placer = new YearPlacer(values);
        for (int t = firstYear; t <= lastYear; t++) {
            for (int s = 0; s < demand.simulations(); s++) {
                placer.place(t, s, places(supply, t, s));
            }
        }
        return new Evaluation(supply, values, lastYear);
    }

    /** Usable in-house places by level in year t of simulation s, with that simulation's recruitment yield. */
    private double[] places(SupplyPath supply, int t, int s) {
        double y = yield.factor(s);
        double[] none = withoutRecruitment.usablePlaces()[t];
        double[] planned = supply.usablePlaces()[t];
        double[] places = new double[SkillLevel.SLOTS];
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            places[level] = none[level] + y * (planned[level] - none[level]);
        }
        return places;
    }

    /** Places one simulated year's demand and records every measure. */
    private final class YearPlacer {
        private final double[][][][] values;
        private final double[] need = new double[SkillLevel.SLOTS];
        private final double[][] placed = new double[SkillLevel.SLOTS][SkillLevel.SLOTS];

        YearPlacer(double[][][][] values) {
            this.values = values;
        }

        void place(int t, int s, double[] places) {
            PlacementCosts costs = settings.costs();
            double index = costs.index(t);
            double fosterDemand = 0;
            double fosterPlaces = 0;
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                need[level] = demand.count(s, t, PlacementKind.FOSTER, level);
                fosterDemand += need[level];
                fosterPlaces += places[level];
            }
            double fosterInHouse = InHouseFirstAllocator.allocate(need, places, placed);
            double fosterWeekly = 0;
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                double inHouse = 0;
                double inHouseWeekly = 0;
                for (int carer = level; carer <= SkillLevel.MAX; carer++) {
                    inHouse += placed[level][carer];
                    inHouseWeekly += placed[level][carer] * costs.inHouseFoster(carer) * index;
                }
                double gap = need[level] - inHouse;
                double externalWeekly = gap * costs.ifaWeeklyGbp() * index;
                fosterWeekly += inHouseWeekly + externalWeekly;
                put(t, level, s, new Row(need[level], places[level], inHouse, gap, gap,
                        inHouseWeekly + externalWeekly, externalWeekly));
            }
            double residential = 0;
            double supported = 0;
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                residential += demand.count(s, t, PlacementKind.RESIDENTIAL, level);
                supported += demand.count(s, t, PlacementKind.SUPPORTED, level);
            }
            double residentialIn = Math.min(residential, settings.stock().residentialInHousePlaces());
            double supportedIn = Math.min(supported, settings.stock().supportedInHousePlaces());
            double fosterGap = fosterDemand - fosterInHouse;
            double othersExternalWeekly = index * ((residential - residentialIn) * costs.residentialExternalWeeklyGbp()
                    + (supported - supportedIn) * costs.supportedExternalWeeklyGbp());
            double othersInHouseWeekly = index * (residentialIn * costs.residentialInHouseWeeklyGbp()
                    + supportedIn * costs.supportedInHouseWeeklyGbp());
            double externalWeekly = index * fosterGap * costs.ifaWeeklyGbp() + othersExternalWeekly;
            double weekly = fosterWeekly + othersExternalWeekly + othersInHouseWeekly;
            double total = fosterDemand + residential + supported;
            double inHouseAll = fosterInHouse + residentialIn + supportedIn;
            put(t, ALL, s, new Row(total, fosterPlaces + settings.stock().residentialInHousePlaces()
                    + settings.stock().supportedInHousePlaces(), inHouseAll, fosterGap, total - inHouseAll,
                    weekly, externalWeekly));
            // the in-house share is of foster placements only: residential and supported places are another market
            values[PlanMeasure.IN_HOUSE_SHARE.ordinal()][t][ALL][s] = fosterDemand == 0 ? 1.0 : fosterInHouse / fosterDemand;
        }

        private void put(int t, int level, int s, Row row) {
            set(PlanMeasure.DEMAND, t, level, s, row.demand());
            set(PlanMeasure.USABLE_PLACES, t, level, s, row.places());
            set(PlanMeasure.PLACED_IN_HOUSE, t, level, s, row.inHouse());
            set(PlanMeasure.GAP, t, level, s, row.gap());
            set(PlanMeasure.EXTERNAL, t, level, s, row.external());
            // no children of a need: nothing to place, so none placed externally (share 1)
            set(PlanMeasure.IN_HOUSE_SHARE, t, level, s, row.demand() == 0 ? 1.0 : row.inHouse() / row.demand());
            set(PlanMeasure.WEEKLY_COST, t, level, s, row.weekly());
            set(PlanMeasure.EXTERNAL_WEEKLY_COST, t, level, s, row.externalWeekly());
            set(PlanMeasure.ANNUAL_COST, t, level, s, WeeklyCost.annualGbp(row.weekly()));
            set(PlanMeasure.EXTERNAL_ANNUAL_COST, t, level, s, WeeklyCost.annualGbp(row.externalWeekly()));
        }

        private void set(PlanMeasure measure, int t, int level, int s, double value) {
            values[measure.ordinal()][t][level][s] = value;
        }
    }

    /** One year's figures for one level (or all) in one simulation. */
    private record Row(double demand, double places, double inHouse, double gap, double external, double weekly,
            double externalWeekly) {
    }

    /**
     * One plan's results: {@code values[measure][year][level][simulation]}, level 0 = all.
     *
     * @param supply the expected supply path (every recruit achieved)
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
