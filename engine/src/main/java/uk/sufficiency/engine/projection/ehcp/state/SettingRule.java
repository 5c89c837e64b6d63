package uk.sufficiency.engine.projection.ehcp.state;

import java.util.List;

/**
 * One row of the valid-states table: the academic years a setting serves, the primary needs it
 * may hold, and the settings a plan in it may move to.
 */
public record SettingRule(String setting, String settingGroup, int minAcademicYear, int maxAcademicYear,
        List<String> needs, List<String> movesTo) {

    public SettingRule {
        needs = List.copyOf(needs);
        movesTo = List.copyOf(movesTo);
    }
}
