package uk.sufficiency.engine.planning.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a recruitment plan is evaluated ({@code plan.evaluate}): by the planner's fast greedy rule
 * (in-house first by skill level, docs/methods/planning.md s4), or by the month-by-month market
 * simulation (the matcher placing each month's waiting children, docs/methods/simulation.md), the
 * plan's recruitment feeding the simulation's carer supply (decision 0092).
 */
public enum PlanEvaluation {
    GREEDY,
    SIMULATION;

    /** The value as written in scenario.yaml. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The evaluation written {@code word}, or null when there is none of that name. */
    public static PlanEvaluation of(String word) {
        return Arrays.stream(values()).filter(e -> e.word().equals(word)).findFirst().orElse(null);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(PlanEvaluation::word).toList();
    }
}
