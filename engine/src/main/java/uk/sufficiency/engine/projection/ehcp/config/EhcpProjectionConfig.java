package uk.sufficiency.engine.projection.ehcp.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an EHCP projection needs besides the command-line options, bound from YAML (an
 * {@code ehcp-projection.yaml} file today, an {@code ehcp_projection:} section of
 * {@code scenario.yaml} later) with snake_case keys. Every key is optional: without any, the
 * projection reads the witan.send file names from the input folder.
 *
 * <p>Input modes: {@code transitions_file} (transition pairs, the richest), {@code counts_file}
 * (yearly counts by academic year, need and setting, SEN2-shaped) or {@code totals_file} with
 * {@code mix_file} (a yearly total spread by an assumed mix). File keys are relative to the folder
 * of the configuration file, or absolute.
 *
 * <p>Money: {@code block_allocation_gbp} and {@code savings_target_gbp} are keyed by financial year
 * label {@code "2020-21"}; unit costs are annual GBP per place at the prices of the first projected
 * financial year, uplifted by {@code cost_uplift_per_year} (a fraction, e.g. 0.02) each year after.
 */
public record EhcpProjectionConfig(
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
        Integer baseYear,
        Integer fitFromYear,
        JoinerTrend joinerTrend,
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

    /** How the joiner rate per head of population moves over time. */
    public enum JoinerTrend {
        /** The pooled rate of the fitted years, flat. */
        CONSTANT,
        /** ln(rate) linear in the year, fitted to the yearly joiner rates, with its slope uncertainty. */
        LOG_LINEAR
    }

    /** Default leaver rates for aggregate inputs, where leaving cannot be observed (see the methods doc). */
    public static final List<LeaverRateAssumption> DEFAULT_LEAVER_RATES = List.of(
            new LeaverRateAssumption(-5, 10, 0.03),
            new LeaverRateAssumption(11, 11, 0.15),
            new LeaverRateAssumption(12, 12, 0.10),
            new LeaverRateAssumption(13, 13, 0.30),
            new LeaverRateAssumption(14, 19, 0.30),
            new LeaverRateAssumption(20, 30, 1.0));

    public EhcpProjectionConfig {
        settings = settings == null ? List.of() : List.copyOf(settings);
        needs = needs == null ? List.of() : List.copyOf(needs);
        joinerTrend = joinerTrend == null ? JoinerTrend.CONSTANT : joinerTrend;
        priorStrength = priorStrength == null ? 2.0 : priorStrength;
        assumedLeaverRates = assumedLeaverRates == null ? DEFAULT_LEAVER_RATES : List.copyOf(assumedLeaverRates);
        assumedMoveRate = assumedMoveRate == null ? 0.03 : assumedMoveRate;
        costUpliftPerYear = costUpliftPerYear == null ? 0.0 : costUpliftPerYear;
        blockAllocationGbp = blockAllocationGbp == null ? Map.of() : new TreeMap<>(blockAllocationGbp);
        openingBalanceGbp = openingBalanceGbp == null ? 0.0 : openingBalanceGbp;
        savingsTargetGbp = savingsTargetGbp == null ? Map.of() : new TreeMap<>(savingsTargetGbp);
        multipliers = multipliers == null ? List.of() : List.copyOf(multipliers);
        capacityCaps = capacityCaps == null ? List.of() : List.copyOf(capacityCaps);
        backtestSimulations = backtestSimulations == null ? 200 : backtestSimulations;
    }

    /** The configuration used when none is given: witan.send's file names in the input folder. */
    public static EhcpProjectionConfig witanDefaults() {
        return new EhcpProjectionConfig("transitions.csv", "population.csv", null, "costs.csv", "valid-states.csv",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** Resolves a file key against a folder; null stays null. */
    public static Path resolve(Path folder, String file) {
        return file == null || file.isBlank() ? null : folder.resolve(file).toAbsolutePath().normalize();
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

    /** Assumed leaver rate at an academic year (aggregate mode). */
    public double assumedLeaverRate(int academicYear) {
        for (LeaverRateAssumption assumption : assumedLeaverRates) {
            if (academicYear >= assumption.academicYearFrom() && academicYear <= assumption.academicYearTo()) {
                return assumption.rate();
            }
        }
        return 0.0;
    }
}
