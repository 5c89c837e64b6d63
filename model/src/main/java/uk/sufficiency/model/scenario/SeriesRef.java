package uk.sufficiency.model.scenario;

import java.nio.file.Path;

/**
 * A time series the scenario holds, from {@code scenario.yaml} key {@code series}.
 *
 * @param name      the series' name, used by targets and reports
 * @param file      absolute path of its CSV file ({@code date,value} or {@code period,value})
 * @param unit      what a value counts ("plans", "children")
 * @param label     how reports title it
 * @param panelFile absolute path of a long-form file of like series ({@code series_id,period,value}: every
 *                  authority's count of the same measure) whose pooled forecast errors set the forecast's
 *                  intervals (decisions 0026, 0102); null for the series' own calibration
 */
public record SeriesRef(String name, Path file, String unit, String label, Path panelFile) {

    /** A series calibrated on its own errors. */
    public SeriesRef(String name, Path file, String unit, String label) {
        this(name, file, unit, label, null);
    }
}
