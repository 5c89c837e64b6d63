package uk.sufficiency.engine.projection.ehcp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.backtest.HindcastRow;
import uk.sufficiency.engine.projection.ehcp.backtest.TrackRecord;
import uk.sufficiency.engine.projection.ehcp.fit.JoinerTrendPosterior;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeekResult;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Every table of an EHCP projection, through the shared table model: the cli writes them (CSV,
 * workbook, report) with the shared writers. Counts are plans at the January census; money is GBP.
 */
public final class EhcpTables {

    private EhcpTables() {
    }

    public static List<Table> all(EhcpProjectionResult result) {
        List<Table> tables = new ArrayList<>(CountTables.all(result));
        tables.add(MoneyTables.costsBySetting(result));
        tables.add(MoneyTables.budget(result));
        tables.add(trackRecord(result));
        tables.add(hindcast(result));
        tables.add(rates(result));
        tables.add(joinerTrend(result));
        if (result.goalSeek() != null) {
            tables.add(goalSeek(result.goalSeek()));
        }
        if (!result.request().settings().capacityCaps().isEmpty()) {
            tables.add(capacity(result));
        }
        tables.add(assumptions(result));
        return tables;
    }

    /** Per horizon and over all, how projections made from earlier censuses did in total plans. */
    public static Table trackRecord(EhcpProjectionResult result) {
        Table.Builder table = Table.builder("ehcp-track-record",
                "Track record: projections made from earlier censuses against what was counted",
                "years_ahead", "projections", "mean_absolute_percent_error", "within_80", "within_95").keys(1);
        int maxHorizon = result.hindcast().stream().mapToInt(HindcastRow::horizon).max().orElse(0);
        for (int h = 1; h <= maxHorizon; h++) {
            TrackRecord record = TrackRecord.of(result.hindcast(), h);
            if (record.projections() > 0) {
                table.row(String.valueOf(h), record.projections(), Cells.round(record.meanAbsolutePercentError(), 1),
                        record.within80(), record.within95());
            }
        }
        TrackRecord all = result.trackRecord();
        table.row("all", all.projections(), Cells.round(all.meanAbsolutePercentError(), 1), all.within80(),
                all.within95());
        return table.build();
    }

    private static Table hindcast(EhcpProjectionResult result) {
        List<String> columns = new ArrayList<>(List.of("fitted_to_year", "target_year", "setting", "actual"));
        columns.addAll(Interval.columns("projected", ""));
        columns.addAll(List.of("error_plans", "error_percent", "within_80", "within_95"));
        List<List<Object>> rows = new ArrayList<>();
        for (HindcastRow row : result.hindcast()) {
            List<Object> cells = new ArrayList<>(List.of(row.originYear(), row.targetYear(), row.setting(),
                    Cells.round(row.actual(), 1)));
            cells.addAll(Cells.plans(row.projected()));
            cells.add(Cells.round(row.errorPlans(), 1));
            cells.add(Cells.round(row.errorPercent(), 1));
            cells.add(String.valueOf(row.projected().within80(row.actual())));
            cells.add(String.valueOf(row.projected().within95(row.actual())));
            rows.add(cells);
        }
        return new Table("ehcp-hindcast", "Projections from each earlier census (fitted on censuses up to it) "
                + "against the counts", columns, rows, 3);
    }

    private static Table rates(EhcpProjectionResult result) {
        RateModel model = result.model();
        PlanStateSpace space = model.space();
        double[] start = result.inputs().census().get(result.originYear());
        Table.Builder table = Table.builder("ehcp-fitted-rates", "Fitted yearly rates by national curriculum year",
                "academic_year", "joiners_per_10000_population", "leave_probability", "move_probability").keys(1);
        for (int ay = space.minAcademicYear(); ay <= space.maxAcademicYear(); ay++) {
            double weight = 0;
            double leave = 0;
            double move = 0;
            for (int i : space.validAt(ay)) {
                double w = start[i] + 1e-9;
                weight += w;
                leave += w * model.meanLeaveProbability(i);
                move += w * (1 - model.meanLeaveProbability(i)) * model.meanMoveProbability(i);
            }
            table.row(String.valueOf(ay), Cells.round(10000 * model.meanJoinerRate(ay), 2),
                    weight > 0 ? Cells.round(leave / weight, 4) : null, weight > 0 ? Cells.round(move / weight, 4) : null);
        }
        return table.build();
    }

