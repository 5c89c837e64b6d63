package uk.sufficiency.model.scenario;

import java.time.LocalDate;
import uk.sufficiency.model.Word;

/**
 * A target a series should meet by a date, e.g. "EHCPs at most 5,106 by 31 January 2022".
 *
 * @param series         name of the series in the scenario ({@code ehcp}, {@code lac}, ...)
 * @param by             the date the target applies to
 * @param value          the target value, in the series' unit
 * @param direction      whether the series should stay at most or at least the value
 * @param amberTolerance fraction of the target within which a miss is amber, not red (e.g. 0.05)
 * @param label          how reports name the target
 */
public record Target(String series, LocalDate by, double value, Direction direction, double amberTolerance,
        String label) {

    public enum Direction implements Word {
        AT_MOST, AT_LEAST;

        public boolean isMetBy(double outcome, double target) {
            return this == AT_MOST ? outcome <= target : outcome >= target;
        }
    }
}
