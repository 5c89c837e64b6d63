package uk.sufficiency.engine.ssda903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.model.validation.Problem;

/**
 * Whether consecutive SSDA903 returns form one continuous record. A child looked after at the end of
 * one collection year is in the next year's return (its open episode continues there), and a child
 * in care before a year began was in the earlier return. When returns break these rules the later
 * years are not the continuation of the earlier ones (an extract drawn year by year, a return
 * submitted incomplete), and flows measured across the break, entries above all, are artefacts of
 * the extract: a projection fitted or backtested on them measures the extract, not the authority
 * (decision 0038, "The synthetic sample").
 *
 * <p>For each pair of returns (y, y+1): {@code open} = children with an episode open at the end of
 * return y, {@code missing} = those with no episode in return y+1, {@code late} = children first
 * seen in return y+1 whose earliest episode there began before 1 April y+1 although return y did
 * not carry them. Every pair with a missing or late child gets one warning with the counts; it says
 * the returns are not one continuous record when the missing and late children together are at
 * least {@value #BROKEN_SHARE_PERCENT}% of {@code open}.
 */
public final class ReturnContinuity {

    /** Words of the warning for a pair of returns that is not one continuous record. */
    public static final String NOT_CONTINUOUS = "are not one continuous record";

    /** Share of the open children, in percent, from which a pair of returns counts as not continuous. */
    public static final int BROKEN_SHARE_PERCENT = 5;

    private final Map<Integer, Map<String, LocalDate>> earliestStart = new TreeMap<>();
    private final Map<Integer, List<String>> openAtEnd = new TreeMap<>();
    private final Map<Integer, Path> files = new HashMap<>();

    /** Records one return's parsed episodes (before any merging or cleaning across years). */
    public void add(int year, Path file, Collection<Episode> episodes) {
        Map<String, LocalDate> starts = earliestStart.computeIfAbsent(year, y -> new HashMap<>());
        List<String> open = openAtEnd.computeIfAbsent(year, y -> new ArrayList<>());
        for (Episode e : episodes) {
            starts.merge(e.childId(), e.start(), (a, b) -> a.isBefore(b) ? a : b);
            if (e.end() == null && !open.contains(e.childId())) {
                open.add(e.childId());
            }
        }
        files.put(year, file);
    }

    /** One warning per pair of consecutive returns with missing or late children. */
    public List<Problem> check() {
        List<Problem> warnings = new ArrayList<>();
        for (int year : earliestStart.keySet()) {
            Map<String, LocalDate> next = earliestStart.get(year + 1);
            if (next == null) {
                continue;
            }
            Map<String, LocalDate> earlier = earliestStart.get(year);
            List<String> open = openAtEnd.get(year);
            long missing = open.stream().filter(child -> !next.containsKey(child)).count();
            LocalDate nextYearStart = LocalDate.of(year + 1, 4, 1);
            long late = next.entrySet().stream()
                    .filter(e -> !earlier.containsKey(e.getKey()) && e.getValue().isBefore(nextYearStart)).count();
            if (missing + late == 0) {
                continue;
            }
            boolean broken = 100.0 * (missing + late) >= BROKEN_SHARE_PERCENT * Math.max(1, open.size());
            warnings.add(Problem.warning(files.get(year + 1), 0, "CHILD", null, String.format(Locale.ROOT,
                    "returns %d and %d %s: %d of the %d children in care at the end of the %d return are absent from the"
                            + " %d return, and %d children in care before 1 April %d appear first in it%s",
                    year, year + 1, broken ? NOT_CONTINUOUS : "do not fully agree", missing, open.size(),
                    year, year + 1, late, year + 1,
                    broken ? "; flows across these years (entries above all) reflect the extract, and projections"
                            + " fitted or backtested on them measure the extract, not the authority" : "")));
        }
        return warnings;
    }
}
