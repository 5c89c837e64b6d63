package uk.sufficiency.engine.forecast.series;

import java.nio.file.Path;
import uk.sufficiency.model.table.CsvTable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads series files (DOMAIN.md section 5): {@code date,value} or {@code period,value} with one
 * series per file, or the long form {@code series_id,date,value} / {@code series_id,period,value}
 * ({@code timestamp} may stand for {@code period}, as in the M3 files; other columns are ignored).
 * Periods are years ({@code 2019}), months ({@code 2019-03}), quarters ({@code 2019-Q1}) or ISO
 * dates, whose frequency is inferred from their spacing. Every problem in the file is reported
 * in one {@link uk.sufficiency.model.validation.InvalidInputException}.
 */
public final class SeriesReader {

    /** Fewer points than this cannot be forecast with any honest interval. */
    public static final int MINIMUM_POINTS = 3;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final int minimumPoints;

    public SeriesReader() {
        this(MINIMUM_POINTS);
    }

    public SeriesReader(int minimumPoints) {
        this.minimumPoints = minimumPoints;
    }

    /** Reads every series in the file, in order of first appearance; throws if anything is wrong. */
    public List<TimeSeries> read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        List<TimeSeries> series = read(CsvTable.read(file), problems);
        problems.throwIfErrors();
        return series;
    }

    private record Observation(int line, String rawPeriod, Object key, double value) {
    }

    List<TimeSeries> read(CsvTable table, ProblemCollector problems) {
        Path file = table.file();
        boolean long_ = table.hasColumn("series_id");
        String periodName = table.hasColumn("date") ? "date" : table.hasColumn("period") ? "period"
                : table.hasColumn("timestamp") ? "timestamp" : null;
        if (periodName == null) {
            problems.error(file, 1, "date", null, "a date, period or timestamp column is required (columns found: "
                    + String.join(",", table.header()) + ")");
        }
        if (!table.hasColumn("value")) {
            problems.error(file, 1, "value", null, "a value column is required (columns found: "
                    + String.join(",", table.header()) + ")");
        }
        if (periodName == null || !table.hasColumn("value")) {
            return List.of();
        }
        String defaultId = stem(file);
        Map<String, List<Observation>> bySeries = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = long_ ? table.get(row, "series_id") : defaultId;
            if (id.isEmpty()) {
                problems.error(file, row.line(), "series_id", "", "series_id is required in the long form");
                continue;
            }
            String rawPeriod = table.get(row, periodName);
            Object key = parsePeriod(rawPeriod);
            if (key == null) {
                problems.error(file, row.line(), periodName, rawPeriod,
                        "must be a year (2019), month (2019-03), quarter (2019-Q1) or ISO date (2019-01-31)");
            }
            String rawValue = table.get(row, "value");
            Double value = parseNumber(rawValue);
            if (value == null) {
                problems.error(file, row.line(), "value", rawValue,
                        rawValue.isEmpty() ? "value is required (a series may not have gaps)" : "value must be a number");
            }
            if (key != null && value != null) {
                bySeries.computeIfAbsent(id, k -> new ArrayList<>()).add(new Observation(row.line(), rawPeriod, key, value));
            }
        }
        List<TimeSeries> result = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> entry : bySeries.entrySet()) {
            TimeSeries series = assemble(file, periodName, entry.getKey(), entry.getValue(), problems);
            if (series != null) {
                result.add(series);
            }
        }
        if (result.isEmpty() && !problems.hasErrors()) {
            problems.error(file, 0, null, null, "the file holds no observations");
        }
        return result;
    }

    private TimeSeries assemble(Path file, String periodName, String id, List<Observation> observations,
            ProblemCollector problems) {
        Class<?> kind = observations.get(0).key().getClass();
        for (Observation observation : observations) {
            if (observation.key().getClass() != kind) {
                problems.error(file, observation.line(), periodName, observation.rawPeriod(),
                        "all periods of series '" + id + "' must be written the same way as the first ("
                                + observations.get(0).rawPeriod() + ")");
                return null;
            }
        }
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort((a, b) -> compareKeys(a.key(), b.key()));
        Frequency frequency = frequencyOf(file, periodName, id, sorted, problems);
        if (frequency == null) {
            return null;
        }
        List<Period> periods = new ArrayList<>();
        double[] values = new double[sorted.size()];
        boolean ok = true;
        for (int i = 0; i < sorted.size(); i++) {
            Observation observation = sorted.get(i);
            Period period = toPeriod(observation.key(), frequency);
            if (i > 0) {
                long gap = period.index() - periods.get(i - 1).index();
                if (gap == 0) {
                    problems.error(file, observation.line(), periodName, observation.rawPeriod(),
                            "duplicate period in series '" + id + "'");
                    ok = false;
                } else if (gap != 1) {
                    problems.error(file, observation.line(), periodName, observation.rawPeriod(),
                            "gap in series '" + id + "': " + (gap - 1) + " period(s) missing after "
                                    + periods.get(i - 1).label());
                    ok = false;
                }
            }
            periods.add(period);
            values[i] = observation.value();
        }
        if (sorted.size() < minimumPoints) {
            problems.error(file, observations.get(0).line(), "series_id", id,
                    "series '" + id + "' has " + sorted.size() + " point(s); at least " + minimumPoints + " are needed");
            ok = false;
        }
        return ok ? new TimeSeries(id, periods, values) : null;
    }

    private static Frequency frequencyOf(Path file, String periodName, String id, List<Observation> sorted,
            ProblemCollector problems) {
        Object first = sorted.get(0).key();
        if (first instanceof Period period) {
            return period.frequency();
        }
        if (sorted.size() < 2) {
            return Frequency.YEARLY;
        }
        // Dates: the smallest positive spacing sets the frequency; larger spacings are gaps.
        long smallest = Long.MAX_VALUE;
        for (int i = 1; i < sorted.size(); i++) {
            long months = months((LocalDate) sorted.get(i - 1).key(), (LocalDate) sorted.get(i).key());
            if (months > 0) {
                smallest = Math.min(smallest, months);
            }
        }
        Frequency frequency = smallest == Long.MAX_VALUE ? Frequency.YEARLY : Frequency.ofMonthStep(smallest);
        if (frequency == null) {
            problems.error(file, sorted.get(1).line(), periodName, sorted.get(1).rawPeriod(),
                    "dates of series '" + id + "' must be 1, 3 or 12 months apart (monthly, quarterly or yearly); found "
                            + smallest);
        }
        return frequency;
    }

    private static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
    }

    private static Period toPeriod(Object key, Frequency frequency) {
        return key instanceof Period period ? period : Period.ofDate(frequency, (LocalDate) key);
    }

    private static int compareKeys(Object a, Object b) {
        return a instanceof Period p ? p.compareTo((Period) b) : ((LocalDate) a).compareTo((LocalDate) b);
    }

    /** A {@link Period} for period labels, a {@link LocalDate} for ISO dates, or null. */
    static Object parsePeriod(String raw) {
        Matcher matcher = YEAR.matcher(raw);
        if (matcher.matches()) {
            return Period.year(Integer.parseInt(raw));
        }
        matcher = QUARTER.matcher(raw);
        if (matcher.matches()) {
            return Period.quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        matcher = MONTH.matcher(raw);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(2));
            return month >= 1 && month <= 12 ? Period.month(Integer.parseInt(matcher.group(1)), month) : null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A finite number, allowing spreadsheet thousands separators (4,751); null otherwise. */
    public static Double parseNumber(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String text = GROUPED.matcher(raw).matches() ? raw.replace(",", "") : raw;
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && !text.endsWith("d") && !text.endsWith("f")
                    && !text.endsWith("D") && !text.endsWith("F") ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
