package uk.sufficiency.engine.projection.ehcp.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every (setting, need, academic year) a plan can be in, indexed densely so that the simulation
 * works on int arrays. Which states are valid, and which setting moves are allowed, comes from the
 * valid-states table: settings and needs are data, not code.
 */
public final class PlanStateSpace {

    private final List<String> settings;
    private final List<String> needs;
    private final int minAcademicYear;
    private final int maxAcademicYear;
    private final int years;
    private final boolean[] valid;
    private final boolean[][] moveAllowed;
    private final Map<String, Integer> settingIndex = new HashMap<>();
    private final Map<String, Integer> needIndex = new HashMap<>();
    private final Map<String, SettingRule> rules = new HashMap<>();

    public PlanStateSpace(List<SettingRule> settingRules, List<String> needOrder) {
        if (settingRules.isEmpty()) {
            throw new IllegalArgumentException("no settings");
        }
        this.settings = settingRules.stream().map(SettingRule::setting).toList();
        Set<String> needSet = new LinkedHashSet<>(needOrder);
        settingRules.forEach(rule -> needSet.addAll(rule.needs()));
        this.needs = List.copyOf(needSet);
        this.minAcademicYear = settingRules.stream().mapToInt(SettingRule::minAcademicYear).min().orElseThrow();
        this.maxAcademicYear = settingRules.stream().mapToInt(SettingRule::maxAcademicYear).max().orElseThrow();
        this.years = maxAcademicYear - minAcademicYear + 1;
        for (int s = 0; s < settings.size(); s++) {
            settingIndex.put(settings.get(s), s);
            rules.put(settings.get(s), settingRules.get(s));
        }
        for (int n = 0; n < needs.size(); n++) {
            needIndex.put(needs.get(n), n);
        }
        this.valid = new boolean[settings.size() * needs.size() * years];
        this.moveAllowed = new boolean[settings.size()][settings.size()];
        for (int s = 0; s < settings.size(); s++) {
            SettingRule rule = settingRules.get(s);
            for (String need : rule.needs()) {
                int n = needIndex.get(need);
                for (int ay = rule.minAcademicYear(); ay <= rule.maxAcademicYear(); ay++) {
                    valid[index(s, n, ay)] = true;
                }
            }
            for (String to : rule.movesTo()) {
                Integer t = settingIndex.get(to);
                if (t != null) {
                    moveAllowed[s][t] = true;
                }
            }
        }
    }

    public List<String> settings() {
        return settings;
    }

    public List<String> needs() {
        return needs;
    }

    public int minAcademicYear() {
        return minAcademicYear;
    }

    public int maxAcademicYear() {
        return maxAcademicYear;
    }

    public int size() {
        return valid.length;
    }

    public int settingCount() {
        return settings.size();
    }

    public int needCount() {
        return needs.size();
    }

    public SettingRule rule(String setting) {
        return rules.get(setting);
    }

    /** Index of a setting code, or -1 when unknown. */
    public int settingIndex(String setting) {
        return settingIndex.getOrDefault(setting, -1);
    }

    /** Index of a need code, or -1 when unknown. */
    public int needIndex(String need) {
        return needIndex.getOrDefault(need, -1);
    }

    public boolean inAcademicYearRange(int academicYear) {
        return academicYear >= minAcademicYear && academicYear <= maxAcademicYear;
    }

    public int index(int setting, int need, int academicYear) {
        return (setting * needs.size() + need) * years + (academicYear - minAcademicYear);
    }

    /** Dense index of a state, or -1 when the setting, need or year is outside the space. */
    public int index(EhcpState state) {
        int s = settingIndex(state.setting());
        int n = needIndex(state.need());
        if (s < 0 || n < 0 || !inAcademicYearRange(state.academicYear())) {
            return -1;
        }
        return index(s, n, state.academicYear());
    }

    public boolean isValid(int index) {
        return index >= 0 && valid[index];
    }

    public boolean isValid(int setting, int need, int academicYear) {
        return inAcademicYearRange(academicYear) && valid[index(setting, need, academicYear)];
    }

    public boolean isValid(EhcpState state) {
        return isValid(index(state));
    }

    public boolean moveAllowed(int fromSetting, int toSetting) {
        return moveAllowed[fromSetting][toSetting];
    }

    public int settingOf(int index) {
        return index / (needs.size() * years);
    }

    public int needOf(int index) {
        return (index / years) % needs.size();
    }

    public int academicYearOf(int index) {
        return index % years + minAcademicYear;
    }

    public EhcpState state(int index) {
        return new EhcpState(settings.get(settingOf(index)), needs.get(needOf(index)), academicYearOf(index));
    }

    /** Valid state indices at one academic year, in index order. */
    public List<Integer> validAt(int academicYear) {
        if (!inAcademicYearRange(academicYear)) {
            return Collections.emptyList();
        }
        List<Integer> result = new ArrayList<>();
        for (int s = 0; s < settings.size(); s++) {
            for (int n = 0; n < needs.size(); n++) {
                int i = index(s, n, academicYear);
                if (valid[i]) {
                    result.add(i);
                }
            }
        }
        return result;
    }
}
