package uk.sufficiency.cli.report;

import java.util.List;

/**
 * Everything a report shows, in order. Holds no timings or dates of the run itself, so the same
 * inputs and seed give the same report byte for byte.
 *
 * @param title    the page title
 * @param facts    short "label: value" lines under the title (scenario, as-of date, seed, version)
 * @param sections the sections in order; their headlines are gathered at the top
 */
public record Report(String title, List<String> facts, List<Section> sections) {

    public Report {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
    }

    public List<Section> failedSections() {
        return sections.stream().filter(Section::failed).toList();
    }
}
