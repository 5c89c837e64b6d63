package uk.sufficiency.model.scenario;

import java.nio.file.Path;

/**
 * A time series the scenario holds, from {@code scenario.yaml} key {@code series}.
 *
 * @param name  the series' name, used by targets and reports
 * @param file  absolute path of its CSV file ({@code date,value} or {@code period,value})
 * @param unit  what a value counts ("plans", "children")
 * @param label how reports title it
 */
public record SeriesRef(String name, Path file, String unit, String label) {
}
