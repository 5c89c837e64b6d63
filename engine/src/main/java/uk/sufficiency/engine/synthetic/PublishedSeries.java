package uk.sufficiency.engine.synthetic;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.model.scenario.SeriesRef;

/**
 * A public time series a profile ships with its scenario (a {@code series:} entry of scenario.yaml
 * and the files it names), so a generated scenario names no file it does not write.
 *
 * @param ref           the series entry; its files are relative to the scenario folder
 * @param observations  the values, oldest first
 * @param source        where the values come from (written into SOURCES notes, not the file)
 * @param panelResource classpath resource holding the reference panel {@code ref.panelFile()} names, as
 *                      published (null without a panel)
 */
public record PublishedSeries(SeriesRef ref, List<Observation> observations, String source, String panelResource) {

    /** One published count at a date. */
    public record Observation(LocalDate date, long value) {
    }

    public PublishedSeries {
        observations = List.copyOf(observations);
    }

    /** The reference panel's text, as shipped (null without a panel). */
    public String panelCsv() {
        if (panelResource == null) {
            return null;
        }
        try (var in = PublishedSeries.class.getResourceAsStream(panelResource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + panelResource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file's text in the series format (scenarios/README.md): a {@code date,value} header, one row per date. */
    public String csv() {
        StringBuilder text = new StringBuilder("date,value\n");
        for (Observation observation : observations) {
            text.append(observation.date()).append(',').append(observation.value()).append('\n');
        }
        return text.toString();
    }

    /**
     * Education, Health and Care Plans maintained by Leicestershire County Council, January census
     * counts 2010-2020 (DfE SEN2 statistics; docs/sources/README.md), with the 148-authority panel of
     * January 2010-2019 as its reference panel (the same statistics; decision 0102).
     */
    static PublishedSeries leicestershireEhcps() {
        long[] counts = {2630, 2688, 2769, 2794, 2772, 2770, 2995, 3350, 3703, 4222, 4751};
        List<Observation> observations = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            observations.add(new Observation(LocalDate.of(2010 + i, 1, 31), counts[i]));
        }
        return new PublishedSeries(new SeriesRef("ehcp", java.nio.file.Path.of("series/ehcp.csv"), "plans",
                "EHCPs (January count)", java.nio.file.Path.of("series/ehcp-la-2010-2019.csv")), observations,
                "DfE SEN2, Leicestershire, January 2010-2020; all English authorities, January 2010-2019",
                "/uk/sufficiency/engine/synthetic/ehcp-la-2010-2019.csv");
    }
}
