package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.sufficiency.engine.population.AreaPopulation;
import uk.sufficiency.engine.population.PopulationProjection;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.GoalSeekSpec;
import uk.sufficiency.engine.projection.ehcp.config.NamedCode;
import uk.sufficiency.engine.projection.ehcp.state.SettingRule;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads and checks every input file named by the settings, reporting all problems in one pass
 * before anything is computed or written.
 */
public final class EhcpInputLoader {

    private EhcpInputLoader() {
    }

    /**
     * Reads every input file the settings name (absolute paths: the scenario loader resolved them),
     * adding every problem; null when there were errors. Problems with the settings themselves are
     * reported at the key's file and line in {@code section}.
     */
    public static EhcpInputs load(EhcpSettings config, ConfigSection section, ProblemCollector problems) {
        int errorsBefore = errorCount(problems);
        PlanStateSpace space = stateSpace(config, section, problems);
        Path transitionsFile = path(config.transitionsFile());
        Path countsFile = path(config.countsFile());
        Path totalsFile = path(config.totalsFile());
        Path mixFile = path(config.mixFile());
        Path populationFile = path(config.populationFile());
        Path costsFile = path(config.costsFile());
        if (populationFile == null) {
            section.error(problems, "", null, "population_file is required");
        }
        if (costsFile == null) {
            section.error(problems, "", null, "costs_file is required");
        }
        if (transitionsFile == null && countsFile == null && (totalsFile == null || mixFile == null)) {
            section.error(problems, "", null, "name transitions_file, counts_file, or totals_file with mix_file");
        }
        if (space == null) {
            return null;
        }
        AreaPopulation population = populationFile == null ? null
                : PopulationProjection.readArea(populationFile, config.populationArea(),
                        EhcpSettings.SECTION + ".population_area", problems);
        UnitCosts costs = costsFile == null ? new UnitCosts(new TreeMap<>())
                : CostsReader.read(costsFile, space, problems);
        EhcpInputs.Mode mode;
        List<Transition> transitions = new ArrayList<>();
        SortedMap<Integer, double[]> census;
        if (transitionsFile != null) {
            mode = EhcpInputs.Mode.TRANSITIONS;
            transitions = TransitionsReader.read(transitionsFile, space, problems);
            census = census(transitions, space);
            checkExposure(transitions, population, populationFile, problems);
        } else if (countsFile != null) {
            mode = EhcpInputs.Mode.AGGREGATE;
            census = CountsReader.readCounts(countsFile, space, problems);
        } else {
            mode = EhcpInputs.Mode.AGGREGATE;
            SortedMap<Integer, Double> totals = totalsFile == null ? new TreeMap<>()
                    : CountsReader.readTotals(totalsFile, problems);
            double[] mix = mixFile == null ? new double[space.size()] : CountsReader.readMix(mixFile, space, problems);
            census = CountsReader.spread(totals, mix);
        }
        if (mode == EhcpInputs.Mode.AGGREGATE && !census.isEmpty() && population != null) {
            for (int year : census.keySet()) {
                if (year != census.firstKey() && !population.hasYear(year)) {
                    problems.error(populationFile, 0, "year", String.valueOf(year),
                            "population is needed for every census year after the first (joiners' exposure)");
                }
            }
        }
        checkYears(config, section, census, problems);
        checkScenarioCodes(config, space, section, problems);
        if (errorCount(problems) > errorsBefore || population == null) {
            return null;
        }
        if (!census.isEmpty() && population.lastYear() < census.lastKey() + 1) {
            problems.warning(populationFile, 0, "year", String.valueOf(population.lastYear()),
                    "population ends before the projection starts; the last year is carried forward");
        }
        return new EhcpInputs(mode, config, space, transitions, census, population, costs, problems.warnings());
    }

    private static int errorCount(ProblemCollector problems) {
        return (int) problems.problems().stream().filter(Problem::isError).count();
    }

    private static Path path(String file) {
        return file == null || file.isBlank() ? null : Path.of(file).toAbsolutePath().normalize();
    }

    private static void checkYears(EhcpSettings config, ConfigSection section, SortedMap<Integer, double[]> census,
            ProblemCollector problems) {
        if (census.isEmpty()) {
            return;
        }
        if (config.baseYear() != null && !census.containsKey(config.baseYear())) {
            section.error(problems, "/base_year", String.valueOf(config.baseYear()),
                    "base_year must be a census year in the data " + census.keySet());
        }
        int origin = config.baseYear() != null ? config.baseYear() : census.lastKey();
        if (config.fitFromYear() != null && (config.fitFromYear() >= origin || config.fitFromYear() < census.firstKey())) {
            section.error(problems, "/fit_from_year", String.valueOf(config.fitFromYear()),
                    "fit_from_year must be a census year from " + census.firstKey() + " to " + (origin - 1));
        }
        GoalSeekSpec goal = config.goalSeek();
        if (goal != null && goal.targetYear() != null && config.years() != null) {
            int last = goal.measure() == GoalSeekSpec.Measure.SPEND_GBP ? origin + config.years() - 1
                    : origin + config.years();
            if (goal.targetYear() <= origin || goal.targetYear() > last) {
                section.error(problems, "/goal_seek/target_year", String.valueOf(goal.targetYear()),
                        "target_year must be within the projection, " + (origin + 1) + " to " + last);
            }
        }
    }

