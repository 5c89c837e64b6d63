package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.config.NamedCode;
import uk.sufficiency.engine.projection.ehcp.state.SettingRule;
import uk.sufficiency.engine.projection.ehcp.state.StateSpace;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads and checks every input file named by a configuration, reporting all problems in one pass
 * (InvalidInputException) before anything is computed or written.
 */
public final class EhcpInputLoader {

    private EhcpInputLoader() {
    }

    /**
     * @param folder     folder that relative file names in {@code config} are resolved against
     * @param configFile where the configuration came from (named in problems); may be null
     */
    public static EhcpInputs load(EhcpProjectionConfig config, Path folder, Path configFile) {
        ProblemCollector problems = new ProblemCollector();
        Path configSource = configFile == null ? folder : configFile;
        StateSpace space = stateSpace(config, folder, configSource, problems);
        Path transitionsFile = EhcpProjectionConfig.resolve(folder, config.transitionsFile());
        Path countsFile = EhcpProjectionConfig.resolve(folder, config.countsFile());
        Path totalsFile = EhcpProjectionConfig.resolve(folder, config.totalsFile());
        Path mixFile = EhcpProjectionConfig.resolve(folder, config.mixFile());
        Path populationFile = EhcpProjectionConfig.resolve(folder, config.populationFile());
        Path costsFile = EhcpProjectionConfig.resolve(folder, config.costsFile());
        if (populationFile == null) {
            problems.error(configSource, 0, "population_file", null, "population_file is required");
        }
        if (costsFile == null) {
            problems.error(configSource, 0, "costs_file", null, "costs_file is required");
        }
        if (transitionsFile == null && countsFile == null && (totalsFile == null || mixFile == null)) {
            problems.error(configSource, 0, "transitions_file", null,
                    "name transitions_file, counts_file, or totals_file with mix_file");
        }
        if (space == null) {
            problems.throwIfErrors();
        }
        PopulationTable population = populationFile == null ? new PopulationTable(new TreeMap<>())
                : PopulationReader.read(populationFile, config.populationArea(), problems);
        UnitCosts costs = costsFile == null ? new UnitCosts(new TreeMap<>())
                : CostsReader.read(costsFile, space, problems);
        EhcpInputs.Mode mode;
        List<Transition> transitions = new ArrayList<>();
        SortedMap<Integer, double[]> census = new TreeMap<>();
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
        if (mode == EhcpInputs.Mode.AGGREGATE && !census.isEmpty() && !population.isEmpty()) {
            for (int year : census.keySet()) {
                if (year != census.firstKey() && !population.hasYear(year)) {
                    problems.error(populationFile, 0, "calendar-year", String.valueOf(year),
                            "population is needed for every census year after the first (joiners' exposure)");
                }
            }
        }
        if (config.baseYear() != null && !census.isEmpty() && !census.containsKey(config.baseYear())) {
            problems.error(configSource, 0, "base_year", String.valueOf(config.baseYear()),
                    "base_year must be a census year in the data " + census.keySet());
        }
        checkScenarioCodes(config, space, configSource, problems);
        problems.throwIfErrors();
        if (!population.isEmpty() && !census.isEmpty() && population.lastYear() < census.lastKey() + 1) {
            problems.warning(populationFile, 0, "calendar-year", String.valueOf(population.lastYear()),
                    "population ends before the projection starts; the last year is carried forward");
        }
        return new EhcpInputs(mode, config, space, transitions, census, population, costs, problems.warnings());
    }

    /** January census counts: state-1 of each year's rows, and state-2 of the last year's rows. */
    static SortedMap<Integer, double[]> census(List<Transition> transitions, StateSpace space) {
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

    private static void checkExposure(List<Transition> transitions, PopulationTable population, Path file,
            ProblemCollector problems) {
        TreeSet<Integer> joinerYears = new TreeSet<>();
        transitions.stream().filter(Transition::isJoiner).forEach(t -> joinerYears.add(t.calendarYear() + 1));
        for (int year : joinerYears) {
            if (!population.isEmpty() && !population.hasYear(year)) {
                problems.error(file, 0, "calendar-year", String.valueOf(year),
                        "population is needed for every year joiners arrive in (the joiners' exposure)");
            }
        }
    }

    private static StateSpace stateSpace(EhcpProjectionConfig config, Path folder, Path configSource,
            ProblemCollector problems) {
        List<SettingRule> rules;
        Path validStates = EhcpProjectionConfig.resolve(folder, config.validStatesFile());
        if (validStates != null) {
            rules = ValidStatesReader.read(validStates, problems);
        } else {
            rules = new ArrayList<>();
            List<String> needs = config.needs().stream().map(NamedCode::code).toList();
            List<String> all = config.settings().stream().map(NamedCode::code).toList();
            if (needs.isEmpty()) {
                problems.error(configSource, 0, "needs", null, "without valid_states_file, list the needs");
            }
            for (int i = 0; i < config.settings().size(); i++) {
                NamedCode s = config.settings().get(i);
                if (s.code() == null || s.minAcademicYear() == null || s.maxAcademicYear() == null) {
                    problems.error(configSource, 0, "settings[" + i + "]", s.code(),
                            "without valid_states_file, each setting needs code, min_academic_year and max_academic_year");
                    continue;
                }
                rules.add(new SettingRule(s.code(), "", s.minAcademicYear(), s.maxAcademicYear(), needs,
                        s.movesTo() == null || s.movesTo().isEmpty() ? all : s.movesTo()));
            }
            if (config.settings().isEmpty()) {
                problems.error(configSource, 0, "valid_states_file", null,
                        "name valid_states_file or list the settings");
            }
        }
        if (rules.isEmpty() || problems.hasErrors()) {
            return null;
        }
        List<String> needOrder = config.needs().stream().map(NamedCode::code).toList();
        return new StateSpace(rules, needOrder);
    }

    private static void checkScenarioCodes(EhcpProjectionConfig config, StateSpace space, Path source,
            ProblemCollector problems) {
        for (int i = 0; i < config.multipliers().size(); i++) {
            var m = config.multipliers().get(i);
            checkCode(space.settings(), m.setting(), "multipliers[" + i + "].setting", source, problems);
            checkCode(space.needs(), m.need(), "multipliers[" + i + "].need", source, problems);
        }
        for (int i = 0; i < config.capacityCaps().size(); i++) {
            var cap = config.capacityCaps().get(i);
            checkCode(space.settings(), cap.setting(), "capacity_caps[" + i + "].setting", source, problems);
            for (String to : cap.overflowTo()) {
                checkCode(space.settings(), to, "capacity_caps[" + i + "].overflow_to", source, problems);
            }
        }
        if (config.goalSeek() != null && config.goalSeek().lever() != null) {
            checkCode(space.settings(), config.goalSeek().lever().setting(), "goal_seek.lever.setting", source,
                    problems);
            checkCode(space.needs(), config.goalSeek().lever().need(), "goal_seek.lever.need", source, problems);
            checkCode(space.settings(), config.goalSeek().targetSetting(), "goal_seek.target_setting", source,
                    problems);
        }
    }

    private static void checkCode(List<String> codes, String code, String key, Path source,
            ProblemCollector problems) {
        if (code != null && !codes.contains(code)) {
            problems.error(source, 0, key, code, "must be one of " + codes);
        }
    }
}
