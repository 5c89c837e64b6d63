package uk.sufficiency.engine.projection.ehcp;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.model.settings.Assumption;

/**
 * A checked projection request: the section's settings with every default filled in, the inputs
 * they name (read and checked), and the time frame.
 *
 * @param originYear  the census the projection starts from ({@code base_year}, else the last census)
 * @param fitFromYear the first census the rates are fitted on
 * @param asOfDate    the scenario's as-of date, or null for a folder that is not a scenario
 * @param seed        the section's seed, or null
 * @param assumptions every setting used, with its source
 */
public record EhcpRequest(EhcpSettings settings, EhcpInputs inputs, int originYear, int fitFromYear, LocalDate asOfDate,
        Long seed, List<Assumption> assumptions) {

    public EhcpRequest {
        assumptions = List.copyOf(assumptions);
    }

    public int years() {
        return settings.years();
    }

    public int simulations() {
        return settings.simulations();
    }

    /** The first projected census year. */
    public int firstProjectedYear() {
        return originYear + 1;
    }

    /** How the projection's start relates to the scenario's as-of date, in one sentence; empty when they agree. */
    public String timeFrameNote() {
        if (asOfDate == null) {
            return "";
        }
        // the latest January census on or before the as-of date
        int asOfCensus = asOfDate.getMonthValue() >= 2 ? asOfDate.getYear() : asOfDate.getYear() - 1;
        if (asOfCensus == originYear) {
            return "";
        }
        return "The scenario is as of " + asOfDate + ", but its EHCP counts run to January "
                + inputs.lastCensusYear() + "; this projection starts from the January " + originYear
                + " census (" + (originYear > asOfCensus ? "after" : "before")
                + " the as-of date), so its years are census years from " + (originYear + 1) + ", not the years after "
                + asOfDate.getYear() + ".";
    }
}
