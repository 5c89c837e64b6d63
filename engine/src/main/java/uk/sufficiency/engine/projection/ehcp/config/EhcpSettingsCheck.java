package uk.sufficiency.engine.projection.ehcp.config;

import uk.sufficiency.engine.pipeline.PipelineContext;
import java.util.List;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Range and cross-key rules of the {@code ehcp_projection} section, each problem at the file and
 * line that set the key; and the defaults, each recorded as an assumption with its source, so that
 * the settings the projection runs with are complete.
 */
public final class EhcpSettingsCheck {

    /** The documented defaults (docs/methods/ehcp-projection.md). */
    static final String DEFAULT = "default (docs/methods/ehcp-projection.md)";

    private EhcpSettingsCheck() {
    }

    /** Checks the bound settings and returns them with every default filled in (null after errors). */
    public static EhcpSettings resolve(EhcpSettings s, ConfigSection section, ProblemCollector problems,
            List<Assumption> assumptions) {
        boolean errorsBefore = problems.hasErrors();
        checkRanges(s, section, problems);
        checkMoney(s, section, problems);
        checkLevers(s, section, problems);
        if (problems.hasErrors() && !errorsBefore) {
            return null;
        }
        return new EhcpSettings(s.transitionsFile(), s.populationFile(), s.populationArea(), s.costsFile(),
                s.validStatesFile(), s.countsFile(), s.totalsFile(), s.mixFile(), s.settings(), s.needs(),
                section.valueOrDefault(s.years(), "/years", 5, "years after the starting census", DEFAULT, assumptions),
                s.simulations(),
                s.seed(), s.baseYear(), s.fitFromYear(),
                section.valueOrDefault(s.joinerTrend(), "/joiner_trend", EhcpSettings.JoinerTrend.AUTO, "trend form",
                        DEFAULT + ": the form chosen by the pooled panel backtest (decision 0045)", assumptions),
                section.valueOrDefault(s.maxJoinerGrowthPerYear(), "/max_joiner_growth_per_year", 0.15,
                        "largest yearly growth of the joiner rate", DEFAULT + ": the 148-authority panel (decision 0046)",
                        assumptions),
                section.valueOrDefault(s.priorStrength(), "/prior_strength", 2.0, "plans", DEFAULT, assumptions),
                s.assumedLeaverRates() != null ? s.assumedLeaverRates() : EhcpSettings.DEFAULT_LEAVER_RATES,
                section.valueOrDefault(s.assumedMoveRate(), "/assumed_move_rate", 0.03, "share of plans a year",
                        DEFAULT, assumptions),
                section.valueOrDefault(s.costUpliftPerYear(), "/cost_uplift_per_year", 0.0, "fraction a year", DEFAULT,
                        assumptions),
                s.blockAllocationGbp(),
                section.valueOrDefault(s.openingBalanceGbp(), "/opening_balance_gbp", 0.0, "GBP", DEFAULT, assumptions),
                s.savingsTargetGbp(), s.multipliers(), s.capacityCaps(), s.goalSeek(),
                s.backtestSimulations());
    }

    /**
     * The simulation counts, which depend on whether the run is quick: the section's values, else
     * 1000 simulations and 200 per hindcast origin (200 and 50 when quick).
     */
    public static EhcpSettings withSimulations(EhcpSettings s, ConfigSection section, boolean quick,
            List<Assumption> assumptions) {
        String source = quick ? "default for --quick" : DEFAULT;
        return new EhcpSettings(s.transitionsFile(), s.populationFile(), s.populationArea(), s.costsFile(),
                s.validStatesFile(), s.countsFile(), s.totalsFile(), s.mixFile(), s.settings(), s.needs(), s.years(),
                section.valueOrDefault(s.simulations(), "/simulations", quick ? 200 : 1000, "simulations", source,
                        assumptions),
                s.seed(), s.baseYear(), s.fitFromYear(), s.joinerTrend(), s.maxJoinerGrowthPerYear(), s.priorStrength(),
                s.assumedLeaverRates(), s.assumedMoveRate(), s.costUpliftPerYear(), s.blockAllocationGbp(),
                s.openingBalanceGbp(), s.savingsTargetGbp(), s.multipliers(), s.capacityCaps(), s.goalSeek(),
                section.valueOrDefault(s.backtestSimulations(), "/backtest_simulations", quick ? 50 : 200,
                        "simulations per hindcast origin", source, assumptions));
    }

