package uk.sufficiency.engine.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads a folder of SSDA903 returns ({@code <year>-header.csv} and {@code <year>-episodes.csv}, one
 * pair per collection year April-March; other 903 tables are ignored), merges the years and cleans
 * the episodes:
 * <ul>
 *   <li>a row that cannot be used (no CHILD, bad date, ceased before it began, no PLACE, no date of
 *       birth for the child) is rejected and reported as a data-quality warning;</li>
 *   <li>the same episode (CHILD, DECOM) returned in several years: the latest year's copy is kept,
 *       because it carries the end date once the episode closes;</li>
 *   <li>a duplicate (CHILD, DECOM) within one file: the later row is kept, the earlier reported;</li>
 *   <li>an episode still open in a year's return that no later return carries is treated as ended at
 *       the end of that collection year (the child was no longer looked after), and reported;</li>
 *   <li>overlapping episodes of a child are cut at the next episode's start, and reported;</li>
 *   <li>consecutive returns that do not continue each other (children in care at one year's end
 *       missing from the next return, or first seen later) are reported ({@link ReturnContinuity}).</li>
 * </ul>
 * Placement-type changes are kept: every episode keeps its own placement category.
 * A folder that holds no usable returns, or files that lack required columns, is an input error.
 */
public final class Ssda903Reader {

    public static final List<String> HEADER_COLUMNS = List.of("CHILD", "DOB");
    public static final List<String> EPISODE_COLUMNS = List.of("CHILD", "DECOM", "DEC", "PLACE", "PLACE_PROVIDER");