    /** The all-ages joiner rate: observed by arrival year, then the trend's point path. */
    private static Table joinerTrend(EhcpProjectionResult result) {
        JoinerTrendPosterior trend = result.model().trend();
        Table.Builder table = Table.builder("ehcp-joiner-trend",
                "New plans per 10,000 population (all ages): fitted years and the trend's central path ("
                        + trend.form().name().toLowerCase(Locale.ROOT) + ")",
                "census_year", "basis", "joiners_per_10000_population").keys(2);
        for (int i = 0; i < trend.years().length; i++) {
            double value = trend.logScale() ? Math.exp(trend.values()[i]) : trend.values()[i];
            table.row((int) trend.years()[i], "fitted", Cells.round(10000 * value, 2));
        }
        if (trend.years().length > 0) {
            int horizon = result.originYear() + result.request().years() - trend.lastYear();
            double[] path = trend.pointPath(horizon);
            for (int h = 1; h <= horizon; h++) {
                table.row(trend.lastYear() + h, "trend", Cells.round(10000 * path[h] * trend.pooledRate(), 2));
            }
        }
        return table.build();
    }

    private static Table goalSeek(GoalSeekResult goal) {
        Table.Builder table = Table.builder("ehcp-goal-seek", "Goal-seek: every factor tried and the result",
                "trial", "factor", "measure", "target_year", "statistic", "value", "target_value").keys(1);
        String measure = goal.spec().measure().name().toLowerCase(Locale.ROOT);
        String statistic = goal.spec().statistic().name().toLowerCase(Locale.ROOT);
        for (GoalSeekResult.Trial trial : goal.trials()) {
            table.row(String.valueOf(trial.iteration()), Cells.round(trial.factor(), 4), measure, goal.spec().targetYear(),
                    statistic, Cells.round(trial.value(), 1), goal.spec().targetValue());
        }
        table.row("result", goal.factor() == null ? null : Cells.round(goal.factor(), 4), measure,
                goal.spec().targetYear(), statistic, Cells.round(goal.achieved(), 1), goal.spec().targetValue());
        return table.build();
    }

    private static Table capacity(EhcpProjectionResult result) {
        SimulationResult sim = result.scenario();
        List<String> columns = new ArrayList<>(List.of("census_year"));
        columns.addAll(Interval.columns("overflowed", ""));
        columns.addAll(Interval.columns("over_capacity", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 1; t <= sim.horizon(); t++) {
            double[] overflowed = new double[sim.simulations()];
            double[] over = new double[sim.simulations()];
            for (int k = 0; k < overflowed.length; k++) {
                overflowed[k] = sim.overflowed()[k][t];
                over[k] = sim.overCapacity()[k][t];
            }
            List<Object> row = new ArrayList<>(List.of(sim.censusYear(t)));
            row.addAll(Cells.plans(Interval.of(overflowed)));
            row.addAll(Cells.plans(Interval.of(over)));
            rows.add(row);
        }
        return new Table("ehcp-capacity", "Plans sent on by capacity caps, and left over capacity", columns, rows, 1);
    }

    private static Table assumptions(EhcpProjectionResult result) {
        Table.Builder table = Assumption.table("ehcp-assumptions", "Every setting the projection used, with its source",
                result.request().assumptions());
        table.row("ehcp_projection.seed", String.valueOf(result.seed()), "seed", result.request().seed() != null
                ? "scenario.yaml" : "--seed or the default");
        // each setting's unit cost drives the spend like any setting does (the run's tornado swings each 10%)
        String costs = result.request().settings().costsFile();
        for (var setting : result.request().settings().settings()) {
            double price = result.inputs().costs().settingPriceGbp(setting.code());
            if (!Double.isNaN(price)) {
                table.row("unit cost: " + setting.name() + " (" + setting.code() + ")", price == Math.rint(price)
                        ? Long.toString((long) price) : Double.toString(price),
                        "GBP per place a year", costs == null ? "costs" : "costs_file "
                                + java.nio.file.Path.of(costs).getFileName());
            }
        }
        return table.build();
    }

    /** A plain paragraph: time frame, method, and the track record. */
    public static String summary(EhcpProjectionResult result) {
        var request = result.request();
        JoinerTrendPosterior trend = result.model().trend();
        StringBuilder text = new StringBuilder();
        String frame = request.timeFrameNote();
        if (!frame.isEmpty()) {
            text.append(frame).append(' ');
        }
        text.append(String.format(Locale.ROOT, "Plans at each January census, fitted on censuses %d to %d and projected "
                + "by %d simulations over %d years. New plans follow a %s trend in the joiner rate per head, its growth "
                + "bounded at %.0f%% a year; each simulation draws the trend and every rate from their estimated "
                + "uncertainty, so the 80%% and 95%% bands hold both chance and what the data leave unknown. ",
                request.fitFromYear(), request.originYear(), request.simulations(), request.years(),
                trend.form().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                100 * request.settings().maxJoinerGrowthPerYear()));
        text.append(result.trackRecord().sentence());
        return text.toString();
    }
}
