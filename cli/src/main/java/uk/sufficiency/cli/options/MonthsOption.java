package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --months}: how many months to simulate, with the range of {@code simulation.months}. */
public final class MonthsOption {

    public static final int MAX = 240;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer months;

    @Option(names = "--months", paramLabel = "N",
            description = "Months simulated, 1 to 240 (default: the scenario's setting, else 36).")
    void setMonths(int value) {
        this.months = (int) Ranges.check(spec, "--months", value, 1, MAX, "a number of months");
    }

    /** The number given, or null. */
    public Integer months() {
        return months;
    }
}
