package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import uk.sufficiency.engine.random.SplitMixRandom;

/**
 * Monte Carlo stock-flow simulation of individual looked-after children in monthly steps.
 *
 * <p>Each simulation first draws its own parameters (transition probabilities from their Dirichlet
 * posteriors, entry rates from their posteriors, and the drift of the entry and leaving rates away
 * from them, {@link RateDrift}), then steps month by month ({@link ChildMonths}): children age, leave
 * or move; new entrants arrive; the stock is counted at the month end.
 *
 * <p>Seeding: simulation i uses its own generator seeded with the i-th number of a SplittableRandom
 * seeded with the run seed, so results do not depend on thread scheduling.
 */
public final class LacSimulator {

    /**
     * Everything a run needs.
     *
     * @param drift the rate drift; {@link RateDrift#NONE} for the window's rates throughout
     */
    public record Inputs(TransitionPosterior transitions, EntryModel entries, int[][] entryAgesByBand,
            List<ChildState> population, LocalDate baseMonthEnd, int months, ScenarioEdits edits, RateDrift drift) {
    }

    private LacSimulator() {
    }

    public static SimulationResult run(Inputs in, int simulations, long seed) {
        LacStates space = in.transitions().space();
        YearMonth base = YearMonth.from(in.baseMonthEnd());
        List<YearMonth> months = new ArrayList<>();
        for (int t = 1; t <= in.months(); t++) {
            months.add(base.plusMonths(t));
        }
        List<Integer> years = months.stream().map(LacPrices::financialYearOf).distinct().toList();
        int[] fyIndex = months.stream().mapToInt(m -> years.indexOf(LacPrices.financialYearOf(m))).toArray();
        SplittableRandom master = new SplittableRandom(seed);
        long[] seeds = new long[simulations];
        for (int i = 0; i < simulations; i++) {
            seeds[i] = master.nextLong();
        }
        int k = space.categoryCount();
        int b = space.bands().size();
        int[][] stock = new int[simulations][in.months() * k * b];
        int[][] entries = new int[simulations][in.months()];
        int[][] exits = new int[simulations][in.months()];
        double[][] careDays = new double[simulations][years.size() * k];
        IntStream.range(0, simulations).parallel().forEach(i -> new ChildMonths(in, space, months, fyIndex,
                new SplitMixRandom(seeds[i]), careDays[i]).run(stock[i], entries[i], exits[i]));
        return new SimulationResult(space, months, years, stock, entries, exits, careDays);
    }
}
