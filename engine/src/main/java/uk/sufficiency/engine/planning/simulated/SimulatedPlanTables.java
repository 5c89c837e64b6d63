package uk.sufficiency.engine.planning.simulated;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * The tables of a plan evaluated by the market simulation (docs/methods/planning.md s8): its measures
 * per scenario and year, the plan's effect (baseline less plan, per simulation), and the greedy rule's
 * figures beside the simulation's.
 */
public final class SimulatedPlanTables {

    public static final String MEASURES = "plan-simulated";
    public static final String EFFECT = "plan-simulated-effect";
    public static final String AGREEMENT = "plan-greedy-vs-simulation";

    /** The measures the greedy rule also gives, compared in {@link #AGREEMENT}; the rest it does not model. */
    static final List<SimulatedMeasure> COMPARED = List.of(SimulatedMeasure.CHILDREN, SimulatedMeasure.USABLE_PLACES,
            SimulatedMeasure.PLACED_IN_HOUSE_FOSTER, SimulatedMeasure.PLACED_IFA, SimulatedMeasure.EXTERNAL,
            SimulatedMeasure.IN_HOUSE_SHARE, SimulatedMeasure.GAP, SimulatedMeasure.WAITING,
            SimulatedMeasure.ANNUAL_COST);

    private SimulatedPlanTables() {
    }

    public static List<Table> of(PlanResult result) {
        if (result.simulated() == null) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>(List.of(measures(result)));
        if (result.recruits()) {
            tables.add(effect(result));
        }
        tables.add(agreement(result));
        return tables;
    }

