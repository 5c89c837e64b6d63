package uk.sufficiency.engine.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.sufficiency.model.validation.Problem;

/**
 * Cleaned, merged SSDA903 history of one local authority.
 *
 * @param episodes     kept episodes, sorted by child then start; no two of a child's episodes overlap
 * @param birthDates   date of birth by child (the latest header that gives one)
 * @param periodStart  first day covered by the returns (1 April of the first collection year)
 * @param periodEnd    last day covered (31 March after the last collection year)
 * @param dataQuality  every rejected or adjusted row, as warnings with file, line and reason
 * @param rowsRead     episode rows read over all files
 * @param superseded   episode rows replaced by a later year's copy of the same episode (normal, not a warning)
 */
public record Ssda903Data(List<Episode> episodes, Map<String, LocalDate> birthDates, LocalDate periodStart,
        LocalDate periodEnd, List<Problem> dataQuality, int rowsRead, int superseded) {

    public Ssda903Data {
        episodes = List.copyOf(episodes);
        birthDates = Map.copyOf(birthDates);
        dataQuality = List.copyOf(dataQuality);
    }
}
