package uk.sufficiency.engine.forecast.interval;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Whether a file of series is calibrated on its pooled errors, origin by origin (decision 0102): by
 * default only a panel of at least {@value #MIN_SERIES} series that all end in the same period (one
 * measure over units sharing the years), and at an origin only when {@code auto}'s record on the panel
 * shows a miss the panel shared every year ({@link PanelQuantiles#centres}): a shock common to the
 * units is what pooling their errors captures and each series' own few errors cannot. Elsewhere each
 * series keeps its own calibration (decision 0024).
 */
public final class PanelChoice {

    /** Fewest series for a file to be calibrated as a panel by default. */
    public static final int MIN_SERIES = 30;

    private final PanelQuantiles auto;

    private PanelChoice(PanelQuantiles auto) {
        this.auto = auto;
    }

    /** Always the panel (an explicit panel calibration or reference panel). */
    public static PanelChoice always() {
        return new PanelChoice(null);
    }

    /** The panel where {@code auto}'s pooled errors ({@code autoPanel}) show a shared miss. */
    public static PanelChoice whereShared(PanelQuantiles autoPanel) {
        return new PanelChoice(autoPanel);
    }

    /** Whether forecasts made at the end of {@code origin} take the panel's errors. */
    public boolean usesPanel(Period origin) {
        return auto == null || auto.centres(origin);
    }

    /** Whether the series form a panel by default: enough of them, all ending in the same period. */
    public static boolean isPanel(List<TimeSeries> series) {
        return series.size() >= MIN_SERIES && sharesCalendar(series);
    }

    /** Whether every series ends in the same period. */
    public static boolean sharesCalendar(List<TimeSeries> series) {
        return mostInOnePeriod(series) == series.size();
    }

    /** The most series that end in one period. */
    public static long mostInOnePeriod(List<TimeSeries> series) {
        Map<Period, Long> ends = series.stream().collect(Collectors.groupingBy(TimeSeries::lastPeriod, Collectors.counting()));
        return ends.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