    static Table measures(PlanResult result) {
        PlanSettings s = result.settings();
        SimulatedPlan sim = result.simulated();
        List<String> columns = new ArrayList<>(List.of("scenario", "year", "year_ending", "measure", "unit"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder(MEASURES, "The plan evaluated by the market simulation: children placed,"
                + " waiting and out of county at each plan year's end, cost of the year (" + sim.simulations()
                + " simulations)", columns.toArray(String[]::new)).keys(4);
        for (String scenario : List.of("baseline", "plan")) {
            for (int t = 1; t <= s.years(); t++) {
                for (SimulatedMeasure measure : SimulatedMeasure.values()) {
                    double[] draws = scenario.equals("plan") ? sim.plan(measure, t) : sim.baseline(measure, t);
                    List<Object> cells = new ArrayList<>(List.of(scenario, s.yearLabel(t), s.yearEnd(t),
                            measure.column(), measure.unit()));
                    cells.addAll(rounded(Interval.of(draws), measure.unit()));
                    table.row(cells.toArray());
                }
            }
        }
        return table.build();
    }

    /** Baseline less plan per simulation, then summarised; the net is cost avoided less recruitment spend. */
    static Table effect(PlanResult result) {
        PlanSettings s = result.settings();
        SimulatedPlan sim = result.simulated();
        List<String> columns = new ArrayList<>(List.of("year", "year_ending", "measure", "unit"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder(EFFECT, "What the plan's recruitment changes in the market simulation"
                + " (baseline less plan, simulation by simulation)", columns.toArray(String[]::new)).keys(3);
        double[] net = new double[sim.simulations()];
        List<PlanResult.YearComparison> greedy = result.comparison();
        for (int t = 1; t <= s.years(); t++) {
            List<Object> year = List.of(s.yearLabel(t), s.yearEnd(t));
            row(table, year, "gap_closed_children", "children", sim.reduction(SimulatedMeasure.GAP, t));
            row(table, year, "waiting_avoided_children", "children", sim.reduction(SimulatedMeasure.WAITING, t));
            row(table, year, "external_placements_avoided_children", "children",
                    sim.reduction(SimulatedMeasure.EXTERNAL, t));
            row(table, year, "out_of_county_avoided_children", "children",
                    sim.reduction(SimulatedMeasure.OUT_OF_COUNTY, t));
            row(table, year, "annual_cost_avoided_gbp", "GBP per year", sim.reduction(SimulatedMeasure.ANNUAL_COST, t));
            double[] base = sim.baseline(SimulatedMeasure.ANNUAL_COST, t);
            double[] plan = sim.plan(SimulatedMeasure.ANNUAL_COST, t);
            double spent = greedy.get(t - 1).cumulativeRecruitmentSpendGbp();
            double[] cumulative = new double[net.length];
            for (int i = 0; i < net.length; i++) {
                net[i] += base[i] - plan[i];
                cumulative[i] = net[i] - spent;
            }
            row(table, year, "cumulative_net_gbp", "GBP", Interval.of(cumulative));
        }
        return table.build();
    }

    /** The greedy rule's figures and the simulation's, side by side, for both scenarios and every year. */
    static Table agreement(PlanResult result) {
        PlanSettings s = result.settings();
        SimulatedPlan sim = result.simulated();
        Table.Builder table = Table.builder(AGREEMENT, "The plan by the greedy rule and by the market simulation: mean"
                + " and 80% interval of each (docs/methods/planning.md s8)", "scenario", "year", "year_ending",
                "measure", "unit", "greedy_mean", "greedy_lower_80", "greedy_upper_80", "simulation_mean",
                "simulation_lower_80", "simulation_upper_80", "difference_mean").keys(4);
        for (String scenario : List.of("baseline", "plan")) {
            PlanEvaluator.Evaluation greedy = scenario.equals("plan") ? result.plan() : result.baseline();
            for (int t = 1; t <= s.years(); t++) {
                for (SimulatedMeasure measure : COMPARED) {
                    Interval g = Interval.of(greedy(greedy, measure, t));
                    Interval m = Interval.of(scenario.equals("plan") ? sim.plan(measure, t) : sim.baseline(measure, t));
                    double scale = scale(measure.unit());
                    table.row(scenario, s.yearLabel(t), s.yearEnd(t), measure.column(), measure.unit(),
                            round(g.mean(), scale), round(g.lower80(), scale), round(g.upper80(), scale),
                            round(m.mean(), scale), round(m.lower80(), scale), round(m.upper80(), scale),
                            round(m.mean() - g.mean(), scale));
                }
            }
        }
        return table.build();
    }

    /** The greedy rule's draws of a measure the simulation also gives; foster figures sum the levels. */
    static double[] greedy(PlanEvaluator.Evaluation greedy, SimulatedMeasure measure, int t) {
        return switch (measure) {
            case CHILDREN -> greedy.samples(PlanMeasure.DEMAND, t, PlanEvaluator.ALL);
            case USABLE_PLACES -> levels(greedy, PlanMeasure.USABLE_PLACES, t);
            case PLACED_IN_HOUSE_FOSTER -> levels(greedy, PlanMeasure.PLACED_IN_HOUSE, t);
            case PLACED_IFA, GAP -> greedy.samples(PlanMeasure.GAP, t, PlanEvaluator.ALL);
            case EXTERNAL -> greedy.samples(PlanMeasure.EXTERNAL, t, PlanEvaluator.ALL);
            case IN_HOUSE_SHARE -> greedy.samples(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL);
            case ANNUAL_COST -> greedy.samples(PlanMeasure.ANNUAL_COST, t, PlanEvaluator.ALL);
            // the greedy rule places every child at once and has no distances or moves
            case WAITING -> new double[greedy.samples(PlanMeasure.DEMAND, t, PlanEvaluator.ALL).length];
            default -> throw new IllegalArgumentException(measure + " is not a greedy plan measure");
        };
    }

    private static double[] levels(PlanEvaluator.Evaluation greedy, PlanMeasure measure, int t) {
        double[] sum = new double[greedy.samples(measure, t, PlanEvaluator.ALL).length];
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            double[] x = greedy.samples(measure, t, level);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += x[i];
            }
        }
        return sum;
    }

    private static void row(Table.Builder table, List<Object> year, String measure, String unit, Interval interval) {
        List<Object> cells = new ArrayList<>(year);
        cells.add(measure);
        cells.add(unit);
        cells.addAll(rounded(interval, unit));
        table.row(cells.toArray());
    }

    private static List<Object> rounded(Interval interval, String unit) {
        double scale = scale(unit);
        List<Object> cells = new ArrayList<>();
        for (Object cell : interval.cells()) {
            cells.add(round((Double) cell, scale));
        }
        return cells;
    }

    /** Shares to 0.001, GBP to 1, counts and months to 0.1. */
    private static double scale(String unit) {
        return unit.equals("share") ? 1000 : unit.startsWith("GBP") ? 1 : 10;
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