    private static final Logger LOG = LoggerFactory.getLogger(Ssda903Reader.class);
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})-(header|episodes)\\.csv");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final PlacementCategoryMap categories;

    public Ssda903Reader(PlacementCategoryMap categories) {
        this.categories = categories;
    }

    /** True if the folder holds at least one {@code <year>-episodes.csv}. */
    public static boolean looksLikeReturns(Path dir) {
        return !findFiles(dir, "episodes").isEmpty();
    }

    public Ssda903Data read(Path dir) {
        Map<Integer, Path> headers = findFiles(dir, "header");
        Map<Integer, Path> episodeFiles = findFiles(dir, "episodes");
        ProblemCollector problems = new ProblemCollector();
        checkFilesPair(dir, headers, episodeFiles, problems);
        // Read every file before judging, so that all missing columns are reported in one pass.
        Map<Integer, CsvTable> headerTables = new TreeMap<>();
        Map<Integer, CsvTable> episodeTables = new TreeMap<>();
        headers.forEach((year, file) -> readTable(file, HEADER_COLUMNS, problems, headerTables, year));
        episodeFiles.forEach((year, file) -> readTable(file, EPISODE_COLUMNS, problems, episodeTables, year));
        problems.throwIfErrors();

        List<Problem> quality = new ArrayList<>();
        Map<String, LocalDate> birthDates = readBirthDates(headerTables, quality);
        int firstYear = episodeTables.keySet().iterator().next();
        int lastYear = ((TreeMap<Integer, CsvTable>) episodeTables).lastKey();
        LocalDate periodStart = LocalDate.of(firstYear, 4, 1);
        LocalDate periodEnd = LocalDate.of(lastYear + 1, 3, 31);

        Map<String, Versioned> latest = new LinkedHashMap<>();
        int rowsRead = 0;
        int superseded = 0;
        Map<String, Integer> unmappedCodes = new TreeMap<>();
        ReturnContinuity continuity = new ReturnContinuity();
        for (Map.Entry<Integer, CsvTable> entry : episodeTables.entrySet()) {
            int year = entry.getKey();
            CsvTable table = entry.getValue();
            LocalDate yearEnd = LocalDate.of(year + 1, 3, 31);
            Map<String, Episode> inFile = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                rowsRead++;
                Episode episode = parseEpisode(table, row, yearEnd, quality, unmappedCodes);
                if (episode == null) {
                    continue;
                }
                String key = episode.childId() + "|" + episode.start();
                Episode earlier = inFile.put(key, episode);
                if (earlier != null) {
                    quality.add(Problem.warning(table.file(), earlier.line(), "DECOM", earlier.start().toString(),
                            "rejected: duplicate episode (same CHILD and DECOM) in one file; line " + row.line() + " is kept"));
                }
            }
            continuity.add(year, table.file(), inFile.values());
            for (Map.Entry<String, Episode> e : inFile.entrySet()) {
                if (latest.put(e.getKey(), new Versioned(year, e.getValue())) != null) {
                    superseded++;
                }
            }
        }
        quality.addAll(continuity.check());
        unmappedCodes.forEach((code, count) -> quality.add(Problem.warning(null, 0, "PLACE", code,
                count + " episode(s) with a PLACE/PLACE_PROVIDER pair no category rule matches were put in '"
                        + categories.defaultCategory() + "'")));

        Map<String, List<Versioned>> byChild = new TreeMap<>();
        for (Versioned v : latest.values()) {
            byChild.computeIfAbsent(v.episode().childId(), k -> new ArrayList<>()).add(v);
        }
        List<Episode> kept = keepChildrenWithBirthDates(byChild, birthDates, lastYear, quality);
        LOG.info("SSDA903: {} episode rows read from {} year(s); {} episodes kept for {} children; {} data-quality warnings",
                rowsRead, episodeTables.size(), kept.size(), byChild.size(), quality.size());
        return new Ssda903Data(kept, birthDates, periodStart, periodEnd, quality, rowsRead, superseded);
    }

    /** Every episodes file needs its header file (dates of birth); no episodes file at all is an error. */
    private static void checkFilesPair(Path dir, Map<Integer, Path> headers, Map<Integer, Path> episodeFiles,
            ProblemCollector problems) {
        if (episodeFiles.isEmpty()) {
            problems.error(dir, 0, null, null,
                    "no SSDA903 episodes file found: expected files named <year>-episodes.csv and <year>-header.csv");
            problems.throwIfErrors();
        }
        for (Integer year : episodeFiles.keySet()) {
            if (!headers.containsKey(year)) {
                problems.error(dir.resolve(year + "-header.csv"), 0, null, null,
                        "missing: " + year + "-episodes.csv needs its header file for the children's dates of birth");
            }
        }
    }

    /** Each child's cleaned episodes, sorted; a child no header file dates is rejected with a warning. */
    private List<Episode> keepChildrenWithBirthDates(Map<String, List<Versioned>> byChild,
            Map<String, LocalDate> birthDates, int lastYear, List<Problem> quality) {
        List<Episode> kept = new ArrayList<>();
        for (Map.Entry<String, List<Versioned>> entry : byChild.entrySet()) {
            if (!birthDates.containsKey(entry.getKey())) {
                for (Versioned v : entry.getValue()) {
                    quality.add(Problem.warning(v.episode().file(), v.episode().line(), "CHILD", null,
                            "rejected: no header file gives this child a date of birth"));
                }
                continue;
            }
            kept.addAll(cleanChild(entry.getValue(), lastYear, quality));
        }
        kept.sort(Comparator.comparing(Episode::childId).thenComparing(Episode::start));
        return kept;
    }

    private record Versioned(int year, Episode episode) {
    }

    private static List<Episode> cleanChild(List<Versioned> versions, int lastYear, List<Problem> quality) {
        versions.sort(Comparator.comparing(v -> v.episode().start()));
        List<Episode> episodes = new ArrayList<>();
        for (Versioned v : versions) {
            Episode e = v.episode();
            if (e.end() == null && v.year() < lastYear) {
                LocalDate yearEnd = LocalDate.of(v.year() + 1, 3, 31);
                quality.add(Problem.warning(e.file(), e.line(), "DEC", null,
                        "adjusted: episode open at the end of the " + v.year() + " return but absent from later returns;"
                                + " treated as ceased on " + yearEnd));
                e = e.withEnd(yearEnd);
            }
            episodes.add(e);
        }
        for (int i = 0; i + 1 < episodes.size(); i++) {
            Episode current = episodes.get(i);
            LocalDate nextStart = episodes.get(i + 1).start();
            if (current.end() == null || current.end().isAfter(nextStart)) {
                quality.add(Problem.warning(current.file(), current.line(), "DEC",
                        current.end() == null ? "" : current.end().toString(),
                        "adjusted: episode overlaps the child's next episode; treated as ceased on " + nextStart));
                episodes.set(i, current.withEnd(nextStart));
            }
        }
        return episodes;
    }

    private Episode parseEpisode(CsvTable table, CsvTable.Row row, LocalDate yearEnd, List<Problem> quality,
            Map<String, Integer> unmappedCodes) {
        Path file = table.file();
        String child = table.get(row, "CHILD");
        if (child.isEmpty()) {
            quality.add(Problem.warning(file, row.line(), "CHILD", null, "rejected: CHILD is empty"));
            return null;
        }
        String decomText = table.get(row, "DECOM");
        LocalDate start = parseDate(decomText);
        if (start == null) {
            quality.add(Problem.warning(file, row.line(), "DECOM", decomText,
                    "rejected: DECOM must be a date (dd/mm/yyyy or yyyy-mm-dd)"));
            return null;
        }
        String decText = table.get(row, "DEC");
        LocalDate end = decText.isEmpty() ? null : parseDate(decText);
        if (!decText.isEmpty() && end == null) {
            quality.add(Problem.warning(file, row.line(), "DEC", decText,
                    "rejected: DEC must be empty or a date (dd/mm/yyyy or yyyy-mm-dd)"));
            return null;
        }
        if (end != null && end.isBefore(start)) {
            quality.add(Problem.warning(file, row.line(), "DEC", decText, "rejected: DEC is before DECOM"));
            return null;
        }
        if (start.isAfter(yearEnd)) {
            quality.add(Problem.warning(file, row.line(), "DECOM", decText,
                    "rejected: DECOM is after the end of the collection year (" + yearEnd + ")"));
            return null;
        }
        String place = table.get(row, "PLACE").toUpperCase(Locale.ROOT);
        if (place.isEmpty()) {
            quality.add(Problem.warning(file, row.line(), "PLACE", null, "rejected: PLACE is empty"));
            return null;
        }
        String provider = table.get(row, "PLACE_PROVIDER").toUpperCase(Locale.ROOT);
        String category = categories.match(place, provider);
        if (category == null) {
            unmappedCodes.merge(place + "/" + (provider.isEmpty() ? "-" : provider), 1, Integer::sum);
            category = categories.defaultCategory();
        }
        return new Episode(child, start, end, place, provider, category, file, row.line());
    }

    private static Map<String, LocalDate> readBirthDates(Map<Integer, CsvTable> headerTables, List<Problem> quality) {
        Map<String, LocalDate> birthDates = new HashMap<>();
        for (CsvTable table : headerTables.values()) {
            Map<String, Integer> seen = new HashMap<>();
            for (CsvTable.Row row : table.rows()) {
                String child = table.get(row, "CHILD");
                String dobText = table.get(row, "DOB");
                if (child.isEmpty()) {
                    quality.add(Problem.warning(table.file(), row.line(), "CHILD", null, "rejected: CHILD is empty"));
                    continue;
                }
                LocalDate dob = parseDate(dobText);
                if (dob == null) {
                    quality.add(Problem.warning(table.file(), row.line(), "DOB", dobText,
                            "rejected: DOB must be a date (dd/mm/yyyy or yyyy-mm-dd)"));
                    continue;
                }
                Integer earlierLine = seen.put(child, row.line());
                if (earlierLine != null) {
                    quality.add(Problem.warning(table.file(), earlierLine, "CHILD", null,
                            "rejected: the child appears twice in this header file; line " + row.line() + " is kept"));
                }
                LocalDate before = birthDates.put(child, dob);
                if (before != null && !before.equals(dob) && earlierLine == null) {
                    quality.add(Problem.warning(table.file(), row.line(), "DOB", dobText,
                            "DOB differs from an earlier year's header (" + before + "); this later value is used"));
                }
            }
        }
        return birthDates;
    }

    private static void readTable(Path file, List<String> required, ProblemCollector problems,
            Map<Integer, CsvTable> into, int year) {
        try {
            CsvTable table = CsvTable.read(file);
            List<Problem> missing = table.missingColumns(required);
            missing.forEach(problems::add);
            if (missing.isEmpty()) {
                into.put(year, table);
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
        }
    }

    /** Parses dd/mm/yyyy (the 903 layout) or ISO yyyy-mm-dd; null if neither. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<Integer, Path> findFiles(Path dir, String table) {
        Map<Integer, Path> found = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : new TreeSet<>(files.toList())) {
                Matcher m = FILE_NAME.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT));
                if (m.matches() && m.group(2).equals(table)) {
                    found.put(Integer.parseInt(m.group(1)), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
        return found;
    }
}
