package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.ssda903.Episode;
import uk.sufficiency.engine.ssda903.ReturnContinuity;
import uk.sufficiency.engine.ssda903.Ssda903Data;

/**
 * Child-level history from cleaned SSDA903 episodes. A child is "in care at a month end" if an
 * episode is open at the end of that day (DECOM on or before it, DEC empty or after it), the rule the
 * DfE uses for the 31 March count.
 */
public final class EpisodeHistory implements LacHistory {

    private record Child(LocalDate birthDate, List<Episode> episodes) {
    }

    private final Ssda903Data data;
    private final Map<String, Child> children = new LinkedHashMap<>();

    public EpisodeHistory(Ssda903Data data) {
        this.data = data;
        for (Episode e : data.episodes()) {
            children.computeIfAbsent(e.childId(), id -> new Child(data.birthDates().get(id), new ArrayList<>()))
                    .episodes().add(e);
        }
    }

    public Ssda903Data data() {
        return data;
    }

    @Override
    public LocalDate firstSnapshot() {
        // Every child looked after on 1 April of the first year is in that year's return, so the stock
        // at the end of the day before is known.
        return data.periodStart().minusDays(1);
    }

    @Override
    public LocalDate lastSnapshot() {
        return data.periodEnd();
    }

    @Override
    public String describe() {
        long broken = data.dataQuality().stream().filter(p -> p.rule().contains(ReturnContinuity.NOT_CONTINUOUS)).count();
        return "SSDA903 returns " + data.periodStart() + " to " + data.periodEnd() + ", " + children.size()
                + " children, " + data.episodes().size() + " episodes"
                + (broken == 0 ? "" : " (warning: " + broken + " pair(s) of consecutive returns are not one continuous"
                        + " record, lac-data-quality: flows across them, and backtests over them, reflect the extract)");
    }

    private static Episode openAt(Child child, LocalDate day) {
        for (Episode e : child.episodes()) {
            if (e.openAtEndOf(day)) {
                return e;
            }
        }
        return null;
    }

    private static int ageMonths(Child child, LocalDate day) {
        return (int) Math.max(0, Period.between(child.birthDate(), day).toTotalMonths());
    }

    /** Months since the child entered the category of {@code current}, through back-to-back episodes. */
    private static int monthsInCategory(Child child, Episode current, LocalDate day) {
        LocalDate since = current.start();
        List<Episode> eps = child.episodes();
        for (int i = eps.indexOf(current) - 1; i >= 0; i--) {
            Episode prev = eps.get(i);
            if (prev.end() != null && prev.end().equals(since) && prev.category().equals(current.category())) {
                since = prev.start();
            } else {
                break;
            }
        }
        return (int) Math.max(0, Period.between(since, day).toTotalMonths());
    }

    @Override
    public Observations observe(LacStates space, LocalDate start, LocalDate end) {
        int k = space.categoryCount();
        int months = (int) Period.between(YearMonth.from(start).atDay(1), YearMonth.from(end).atDay(1)).toTotalMonths();
        double[][] outcomes = new double[space.stateCount()][k + 1];
        double[] entries = new double[space.stateCount()];
        double[] monthly = new double[months];
        List<List<Integer>> ages = new ArrayList<>();
        for (int b = 0; b < space.bands().size(); b++) {
            ages.add(new ArrayList<>());
        }
        List<ChildState> population = new ArrayList<>();
        for (Child child : children.values()) {
            for (int m = 0; m < months; m++) {
                LocalDate from = YearMonth.from(start).plusMonths(m).atEndOfMonth();
                LocalDate to = YearMonth.from(start).plusMonths(m + 1).atEndOfMonth();
                Episode before = openAt(child, from);
                Episode after = openAt(child, to);
                int ageAfter = ageMonths(child, to);
                if (ageAfter >= AgeBands.LEAVING_AGE_MONTHS) {
                    continue;
                }
                int catAfter = after == null ? -1 : space.categoryIndex(after.category());
                if (before != null) {
                    int s = space.state(space.bands().bandOf(ageMonths(child, from)), space.categoryIndex(before.category()));
                    outcomes[s][catAfter < 0 ? space.exitOutcome() : catAfter] += 1;
                } else if (after != null) {
                    int band = space.bands().bandOf(ageAfter);
                    entries[space.state(band, catAfter)] += 1;
                    monthly[m] += 1;
                    ages.get(band).add(ageAfter);
                }
            }
        }
        population.addAll(childrenAt(space, end));
        int[][] entryAges = new int[ages.size()][];
        for (int b = 0; b < ages.size(); b++) {
            entryAges[b] = ages.get(b).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new Observations(start, end, months, outcomes, entries, monthly, entryAges, population);
    }

    @Override
    public boolean isSnapshot(LocalDate monthEnd) {
        return !monthEnd.isBefore(firstSnapshot()) && !monthEnd.isAfter(lastSnapshot())
                && monthEnd.equals(YearMonth.from(monthEnd).atEndOfMonth());
    }

    @Override
    public List<ChildState> childrenAt(LacStates space, LocalDate snapshot) {
        List<ChildState> population = new ArrayList<>();
        for (Child child : children.values()) {
            Episode current = openAt(child, snapshot);
            int age = ageMonths(child, snapshot);
            if (current != null && age < AgeBands.LEAVING_AGE_MONTHS) {
                population.add(new ChildState(age, space.categoryIndex(current.category()),
                        monthsInCategory(child, current, snapshot)));
            }
        }
        return population;
    }

    @Override
    public int[][] stockAt(LacStates space, LocalDate monthEnd) {
        if (monthEnd.isBefore(firstSnapshot()) || monthEnd.isAfter(lastSnapshot())) {
            return null;
        }
        int[][] stock = new int[space.categoryCount()][space.bands().size()];
        for (Child child : children.values()) {
            Episode e = openAt(child, monthEnd);
            int age = ageMonths(child, monthEnd);
            if (e != null && age < AgeBands.LEAVING_AGE_MONTHS) {
                stock[space.categoryIndex(e.category())][space.bands().bandOf(age)]++;
            }
        }
        return stock;
    }
}
