package uk.sufficiency.sweep.task;

import java.io.Serializable;

/**
 * One measure of one council, scenario and year from one block of simulations: the record tasks
 * emit and the shuffle groups (by everything but the block) before intervals are taken.
 */
public record BlockValues(String councilCode, String council, String scenario, String measure, String unit, int year,
        int block, double[] values) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The group key: council, scenario, measure and year. */
    public String key() {
        return councilCode + "\u0000" + scenario + "\u0000" + measure + "\u0000" + year;
    }
}