    /** January census counts: state-1 of each year's rows, and state-2 of the last year's rows. */
    static SortedMap<Integer, double[]> census(List<Transition> transitions, PlanStateSpace space) {
        SortedMap<Integer, double[]> before = new TreeMap<>();
        SortedMap<Integer, double[]> after = new TreeMap<>();
        for (Transition t : transitions) {
            if (t.from() != null) {
                before.computeIfAbsent(t.calendarYear(), y -> new double[space.size()])[space.index(t.from())]++;
            }
            if (t.to() != null) {
                after.computeIfAbsent(t.calendarYear() + 1, y -> new double[space.size()])[space.index(t.to())]++;
            }
        }
        SortedMap<Integer, double[]> census = new TreeMap<>(after);
        census.putAll(before);
        return census;
    }

    private static void checkExposure(List<Transition> transitions, AreaPopulation population, Path file,
            ProblemCollector problems) {
        if (population == null) {
            return;
        }
        TreeSet<Integer> joinerYears = new TreeSet<>();
        transitions.stream().filter(Transition::isJoiner).forEach(t -> joinerYears.add(t.calendarYear() + 1));
        for (int year : joinerYears) {
            if (!population.hasYear(year)) {
                problems.error(file, 0, "year", String.valueOf(year),
                        "population is needed for every year joiners arrive in (the joiners' exposure)");
            }
        }
    }

    private static PlanStateSpace stateSpace(EhcpSettings config, ConfigSection section, ProblemCollector problems) {
        List<SettingRule> rules;
        int errorsBefore = errorCount(problems);
        Path validStates = path(config.validStatesFile());
        if (validStates != null) {
            rules = ValidStatesReader.read(validStates, problems);
        } else {
            rules = new ArrayList<>();
            List<String> needs = config.needs().stream().map(NamedCode::code).toList();
            List<String> all = config.settings().stream().map(NamedCode::code).toList();
            if (needs.isEmpty()) {
                section.error(problems, "", null, "without valid_states_file, list the needs");
            }
            for (int i = 0; i < config.settings().size(); i++) {
                NamedCode s = config.settings().get(i);
                if (s.code() == null || s.minAcademicYear() == null || s.maxAcademicYear() == null) {
                    section.error(problems, "/settings/" + i, s.code(),
                            "without valid_states_file, each setting needs code, min_academic_year and max_academic_year");
                    continue;
                }
                rules.add(new SettingRule(s.code(), "", s.minAcademicYear(), s.maxAcademicYear(), needs,
                        s.movesTo() == null || s.movesTo().isEmpty() ? all : s.movesTo()));
            }
            if (config.settings().isEmpty()) {
                section.error(problems, "", null, "name valid_states_file or list the settings");
            }
        }
        if (rules.isEmpty() || errorCount(problems) > errorsBefore) {
            return null;
        }
        List<String> needOrder = config.needs().stream().map(NamedCode::code).toList();
        return new PlanStateSpace(rules, needOrder);
    }

    private static void checkScenarioCodes(EhcpSettings config, PlanStateSpace space, ConfigSection section,
            ProblemCollector problems) {
        for (int i = 0; i < config.multipliers().size(); i++) {
            var m = config.multipliers().get(i);
            checkCode(space.settings(), m.setting(), "/multipliers/" + i + "/setting", section, problems);
            checkCode(space.needs(), m.need(), "/multipliers/" + i + "/need", section, problems);
        }
        for (int i = 0; i < config.capacityCaps().size(); i++) {
            var cap = config.capacityCaps().get(i);
            checkCode(space.settings(), cap.setting(), "/capacity_caps/" + i + "/setting", section, problems);
            for (String to : cap.overflowTo()) {
                checkCode(space.settings(), to, "/capacity_caps/" + i + "/overflow_to", section, problems);
            }
        }
        if (config.goalSeek() != null && config.goalSeek().lever() != null) {
            checkCode(space.settings(), config.goalSeek().lever().setting(), "/goal_seek/lever/setting", section,
                    problems);
            checkCode(space.needs(), config.goalSeek().lever().need(), "/goal_seek/lever/need", section, problems);
            checkCode(space.settings(), config.goalSeek().targetSetting(), "/goal_seek/target_setting", section,
                    problems);
        }
    }

    private static void checkCode(List<String> codes, String code, String key, ConfigSection section,
            ProblemCollector problems) {
        if (code != null && !codes.contains(code)) {
            section.error(problems, key, code, "must be one of " + codes);
        }
    }
}
