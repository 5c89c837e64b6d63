package uk.sufficiency.engine.projection.lac;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * One simulation of {@link LacSimulator}: the children in care as parallel arrays (age in months,
 * category, months in category), stepped month by month. In month t every child in care at the
 * previous month end: leaves care if they turn 18 during the month; otherwise draws one outcome (stay,
 * move to another category, leave) from the probabilities of their state (age band at the start of
 * the month x category), with the month's scenario edits and drift applied; a child who stays and
 * reaches a duration cap may then be moved by it. New entrants are drawn as a Poisson number with the
 * month's expected total and spread over states in proportion to the expected entries. Child-days of
 * care accrue per category and financial year: a whole month for a child in the same category at both
 * month ends, half a month in each when they moved, entered or left during the month.
 */
final class ChildMonths {

    private final LacSimulator.Inputs in;
    private final LacStates space;
    private final List<YearMonth> months;
    private final int[] fyIndex;
    private final RandomGenerator rng;
    private final double[] careDays;
    private final double[][] drawn;
    private final double[][] cumulative;
    private final double[][] expectedEntries;
    private final double[][] drift;
    private final ScenarioEdits.Cap[] caps;
    private int[] age;
    private int[] cat;
    private int[] dur;
    private int n;

    ChildMonths(LacSimulator.Inputs in, LacStates space, List<YearMonth> months, int[] fyIndex, RandomGenerator rng,
            double[] careDays) {
        this.in = in;
        this.space = space;
        this.months = months;
        this.fyIndex = fyIndex;
        this.rng = rng;
        this.careDays = careDays;
        this.drawn = in.transitions().draw(rng);
        this.cumulative = cumulative(drawn);
        this.expectedEntries = in.entries().expected(rng, months);
        this.drift = in.drift().draw(rng, months.size());
        this.caps = new ScenarioEdits.Cap[space.categoryCount()];
        int capacity = Math.max(16, in.population().size() * 2);
        age = new int[capacity];
        cat = new int[capacity];
        dur = new int[capacity];
        for (ChildState c : in.population()) {
            age[n] = c.ageMonths();
            cat[n] = c.category();
            dur[n] = c.monthsInCategory();
            n++;
        }
    }

    void run(int[] stock, int[] entries, int[] exits) {
        int k = space.categoryCount();
        int nb = space.bands().size();
        for (int t = 0; t < months.size(); t++) {
            exits[t] = stepChildren(t);
            entries[t] = admit(t);
            int offset = t * k * nb;
            for (int j = 0; j < n; j++) {
                stock[offset + cat[j] * nb + space.bands().bandOf(age[j])]++;
            }
        }
    }

    /** Ages, moves and discharges the children in care; returns how many left care in month t. */
    private int stepChildren(int t) {
        YearMonth month = months.get(t);
        int k = space.categoryCount();
        int exitOutcome = space.exitOutcome();
        double days = month.lengthOfMonth();
        double half = days / 2.0;
        int fyBase = fyIndex[t] * k;
        double[][] cum = in.edits().hasRateEdits() ? cumulative(in.edits().applyRates(drawn, month)) : cumulative;
        double exitMultiplier = drift[1][t];
        for (int c = 0; c < k; c++) {
            caps[c] = in.edits().capFor(c, month);
        }
        int kept = 0;
        int leaving = 0;
        for (int j = 0; j < n; j++) {
            int a = age[j];
            int c = cat[j];
            int d = dur[j];
            int o = a + 1 >= AgeBands.LEAVING_AGE_MONTHS ? exitOutcome
                    : outcome(cum[space.bands().bandOf(a) * k + c], exitOutcome, exitMultiplier);
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
        return leaving;
    }

    /**
     * Draws a month's outcome from a state's cumulative probabilities (exit last), with the leaving
     * probability scaled by the drift and the other outcomes keeping their relative odds.
     */
    private int outcome(double[] row, int exitOutcome, double exitMultiplier) {
        double stayOrMove = row[exitOutcome - 1];
        double exit = Math.min(1.0, (1.0 - stayOrMove) * exitMultiplier);
        double u = rng.nextDouble();
        if (u < exit) {
            return exitOutcome;
        }
        double v = (u - exit) / (1.0 - exit) * stayOrMove;
        int o = 0;
        while (o < exitOutcome - 1 && v >= row[o]) {
            o++;
        }
        return o;
    }

    /** Draws month t's entrants and adds them; returns how many entered. */
    private int admit(int t) {
        YearMonth month = months.get(t);
        int fyBase = fyIndex[t] * space.categoryCount();
        double half = month.lengthOfMonth() / 2.0;
        double[] expected = expectedEntries[t];
        in.edits().applyEntries(expected, month);
        double total = 0;
        for (int s = 0; s < expected.length; s++) {
            expected[s] *= drift[0][t];
            total += expected[s];
        }
        int arrivals = total > 0 ? new PoissonDistribution(rng, total, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        if (n + arrivals > age.length) {
            int size = Math.max(age.length * 2, n + arrivals);
            age = Arrays.copyOf(age, size);
            cat = Arrays.copyOf(cat, size);
            dur = Arrays.copyOf(dur, size);
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
            age[n] = entryAge(in.entryAgesByBand()[band], space.bands().bands().get(band));
            cat[n] = c;
            dur[n] = 0;
            careDays[fyBase + c] += half;
            n++;
        }
        return arrivals;
    }

    /** An observed entry age in the band, or a uniform age within the band if none was observed. */
    private int entryAge(int[] observed, AgeBands.Band band) {
        if (observed.length > 0) {
            return observed[rng.nextInt(observed.length)];
        }
        return band.fromMonths() + rng.nextInt(band.widthMonths());
    }

    static double[][] cumulative(double[][] p) {
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
