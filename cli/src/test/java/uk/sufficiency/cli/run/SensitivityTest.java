package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.model.table.Table;

/** The shared tornado: each driver run low and high, widest first, the strongest named. */
class SensitivityTest {

    private static final Sensitivity.Measure CHILDREN = new Sensitivity.Measure("gap", "in 2020", "gap", "children",
            v -> String.format(Locale.UK, "%,.0f children", v));

    @Test
    void eachDriverIsRunLowAndHighAndTheWidestIsNamed() {
        // a headline linear in each driver: 100 + 10 x entries - 40 x leavers, so leavers swing it most
        List<Sensitivity.Driver> drivers = List.of(
                new Sensitivity.Driver("Entries", "25% lower or higher", 1, 0.75, 1.25, v -> new double[] {100 + 10 * v - 40}),
                new Sensitivity.Driver("Leavers", "25% lower or higher", 1, 0.75, 1.25, v -> new double[] {100 + 10 - 40 * v}),
                new Sensitivity.Driver("Out of range", "25% lower or higher", 1, 0.75, 1.25, v -> v > 1 ? null
                        : new double[] {0}));
        List<Sensitivity.Effect> effects = Sensitivity.effects(drivers);
        assertEquals(2, effects.size(), "a driver whose swing is not valid is left out");
        StepResult.Builder step = StepResult.builder();
        String sentence = Sensitivity.show("test-sensitivity", CHILDREN, 0, 70, effects, step);
        assertEquals(" The gap depends most on leavers: 25% lower or higher gives 80 children or 60 children.", sentence);
        StepResult result = step.build();
        Table table = result.tables().get(0);
        assertEquals(List.of("driver", "value", "value_low", "value_high", "gap_low", "gap_high", "change_low",
                "change_high"), table.columns());
        assertEquals(List.of("Leavers", 1.0, 0.75, 1.25, 80.0, 60.0, 10.0, -10.0), table.rows().get(0));
        assertEquals(List.of("Entries", 1.0, 0.75, 1.25, 67.5, 72.5, -2.5, 2.5), table.rows().get(1));
        ChartSpec chart = result.charts().get(0);
        assertEquals(ChartSpec.Type.TORNADO, chart.type());
        assertEquals(List.of("Leavers", "Entries"), chart.xLabels());
    }

    @Test
    void noDriverNoTornado() {
        StepResult.Builder step = StepResult.builder();
        assertEquals("", Sensitivity.show("test-sensitivity", CHILDREN, 0, 70, List.of(), step));
        assertTrue(step.build().tables().isEmpty());
    }
}
