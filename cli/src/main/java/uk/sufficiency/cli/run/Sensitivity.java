package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.model.table.Table;

/**
 * What a plausible swing in each driver does to a section's headline (decision 0071): each driver is
 * set to a low and a high value, the section's model is run again with the same seed, and the
 * headlines are drawn as a tornado, the widest first, with one sentence naming the strongest driver.
 * Shared by the plan, the EHCP and the looked-after children projections; each says what its drivers
 * are, how far each swings and how one run gives its headlines.
 */
final class Sensitivity {

    /**
     * A driver and its plausible range.
     *
     * @param swing     the range in words ("25% lower or higher")
     * @param headlines the section's headlines with the driver set to the given value, or null when
     *                  that value is not valid (e.g. a share above 1): the driver is then left out
     */
    record Driver(String label, String swing, double value, double valueLow, double valueHigh,
            DoubleFunction<double[]> headlines) {
    }

    /** One driver's effect: its headlines (one per measure) with the driver low and high. */
    record Effect(String label, String swing, double value, double valueLow, double valueHigh, double[] low, double[] high) {
        double width(int measure) {
            return Math.abs(high[measure] - low[measure]);
        }
    }

    /**
     * One headline measure as the table, chart and sentence name it.
     *
     * @param name   in the sentence ("gap", "cumulative balance")
     * @param when   when it is measured ("in 2020")
     * @param column the table's column stem ("gap" gives gap_low and gap_high)
     * @param unit   "children", "GBP", ...
     * @param text   a value in words ("1,234 children")
     */
    record Measure(String name, String when, String column, String unit, DoubleFunction<String> text) {
    }

    private Sensitivity() {
    }

    /**
     * Simulations of each projection's sensitivity run: fewer than the projection's own, as only means
     * are compared and every run has the same seed (the plan's swings use the plan's simulations; the
     * EHCP swings run only in a full run).
     */
    static int simulations(boolean quick) {
        return quick ? 20 : 200;
    }

    /** Each driver run low and high; the ones whose swing is not valid are left out. */
    static List<Effect> effects(List<Driver> drivers) {
        List<Effect> effects = new ArrayList<>();
        for (Driver driver : drivers) {
            double[] low = driver.headlines().apply(driver.valueLow());
            double[] high = driver.headlines().apply(driver.valueHigh());
            if (low != null && high != null) {
                effects.add(new Effect(driver.label(), driver.swing(), driver.value(), driver.valueLow(),
                        driver.valueHigh(), low, high));
            }
        }
        return effects;
    }

    /**
     * The tornado chart and its table for one measure, and one sentence naming the driver that moves it
     * most ("" when no driver could be swung).
     *
     * @param base the measure with every driver at its value (same seed and simulations as the swings)
     */
    static String show(String tableName, Measure measure, int index, double base, List<Effect> effects,
            StepResult.Builder step) {
        if (effects.isEmpty()) {
            return "";
        }
        List<Effect> widest = new ArrayList<>(effects);
        widest.sort(Comparator.comparingDouble((Effect e) -> e.width(index)).reversed());
        String c = measure.column();
        Table.Builder table = Table.builder(tableName, "What a plausible swing in each driver does to the "
                + measure.name() + " " + measure.when() + " (" + measure.unit() + ")", "driver", "value", "value_low",
                "value_high", c + "_low", c + "_high", "change_low", "change_high").keys(1);
        double scale = measure.unit().startsWith("GBP") ? 1 : 10;
        List<String> labels = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        for (Effect e : widest) {
            double low = e.low()[index];
            double high = e.high()[index];
            table.row(e.label(), e.value(), fourPlaces(e.valueLow()), fourPlaces(e.valueHigh()), round(low, scale),
                    round(high, scale), round(low - base, scale), round(high - base, scale));
            labels.add(e.label());
            down.add(round(low - base, scale));
            up.add(round(high - base, scale));
        }
        step.chart(new ChartSpec("Sensitivity: change in the " + measure.name() + " " + measure.when()
                + " when each driver is at its low or high value (" + measure.unit() + ")", ChartSpec.Type.TORNADO,
                labels, measure.unit(), List.of(ChartSpec.Series.of("driver low", down),
                        ChartSpec.Series.of("driver high", up)), tableName), table.build());
        Effect most = widest.get(0);
        return String.format(Locale.UK, " The %s depends most on %s: %s gives %s or %s.", measure.name(),
                most.label().toLowerCase(Locale.UK), most.swing(), measure.text().apply(most.low()[index]),
                measure.text().apply(most.high()[index]));
    }

    private static double fourPlaces(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
