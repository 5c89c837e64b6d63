package uk.sufficiency.engine.planning;

/**
 * One input the plan's figures rest on, with where it came from, written to plan-inputs.csv so
 * that every figure can be traced.
 *
 * @param parameter the key in scenario.yaml's {@code plan:} section (or a derived quantity)
 * @param value     the value used, as text
 * @param unit      its unit
 * @param source    where it comes from: a file and line, a command-line option, or "assumption"
 */
public record Assumption(String parameter, String value, String unit, String source) {
}
