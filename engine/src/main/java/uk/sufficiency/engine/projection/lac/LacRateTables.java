package uk.sufficiency.engine.projection.lac;

import java.time.YearMonth;
import org.apache.commons.math3.distribution.BetaDistribution;
import uk.sufficiency.model.table.Table;

/** The fitted rates as tables: monthly outcome probabilities by state, and expected entries. */
final class LacRateTables {

    private LacRateTables() {
    }

    /** Observed counts and the posterior of each state's monthly outcome probabilities (Beta marginals). */
    static Table rates(LacProjectionResult r) {
        TransitionPosterior p = r.fit().transitions();
        LacStates space = r.states();
        Table.Builder table = Table.builder("lac-rates", "Monthly outcome probabilities by age band and category",
                "age_band", "from_category", "to", "observed_count", "observed_child_months", "monthly_probability_mean",
                "monthly_probability_lower_95", "monthly_probability_upper_95").keys(3);
        for (int s = 0; s < space.stateCount(); s++) {
            double months = EntryModel.total(p.counts()[s]);
            double total = p.alphaTotal(s);
            for (int o = 0; o <= space.exitOutcome(); o++) {
                double a = p.alpha(s, o);
                BetaDistribution beta = new BetaDistribution(null, a, total - a);
                table.row(space.bands().bands().get(space.bandOfState(s)).label(),
                        space.categories().get(space.categoryOfState(s)), space.outcomeName(o),
                        LacTables.round(p.counts()[s][o], 0), LacTables.round(months, 0), LacTables.round(p.mean(s, o), 6),
                        LacTables.round(beta.inverseCumulativeProbability(0.025), 6),
                        LacTables.round(beta.inverseCumulativeProbability(0.975), 6));
            }
        }
        return table.build();
    }

    /** Entries observed in the window and expected in the first projected month, by state. */
    static Table entryRates(LacProjectionResult r) {
        LacStates space = r.states();
        Observations obs = r.fit().observations();
        YearMonth first = r.paths().months().get(0);
        double[] mean = r.fit().entries().meanPerMonth(first);
        Table.Builder table = Table.builder("lac-entry-rates", "Entries into care by age band and category",
                "age_band", "category", "observed_entries", "window_months",
                "mean_entries_per_month_first_projected_month").keys(2);
        for (int s = 0; s < space.stateCount(); s++) {
            table.row(space.bands().bands().get(space.bandOfState(s)).label(),
                    space.categories().get(space.categoryOfState(s)), LacTables.round(obs.entryCounts()[s], 0),
                    obs.windowMonths(), LacTables.round(mean[s], 4));
        }
        return table.build();
    }
}
