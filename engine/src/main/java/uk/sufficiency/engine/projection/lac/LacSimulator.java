package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Monte Carlo stock-flow simulation of individual looked-after children in monthly steps.
 *
 * <p>Each simulation first draws its own parameters (transition probabilities from their Dirichlet
 * posteriors, entry rates from their posteriors), then steps month by month. In month t every child
 * in care at the previous month end: leaves care if they turn 18 during the month; otherwise draws
 * one outcome (stay, move to another category, leave) from the probabilities of their state (age
 * band at the start of the month x category), with the month's scenario edits applied; a child who
 * stays and reaches a duration cap may then be moved by it. New entrants are drawn as a Poisson
 * number with the month's expected total and spread over states in proportion to the expected
 * entries. Child-days of care accrue per category and financial year: a whole month for a child in
 * the same category at both month ends, half a month in each when they moved, entered or left during
 * the month (the day is not modelled).
 *
 * <p>Seeding: simulation i uses its own generator seeded with the i-th number of a SplittableRandom
 * seeded with the run seed, so results do not depend on thread scheduling.
 */
public final class LacSimulator {

    /** Everything a run needs. */
    public record Inputs(TransitionPosterior transitions, EntryModel entries, int[][] entryAgesByBand,
            List<ChildState> population, LocalDate baseMonthEnd, int months, ScenarioEdits edits) {
    }

    private LacSimulator() {
    }

    public static SimulationResult run(Inputs in, int simulations, long seed) {
        StateSpace space = in.transitions().space();
        YearMonth base = YearMonth.from(in.baseMonthEnd());
        List<YearMonth> months = new ArrayList<>();
        for (int t = 1; t <= in.months(); t++) {
            months.add(base.plusMonths(t));
        }
        List<Integer> years = months.stream().map(CostModel::financialYearOf).distinct().toList();
        int[] fyIndex = months.stream().mapToInt(m -> years.indexOf(CostModel.financialYearOf(m))).toArray();
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
        IntStream.range(0, simulations).parallel().forEach(i -> simulate(in, space, months, fyIndex,
                new SplittableRandomGenerator(seeds[i]), stock[i], entries[i], exits[i], careDays[i]));
        return new SimulationResult(space, months, years, stock, entries, exits, careDays);
    }

    private static void simulate(Inputs in, StateSpace space, List<YearMonth> months, int[] fyIndex,
            RandomGenerator rng, int[] stock, int[] entries, int[] exits, double[] careDays) {
        int k = space.categoryCount();
        int nb = space.bands().size();
        int exitOutcome = space.exitOutcome();
        AgeBands bands = space.bands();
        double[][] drawn = in.transitions().draw(rng);
        double[][] expectedEntries = in.entries().expected(rng, months);
        double[][] cumulative = cumulative(drawn);

        int capacity = Math.max(16, in.population().size() * 2);
        int[] age = new int[capacity];
        int[] cat = new int[capacity];
        int[] dur = new int[capacity];
        int n = 0;
        for (ChildState c : in.population()) {
            age[n] = c.ageMonths();
            cat[n] = c.category();
            dur[n] = c.monthsInCategory();
            n++;
        }
        ScenarioEdits.Cap[] caps = new ScenarioEdits.Cap[k];
        for (int t = 0; t < months.size(); t++) {
            YearMonth month = months.get(t);
            double days = month.lengthOfMonth();
            double half = days / 2.0;
            int fyBase = fyIndex[t] * k;
            double[][] cum = in.edits().hasRateEdits() ? cumulative(in.edits().applyRates(drawn, month)) : cumulative;
            for (int c = 0; c < k; c++) {
                caps[c] = in.edits().capFor(c, month);
            }
            int kept = 0;
            int leaving = 0;
            for (int j = 0; j < n; j++) {
                int a = age[j];
                int c = cat[j];
                int d = dur[j];
                if (a + 1 >= AgeBands.LEAVING_AGE_MONTHS) {
                    careDays[fyBase + c] += half;
                    leaving++;
                    continue;
                }
                double[] row = cum[bands.bandOf(a) * k + c];
                double u = rng.nextDouble();
                int o = 0;
                while (o < exitOutcome && u >= row[o]) {
                    o++;
                }
                if (o == exitOutcome) {
                    careDays[fyBase + c] += half;
                    leaving++;
                    continue;
                }
                if (o == c) {
                    careDays[fyBase + c] += days;
                    d++;
                    ScenarioEdits.Cap cap = caps[c];
                    if (cap != null && d == cap.maxMonths() && rng.nextDouble() < cap.probability()) {
                        if (cap.target() == exitOutcome) {
                            leaving++;
                            continue;
                        }
                        c = cap.target();
                        d = 0;
                    }
                } else {
                    careDays[fyBase + c] += half;
                    careDays[fyBase + o] += half;
                    c = o;
                    d = 0;
                }
                age[kept] = a + 1;
                cat[kept] = c;
                dur[kept] = d;
                kept++;
            }
            n = kept;
            exits[t] = leaving;

            double[] expected = expectedEntries[t];
            if (in.edits() != null) {
                in.edits().applyEntries(expected, month);
            }
            double total = 0;
            for (double e : expected) {
                total += e;
            }
            int arrivals = total > 0 ? new PoissonDistribution(rng, total, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
            entries[t] = arrivals;
            if (n + arrivals > age.length) {
                int size = Math.max(age.length * 2, n + arrivals);
                age = java.util.Arrays.copyOf(age, size);
                cat = java.util.Arrays.copyOf(cat, size);
                dur = java.util.Arrays.copyOf(dur, size);
            }
            for (int e = 0; e < arrivals; e++) {
                double u = rng.nextDouble() * total;
                int s = 0;
                while (s < expected.length - 1 && u >= expected[s]) {
                    u -= expected[s];
                    s++;
                }
                int band = space.bandOfState(s);
                int c = space.categoryOfState(s);
                age[n] = entryAge(in.entryAgesByBand()[band], bands.bands().get(band), rng);
                cat[n] = c;
                dur[n] = 0;
                careDays[fyBase + c] += half;
                n++;
            }
            int offset = t * k * nb;
            for (int j = 0; j < n; j++) {
                stock[offset + cat[j] * nb + bands.bandOf(age[j])]++;
            }
        }
    }

    /** An observed entry age in the band, or a uniform age within the band if none was observed. */
    private static int entryAge(int[] observed, AgeBands.Band band, RandomGenerator rng) {
        if (observed.length > 0) {
            return observed[rng.nextInt(observed.length)];
        }
        return band.fromMonths() + rng.nextInt(band.widthMonths());
    }

    private static double[][] cumulative(double[][] p) {
        double[][] cum = new double[p.length][];
        for (int s = 0; s < p.length; s++) {
            cum[s] = new double[p[s].length];
            double acc = 0;
            for (int o = 0; o < p[s].length; o++) {
                acc += p[s][o];
                cum[s][o] = acc;
            }
        }
        return cum;
    }
}
