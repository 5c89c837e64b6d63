package uk.sufficiency.engine.projection.ehcp.input;

import java.util.List;
import java.util.SortedMap;
import uk.sufficiency.engine.population.AreaPopulation;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.validation.Problem;

/**
 * Validated inputs of one projection.
 *
 * @param census     January census counts by year, indexed by {@code space} (observed in
 *                   transitions mode; given or spread from totals in aggregate mode)
 * @param transitions transition pairs (empty in aggregate mode)
 * @param warnings   problems that did not stop the run
 */
public record EhcpInputs(Mode mode, EhcpSettings config, PlanStateSpace space, List<Transition> transitions,
        SortedMap<Integer, double[]> census, AreaPopulation population, UnitCosts costs, List<Problem> warnings) {

    /** What the rates are estimated from. */
    public enum Mode {
        /** Individual January-to-January transitions (witan.send shape). */
        TRANSITIONS,
        /** Yearly counts only (SEN2-shaped counts, or totals spread by a mix), with assumed leaver and move rates. */
        AGGREGATE
    }

    public EhcpInputs {
        transitions = List.copyOf(transitions);
        warnings = List.copyOf(warnings);
    }

    public int lastCensusYear() {
        return census.lastKey();
    }

    public int firstCensusYear() {
        return census.firstKey();
    }

    /** Annual cost per place for a state index, falling back to the setting's mean cost. */
    public double annualCostGbp(int stateIndex) {
        String need = space.needs().get(space.needOf(stateIndex));
        String setting = space.settings().get(space.settingOf(stateIndex));
        double cost = costs.annualCostGbp(need, setting);
        return Double.isNaN(cost) ? costs.settingMeanGbp(setting) : cost;
    }

    public static double total(double[] counts) {
        double sum = 0;
        for (double c : counts) {
            sum += c;
        }
        return sum;
    }
}
