package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --years}: how far ahead to project or plan, shared by every projecting command with one range. */
public final class YearsOption {

    public static final int MAX = 30;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer years;

    @Option(names = "--years", paramLabel = "N",
            description = "Years ahead, 1 to 30 (default: the scenario's setting, else 5).")
    void setYears(int value) {
        this.years = (int) Ranges.check(spec, "--years", value, 1, MAX, "a number of years");
    }

    /** The number given, or null. */
    public Integer years() {
        return years;
    }
}
