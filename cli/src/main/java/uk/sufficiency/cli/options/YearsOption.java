package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --years}: how far ahead to project or plan, shared by every projecting command with one range. */
public final class YearsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer years;

    @Option(names = "--years", paramLabel = "N",
            description = "Years ahead, 1 to 30 (default: the scenario's setting, else 5).")
    void setYears(int value) {
        this.years = Ranges.YEARS.checkInt(spec, "--years", value);
    }

    /** The number given, or null. */
    public Integer years() {
        return years;
    }
}
