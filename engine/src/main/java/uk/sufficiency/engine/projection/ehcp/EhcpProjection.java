package uk.sufficiency.engine.projection.ehcp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.projection.ehcp.backtest.BacktestRow;
import uk.sufficiency.engine.projection.ehcp.backtest.Backtester;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetProjection;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.budget.SpendCalculator;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.config.GoalSeekSpec;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier;
import uk.sufficiency.engine.projection.ehcp.fit.EhcpFitting;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeekResult;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeeker;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator;
import uk.sufficiency.engine.projection.ehcp.simulate.Scenario;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.engine.projection.ehcp.summary.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The EHCP projection end to end: fit rates on the census years up to the origin, simulate the
 * scenario (and, when it has levers, the baseline with the same seeds), cost it against the
 * high-needs block, backtest, and goal-seek when asked.
 */
public final class EhcpProjection {

    private static final Logger LOG = LoggerFactory.getLogger(EhcpProjection.class);

    private EhcpProjection() {
    }

    /** @param configFile named in problems with the configuration; may be null */
    public static EhcpProjectionResult run(EhcpInputs inputs, ProjectionOptions options, Path configFile) {
        long started = System.nanoTime();
        EhcpProjectionConfig config = inputs.config();
        int origin = config.baseYear() != null ? config.baseYear() : inputs.lastCensusYear();
        int fitFrom = config.fitFromYear() != null ? config.fitFromYear() : inputs.firstCensusYear();
        checkGoalSeek(config.goalSeek(), origin, options.years(), configFile);

        if (inputs.population().lastYear() < origin + options.years()) {
            LOG.warn("Population ends in {}; later years reuse it (joiners there assume no population change)",
                    inputs.population().lastYear());
        }
        RateModel model = EhcpFitting.fit(inputs, fitFrom, origin);
        int[] start = CohortSimulator.toWholePlans(inputs.census().get(origin));
        CohortSimulator simulator = new CohortSimulator(model, inputs.population());
        Scenario scenario = Scenario.compile(model, config.multipliers(), config.capacityCaps(), origin,
                options.years());
        SimulationResult result = simulator.run(start, origin, options.years(), scenario, options.simulations(),
                options.seed());
        SimulationResult baseline = null;
        if (!config.multipliers().isEmpty() || !config.capacityCaps().isEmpty()) {
            baseline = simulator.run(start, origin, options.years(), Scenario.baseline(model, origin, options.years()),
                    options.simulations(), options.seed());
        }
        LOG.info("Simulated {} x {} years from the January {} census ({} plans)", options.simulations(),
                options.years(), origin, total(start));

        SpendCalculator spend = new SpendCalculator(inputs, origin);
        SortedMap<Integer, int[]> observedCubes = new TreeMap<>();
        inputs.census().forEach((year, counts) -> {
            if (year <= origin) {
                observedCubes.put(year, spend.cube(counts));
            }
        });
        List<BudgetRow> budget = BudgetProjection.compute(config, spend, observedCubes, result, baseline);

        List<BacktestRow> backtest = config.backtestSimulations() > 0
                ? Backtester.run(inputs, fitFrom, config.backtestSimulations(), options.seed())
                : List.of();

        GoalSeekResult goalSeek = null;
        if (config.goalSeek() != null) {
            goalSeek = goalSeek(config, config.goalSeek(), model, simulator, start, origin, options, spend);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new EhcpProjectionResult(inputs, options, fitFrom, origin, model, observedCubes, result, baseline,
                spend, budget, backtest, goalSeek, elapsed);
    }

    private static GoalSeekResult goalSeek(EhcpProjectionConfig config, GoalSeekSpec spec, RateModel model,
            CohortSimulator simulator, int[] start, int origin, ProjectionOptions options, SpendCalculator spend) {
        int step = spec.targetYear() - origin;
        int setting = spec.targetSetting() == null ? -1 : model.space().settingIndex(spec.targetSetting());
        return GoalSeeker.seek(spec, factor -> {
            List<RateMultiplier> levers = new ArrayList<>(config.multipliers());
            levers.add(spec.lever().withFactor(factor));
            Scenario scenario = Scenario.compile(model, levers, config.capacityCaps(), origin, options.years());
            SimulationResult trial = simulator.run(start, origin, options.years(), scenario, spec.simulations(),
                    options.seed());
            double[] values = new double[trial.simulations()];
            for (int k = 0; k < values.length; k++) {
                values[k] = switch (spec.measure()) {
                    case TOTAL_COUNT -> sum(trial.counts()[k][step]);
                    case SETTING_COUNT -> CountSummaries.setting(trial, step, setting)[k];
                    case SPEND_GBP -> spend.financialYearSpendGbp(spec.targetYear(), trial.counts()[k][step],
                            trial.counts()[k][step + 1], -1);
                };
            }
            Interval interval = Interval.of(values);
            return spec.statistic() == GoalSeekSpec.Statistic.MEAN ? interval.mean() : interval.median();
        });
    }

    private static void checkGoalSeek(GoalSeekSpec spec, int origin, int years, Path configFile) {
        if (spec == null) {
            return;
        }
        int last = spec.measure() == GoalSeekSpec.Measure.SPEND_GBP ? origin + years - 1 : origin + years;
        if (spec.targetYear() <= origin || spec.targetYear() > last) {
            ProblemCollector problems = new ProblemCollector();
            problems.error(configFile, 0, "goal_seek.target_year", String.valueOf(spec.targetYear()),
                    "target_year must be within the projection, " + (origin + 1) + " to " + last);
            problems.throwIfErrors();
        }
    }

    private static long total(int[] counts) {
        long sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    private static double sum(int[] row) {
        long total = 0;
        for (int c : row) {
            total += c;
        }
        return total;
    }
}