    private static void checkRanges(EhcpSettings s, ConfigSection section, ProblemCollector problems) {
        section.checkRange(problems, "/years", s.years(), 1, 30, "a number of years");
        section.checkRange(problems, "/simulations", s.simulations(), 1, PipelineContext.MAX_SIMULATIONS, "a number of simulations");
        section.checkRange(problems, "/seed", s.seed(), 0, (1L << 53) - 1, "a seed");
        section.checkRange(problems, "/prior_strength", s.priorStrength(), 1e-6, 1e6, "a prior strength in plans");
        section.checkRange(problems, "/assumed_move_rate", s.assumedMoveRate(), 0, 1, "a share of plans");
        section.checkRange(problems, "/cost_uplift_per_year", s.costUpliftPerYear(), -0.5, 1, "a yearly fraction");
        section.checkRange(problems, "/max_joiner_growth_per_year", s.maxJoinerGrowthPerYear(), 0, 1,
                "a yearly growth fraction");
        section.checkRange(problems, "/backtest_simulations", s.backtestSimulations(), 0, PipelineContext.MAX_SIMULATIONS,
                "a number of simulations (0: no backtest)");
        if (s.assumedLeaverRates() != null) {
            for (int i = 0; i < s.assumedLeaverRates().size(); i++) {
                section.checkRange(problems, "/assumed_leaver_rates/" + i + "/rate", s.assumedLeaverRates().get(i).rate(),
                        0, 1, "a leaver rate");
            }
        }
        if (s.baseYear() != null && s.fitFromYear() != null && s.fitFromYear() >= s.baseYear()) {
            section.error(problems, "/fit_from_year", s.fitFromYear().toString(),
                    "fit_from_year must be before base_year " + s.baseYear());
        }
    }

    private static void checkMoney(EhcpSettings s, ConfigSection section, ProblemCollector problems) {
        s.blockAllocationGbp().forEach((year, value) -> checkFinancialYear(section, problems, "/block_allocation_gbp/",
                year, value));
        s.savingsTargetGbp().forEach((year, value) -> checkFinancialYear(section, problems, "/savings_target_gbp/",
                year, value));
    }

    private static void checkFinancialYear(ConfigSection section, ProblemCollector problems, String key, String year,
            Double value) {
        if (FinancialYearLabel.startYear(year) == null) {
            section.error(problems, key + year, year, "financial years are written like 2020-21");
        }
        if (value == null || !Double.isFinite(value)) {
            section.error(problems, key + year, String.valueOf(value), "must be a number of pounds");
        }
    }

    private static void checkLevers(EhcpSettings s, ConfigSection section, ProblemCollector problems) {
        for (int i = 0; i < s.multipliers().size(); i++) {
            checkMultiplier(s.multipliers().get(i), "/multipliers/" + i, section, problems, true);
        }
        for (int i = 0; i < s.capacityCaps().size(); i++) {
            CapacityCap cap = s.capacityCaps().get(i);
            if (cap.setting() == null) {
                section.error(problems, "/capacity_caps/" + i, null, "setting is required");
            }
            if (cap.places() == null || cap.places() < 0) {
                section.error(problems, "/capacity_caps/" + i + "/places", String.valueOf(cap.places()),
                        "places is required, 0 or more");
            }
        }
        GoalSeekSpec goal = s.goalSeek();
        if (goal == null) {
            return;
        }
        if (goal.lever() == null) {
            section.error(problems, "/goal_seek", null, "goal_seek needs a lever (a multiplier without factor)");
        } else {
            checkMultiplier(goal.lever(), "/goal_seek/lever", section, problems, false);
        }
        if (goal.targetYear() == null) {
            section.error(problems, "/goal_seek", null, "goal_seek.target_year is required");
        }
        if (goal.targetValue() == null) {
            section.error(problems, "/goal_seek", null, "goal_seek.target_value is required");
        }
        if (goal.measure() == GoalSeekSpec.Measure.SETTING_COUNT && goal.targetSetting() == null) {
            section.error(problems, "/goal_seek/measure", "setting_count",
                    "goal_seek.target_setting is required when measure is setting_count");
        }
        if (!(goal.lower() >= 0 && goal.upper() > goal.lower())) {
            section.error(problems, "/goal_seek/upper", String.valueOf(goal.upper()), "need 0 <= lower < upper");
        }
        section.checkRange(problems, "/goal_seek/simulations", goal.simulations(), 1, PipelineContext.MAX_SIMULATIONS, "a number of simulations");
    }

    private static void checkMultiplier(RateMultiplier m, String key, ConfigSection section, ProblemCollector problems,
            boolean needsFactor) {
        if (m.lever() == null) {
            section.error(problems, key, null, "lever is required: joiners, leavers, movers or moves_into");
        }
        if (needsFactor && (m.factor() == null || !(m.factor() >= 0 && Double.isFinite(m.factor())))) {
            section.error(problems, key + (m.factor() == null ? "" : "/factor"), String.valueOf(m.factor()),
                    "factor is required, 0 or more");
        }
        if (m.fromYear() != null && m.untilYear() != null && m.untilYear() < m.fromYear()) {
            section.error(problems, key + "/until_year", String.valueOf(m.untilYear()),
                    "until_year must not be before from_year");
        }
    }
}
