package uk.sufficiency.engine.projection.ehcp.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Binds {@link EhcpProjectionConfig} from a YAML file or from an already-parsed node (so the same
 * record can later be read from the {@code ehcp_projection:} section of {@code scenario.yaml}).
 * Unknown keys, wrong types and out-of-range values are reported with the key path.
 */
public final class EhcpConfigLoader {

    private static final ObjectMapper YAML = configure(YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build());
    private static final ObjectMapper TREE = configure(JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build());

    private EhcpConfigLoader() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** Reads a YAML file; throws InvalidInputException naming the file and key on any problem. */
    public static EhcpProjectionConfig read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        EhcpProjectionConfig config = null;
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            if (node == null || node.isNull() || node.isMissingNode()) {
                config = EhcpProjectionConfig.witanDefaults();
            } else {
                config = bind(node, file, problems);
            }
        } catch (JsonProcessingException e) {
            problems.error(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null, null,
                    "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(file, 0, null, null, "could not read: " + e.getMessage());
        }
        problems.throwIfErrors();
        return config;
    }

    /** Binds a parsed node (a YAML document or a scenario section), reporting problems against {@code source}. */
    public static EhcpProjectionConfig bind(JsonNode node, Path source, ProblemCollector problems) {
        try {
            EhcpProjectionConfig config = TREE.treeToValue(node, EhcpProjectionConfig.class);
            check(config, source, problems);
            return config;
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problems.add(Problem.error(source, 0, path.isEmpty() ? null : path, null, e.getOriginalMessage()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.error(source, 0, null, null, e.getMessage());
        }
        return null;
    }

    private static void check(EhcpProjectionConfig config, Path source, ProblemCollector problems) {
        if (config.priorStrength() <= 0) {
            problems.error(source, 0, "prior_strength", String.valueOf(config.priorStrength()),
                    "prior_strength must be more than 0");
        }
        if (config.assumedMoveRate() < 0 || config.assumedMoveRate() > 1) {
            problems.error(source, 0, "assumed_move_rate", String.valueOf(config.assumedMoveRate()),
                    "assumed_move_rate must be from 0 to 1");
        }
        for (int i = 0; i < config.assumedLeaverRates().size(); i++) {
            LeaverRateAssumption a = config.assumedLeaverRates().get(i);
            if (a.rate() < 0 || a.rate() > 1) {
                problems.error(source, 0, "assumed_leaver_rates[" + i + "].rate", String.valueOf(a.rate()),
                        "a leaver rate must be from 0 to 1");
            }
        }
        config.blockAllocationGbp().forEach((year, value) -> checkFinancialYear(source, problems,
                "block_allocation_gbp", year, value));
        config.savingsTargetGbp().forEach((year, value) -> checkFinancialYear(source, problems,
                "savings_target_gbp", year, value));
        for (int i = 0; i < config.multipliers().size(); i++) {
            checkMultiplier(config.multipliers().get(i), "multipliers[" + i + "]", source, problems, true);
        }
        for (int i = 0; i < config.capacityCaps().size(); i++) {
            CapacityCap cap = config.capacityCaps().get(i);
            if (cap.setting() == null) {
                problems.error(source, 0, "capacity_caps[" + i + "].setting", null, "setting is required");
            }
            if (cap.places() < 0) {
                problems.error(source, 0, "capacity_caps[" + i + "].places", String.valueOf(cap.places()),
                        "places must be 0 or more");
            }
        }
        GoalSeekSpec goal = config.goalSeek();
        if (goal != null) {
            if (goal.lever() == null) {
                problems.error(source, 0, "goal_seek.lever", null, "goal_seek needs a lever (a multiplier without factor)");
            } else {
                checkMultiplier(goal.lever(), "goal_seek.lever", source, problems, false);
            }
            if (goal.targetYear() == null) {
                problems.error(source, 0, "goal_seek.target_year", null, "target_year is required");
            }
            if (goal.targetValue() == null) {
                problems.error(source, 0, "goal_seek.target_value", null, "target_value is required");
            }
            if (goal.measure() == GoalSeekSpec.Measure.SETTING_COUNT && goal.targetSetting() == null) {
                problems.error(source, 0, "goal_seek.target_setting", null,
                        "target_setting is required when measure is setting_count");
            }
            if (!(goal.lower() >= 0 && goal.upper() > goal.lower())) {
                problems.error(source, 0, "goal_seek.upper", String.valueOf(goal.upper()),
                        "need 0 <= lower < upper");
            }
            if (goal.simulations() < 1) {
                problems.error(source, 0, "goal_seek.simulations", String.valueOf(goal.simulations()),
                        "simulations must be 1 or more");
            }
        }
        if (config.backtestSimulations() < 0) {
            problems.error(source, 0, "backtest_simulations", String.valueOf(config.backtestSimulations()),
                    "backtest_simulations must be 0 (no backtest) or more");
        }
    }

    private static void checkMultiplier(RateMultiplier m, String key, Path source, ProblemCollector problems,
            boolean needsFactor) {
        if (m.lever() == null) {
            problems.error(source, 0, key + ".lever", null,
                    "lever is required: joiners, leavers, movers or moves_into");
        }
        if (needsFactor && !(m.factor() >= 0 && Double.isFinite(m.factor()))) {
            problems.error(source, 0, key + ".factor", String.valueOf(m.factor()), "factor must be 0 or more");
        }
        if (m.fromYear() != null && m.untilYear() != null && m.untilYear() < m.fromYear()) {
            problems.error(source, 0, key + ".until_year", String.valueOf(m.untilYear()),
                    "until_year must not be before from_year");
        }
    }

    private static void checkFinancialYear(Path source, ProblemCollector problems, String key, String year,
            Double value) {
        if (FinancialYearLabel.startYear(year) == null) {
            problems.error(source, 0, key + "." + year, year, "financial years are written like 2020-21");
        }
        if (value == null || !Double.isFinite(value)) {
            problems.error(source, 0, key + "." + year, String.valueOf(value), "must be a number of pounds");
        }
    }
}
