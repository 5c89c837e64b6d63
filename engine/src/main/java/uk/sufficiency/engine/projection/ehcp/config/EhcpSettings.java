package uk.sufficiency.engine.projection.ehcp.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code ehcp_projection:} section of scenario.yaml, bound strictly by the shared settings
 * mechanism (snake_case keys; unknown keys and wrong types are problems with file and line). Every
 * key is optional; defaults are applied by {@link EhcpSettingsCheck}, which records each as an
 * assumption. Because it is a section, a variant that {@code extends} a scenario inherits it and
 * may override a single key ({@code ehcp_projection: {joiner_trend: constant}}).
 *
 * <p>Input modes: {@code transitions_file} (transition pairs, the richest), {@code counts_file}
 * (yearly counts by academic year, need and setting, SEN2-shaped) or {@code totals_file} with
 * {@code mix_file} (a yearly total spread by an assumed mix). File keys are made absolute by the
 * scenario loader (relative to the yaml that names them).
 *
 * <p>Money: {@code block_allocation_gbp} and {@code savings_target_gbp} are keyed by financial year
 * label {@code "2020-21"}; unit costs are annual GBP per place at the prices of the first projected
 * financial year, uplifted by {@code cost_uplift_per_year} (a fraction, e.g. 0.02) each year after.
 */
public record EhcpSettings(
        String transitionsFile,
        String populationFile,
        String populationArea,
        String costsFile,
        String validStatesFile,
        String countsFile,
        String totalsFile,
        String mixFile,
        List<NamedCode> settings,
        List<NamedCode> needs,
        Integer years,
        Integer simulations,
        Long seed,
        Integer baseYear,
        Integer fitFromYear,
        JoinerTrend joinerTrend,
        Double maxJoinerGrowthPerYear,
        Double priorStrength,
        List<LeaverRateAssumption> assumedLeaverRates,
        Double assumedMoveRate,
        Double costUpliftPerYear,
        Map<String, Double> blockAllocationGbp,
        Double openingBalanceGbp,
        Map<String, Double> savingsTargetGbp,
        List<RateMultiplier> multipliers,
        List<CapacityCap> capacityCaps,
        GoalSeekSpec goalSeek,
        Integer backtestSimulations) {

    /** The section of scenario.yaml. */
    public static final String SECTION = "ehcp_projection";

    /** How the joiner rate per head of population moves over time (docs/methods/ehcp-projection.md). */
    public enum JoinerTrend {
        /** The form the pooled backtest over the 148 English authorities chose (decision 0045). */
        @JsonProperty("auto") AUTO,
        /** The mean rate of the last fitted years, flat. */
        @JsonProperty("constant") CONSTANT,
        /** rate linear in the year. */
        @JsonProperty("linear") LINEAR,
        /** ln(rate) linear in the year: constant growth. */
        @JsonProperty("log_linear") LOG_LINEAR,
        /** A linear trend whose yearly increase shrinks by the damping factor each year. */
        @JsonProperty("damped") DAMPED,
        /** A log-linear trend whose growth rate shrinks by the damping factor each year. */
        @JsonProperty("log_damped") LOG_DAMPED
    }

    /** Default leaver rates for aggregate inputs, where leaving cannot be observed (see the methods doc). */
    public static final List<LeaverRateAssumption> DEFAULT_LEAVER_RATES = List.of(
            new LeaverRateAssumption(-5, 10, 0.03),
            new LeaverRateAssumption(11, 11, 0.15),
            new LeaverRateAssumption(12, 12, 0.10),
            new LeaverRateAssumption(13, 13, 0.30),
            new LeaverRateAssumption(14, 19, 0.30),
            new LeaverRateAssumption(20, 30, 1.0));

    public EhcpSettings {
        settings = settings == null ? List.of() : List.copyOf(settings);
        needs = needs == null ? List.of() : List.copyOf(needs);
        assumedLeaverRates = assumedLeaverRates == null ? null : List.copyOf(assumedLeaverRates);
        blockAllocationGbp = blockAllocationGbp == null ? Map.of() : new TreeMap<>(blockAllocationGbp);
        savingsTargetGbp = savingsTargetGbp == null ? Map.of() : new TreeMap<>(savingsTargetGbp);
        multipliers = multipliers == null ? List.of() : List.copyOf(multipliers);
        capacityCaps = capacityCaps == null ? List.of() : List.copyOf(capacityCaps);
    }

    /** Display name of a setting code (its code when no name is configured). */
    public String settingName(String code) {
        return settings.stream().filter(s -> code.equals(s.code())).map(NamedCode::displayName).findFirst()
                .orElse(code);
    }

    /** Display name of a need code (its code when no name is configured). */
    public String needName(String code) {
        return needs.stream().filter(s -> code.equals(s.code())).map(NamedCode::displayName).findFirst()
                .orElse(code);
    }

    /** Assumed leaver rate at an academic year (aggregate mode); the defaults when none are set. */
    public double assumedLeaverRate(int academicYear) {
        for (LeaverRateAssumption assumption : assumedLeaverRates == null ? DEFAULT_LEAVER_RATES : assumedLeaverRates) {
            if (academicYear >= assumption.academicYearFrom() && academicYear <= assumption.academicYearTo()) {
                return assumption.rate();
            }
        }
        return 0.0;
    }
}
