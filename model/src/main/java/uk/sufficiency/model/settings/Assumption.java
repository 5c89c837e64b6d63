package uk.sufficiency.model.settings;

/**
 * One input a result rests on, with where it came from, so that every figure can be traced: a
 * value read from scenario.yaml (file and line), a command-line option, or a documented default.
 *
 * @param parameter the setting's key, dotted from its section ({@code plan.supply.lead_time_months})
 *                  or a derived quantity
 * @param value     the value used, as text
 * @param unit      its unit (GBP per child per week, households, a share, ...)
 * @param source    where it comes from: "file:line", "--option", or the default's documented source
 */
public record Assumption(String parameter, String value, String unit, String source) {
}
