package uk.sufficiency.engine.projection.ehcp;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.engine.projection.ehcp.backtest.EhcpHindcast;
import uk.sufficiency.engine.projection.ehcp.backtest.HindcastRow;
import uk.sufficiency.engine.projection.ehcp.backtest.TrackRecord;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetProjection;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.budget.SpendCalculator;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.GoalSeekSpec;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier;
import uk.sufficiency.engine.projection.ehcp.fit.EhcpFitting;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeekResult;
import uk.sufficiency.engine.projection.ehcp.goalseek.LeverFactorSearch;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator;
import uk.sufficiency.engine.projection.ehcp.simulate.LeverSchedule;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * The EHCP projection end to end: fit rates on the census years up to the origin, simulate the
 * scenario (and, when it has levers, the baseline with the same seeds), cost it against the
 * high-needs block, hindcast from every earlier origin for the track record, and goal-seek when asked.
 */
public final class EhcpProjection {

    private static final Logger LOG = LoggerFactory.getLogger(EhcpProjection.class);

    private EhcpProjection() {
    }

    public static EhcpProjectionResult run(EhcpRequest request, long seed, ProgressListener progress) {
        long started = System.nanoTime();
        EhcpInputs inputs = request.inputs();
        EhcpSettings config = request.settings();
        int origin = request.originYear();
        int years = request.years();
        RateModel model = EhcpFitting.fit(inputs, request.fitFromYear(), origin);
        int[] start = CohortSimulator.toWholePlans(inputs.census().get(origin));
        CohortSimulator simulator = new CohortSimulator(model, inputs.population());
        progress.note(request.simulations() + " simulations over " + years + " years from the January " + origin
                + " census");
        LeverSchedule levers = LeverSchedule.compile(model, config.multipliers(), config.capacityCaps(), origin, years);
        SimulationResult result = simulator.run(start, origin, years, levers, request.simulations(), seed);
        SimulationResult baseline = null;
        if (!config.multipliers().isEmpty() || !config.capacityCaps().isEmpty()) {
            baseline = simulator.run(start, origin, years, LeverSchedule.baseline(model, origin, years),
                    request.simulations(), seed);
        }
        LOG.info("Simulated {} x {} years from the January {} census ({} plans)", request.simulations(), years, origin,
                (long) EhcpInputs.total(inputs.census().get(origin)));

        SpendCalculator spend = new SpendCalculator(inputs, origin);
        SortedMap<Integer, int[]> observedCubes = new TreeMap<>();
        inputs.census().forEach((year, counts) -> {
            if (year <= origin) {
                observedCubes.put(year, spend.cube(counts));
            }
        });
        List<BudgetRow> budget = BudgetProjection.compute(config, spend, observedCubes, result, baseline);

        List<HindcastRow> hindcast = List.of();
        if (config.backtestSimulations() > 0) {
            progress.note("hindcasts from every earlier census, " + config.backtestSimulations() + " simulations each");
            hindcast = EhcpHindcast.run(inputs, request.fitFromYear(), origin, config.backtestSimulations(), seed);
        }
        GoalSeekResult goalSeek = null;
        if (config.goalSeek() != null) {
            progress.note("goal-seek on " + config.goalSeek().lever().lever().name().toLowerCase(java.util.Locale.ROOT));
            goalSeek = goalSeek(request, config.goalSeek(), model, simulator, start, spend, seed);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new EhcpProjectionResult(request, seed, model, observedCubes, result, baseline, spend, budget,
                hindcast, TrackRecord.of(hindcast, 0), goalSeek, elapsed);
    }

    private static GoalSeekResult goalSeek(EhcpRequest request, GoalSeekSpec spec, RateModel model,
            CohortSimulator simulator, int[] start, SpendCalculator spend, long seed) {
        int origin = request.originYear();
        int years = request.years();
        int step = spec.targetYear() - origin;
        int setting = spec.targetSetting() == null ? -1 : model.space().settingIndex(spec.targetSetting());
        return LeverFactorSearch.seek(spec, factor -> {
            List<RateMultiplier> levers = new ArrayList<>(request.settings().multipliers());
            levers.add(spec.lever().withFactor(factor));
            LeverSchedule schedule = LeverSchedule.compile(model, levers, request.settings().capacityCaps(), origin, years);
            SimulationResult trial = simulator.run(start, origin, years, schedule, spec.simulations(), seed);
            double[] values = switch (spec.measure()) {
                case TOTAL_COUNT -> CountSummaries.total(trial, step);
                case SETTING_COUNT -> CountSummaries.setting(trial, step, setting);
                case SPEND_GBP -> spendByYear(trial, spend, spec.targetYear(), step);
            };
            Interval interval = Interval.of(values);
            return spec.statistic() == GoalSeekSpec.Statistic.MEAN ? interval.mean() : interval.median();
        });
    }

    private static double[] spendByYear(SimulationResult trial, SpendCalculator spend, int year, int step) {
        double[] values = new double[trial.simulations()];
        for (int k = 0; k < values.length; k++) {
            values[k] = spend.financialYearSpendGbp(year, trial.counts()[k][step], trial.counts()[k][step + 1], -1);
        }
        return values;
    }
}
