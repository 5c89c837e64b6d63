package uk.sufficiency.sweep.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import uk.sufficiency.engine.planning.supply.FosteringCalibration;
import uk.sufficiency.engine.planning.supply.OfstedFosteringTable;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Reads every English council's public figures from the shared data folder (each folder's README
 * gives licence and columns): DfE children looked after 2015-2019 ({@code cla-la-level/CLA2019.csv}:
 * the one file with stocks, children during the year, ages and placements for all 152 councils),
 * Ofsted fostering 2018-19 ({@code fostering-england}) and DfE EHC plans 2010-2019
 * ({@code ehcp-la-2010-2019}). A council the generator cannot hold (under 50 children) or whose
 * counts are suppressed is listed in {@link Read#skipped} with the reason, never silently dropped.
 */
public final class PublicFigures {

    public static final String CLA_FILE = "cla-la-level/CLA2019.csv";
    public static final String FOSTERING_FILE = "fostering-england/Local_authority_level_fostering_data_2018_to_2019.csv";
    public static final String EHCP_FILE = "ehcp-la-2010-2019/ehcp_la_2010_2019.csv";
    /** The generator's smallest scenario (ScenarioGenerator.MIN_CHILDREN). */
    public static final int MIN_CHILDREN = 50;

    static final String OFSTED_HOUSEHOLDS = "Total approved households";
    static final String OFSTED_CHILDREN = "Number of children/young people in placements (at 31 March)";
    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2019;
    private static final String[] AGE_COLUMNS = {"CLA_U1", "CLA_1to4", "CLA_5to9", "CLA_10to15", "CLA_16over"};
    private static final String[][] PLACEMENT_COLUMNS = {{"CLA_Fost"}, {"CLA_Secure", "CLA_Ores", "CLA_RSch"},
        {"CLA_Ocom"}, {"CLA_Parent", "CLA_Adopt", "CLA_OthPl"}};

    /** The councils read, in the file's order, and those left out with why. */
    public record Read(List<CouncilFigures> councils, Map<String, String> skipped, Path fosteringFile) {
    }

    private PublicFigures() {
    }

    /** The first {@code shared/data} folder in {@code start} or above it (the repository sits beside it). */
    public static Path findSharedData(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve(CLA_FILE))) {
                return candidate;
            }
        }
        throw InvalidInputException.of(Problem.error(start, 0, "--data", null,
                "no shared/data folder with " + CLA_FILE + " here or above; name it with --data DIR"));
    }

    public static Read read(Path dataDir) {
        Path cla = dataDir.resolve(CLA_FILE);
        Path fostering = dataDir.resolve(FOSTERING_FILE);
        for (Path file : List.of(cla, fostering, dataDir.resolve(EHCP_FILE))) {
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of(Problem.error(file, 0, null, null,
                        "the sweep needs this public data file (--data names the shared data folder)"));
            }
        }
        OfstedFosteringTable ofsted = OfstedFosteringTable.read(fostering);
        Map<String, String> ofstedAreas = new HashMap<>();
        for (String area : ofsted.areas()) {
            ofstedAreas.putIfAbsent(normalised(area), area);
        }
        EhcpPanel ehcp = EhcpPanel.read(dataDir.resolve(EHCP_FILE));
        CsvTable table = CsvTable.read(cla);
        List<CouncilFigures> councils = new ArrayList<>();
        Map<String, String> skipped = new java.util.LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (!"LA".equals(table.get(row, "geog_l"))) {
                continue;
            }
            String code = table.get(row, "New_geog_code");
            String name = table.get(row, "geog_n");
            String reason = unusable(table, row);
            if (reason != null) {
                skipped.put(code + " " + name, reason);
                continue;
            }
            String area = ofstedAreas.get(normalised(name));
            councils.add(council(table, row, code, name, area, ofsted, ehcp));
        }
        return new Read(councils, skipped, fostering);
    }

    private static CouncilFigures council(CsvTable table, CsvTable.Row row, String code, String name, String area,
            OfstedFosteringTable ofsted, EhcpPanel ehcp) {
        List<Integer> stocks = new ArrayList<>();
        List<Integer> during = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            stocks.add(count(table, row, "CLA_Mar" + year));
            during.add(count(table, row, "CLA_" + year));
        }
        List<Integer> ages = new ArrayList<>();
        for (String column : AGE_COLUMNS) {
            ages.add(countOrZero(table, row, column));
        }
        List<Integer> placements = new ArrayList<>();
        for (String[] group : PLACEMENT_COLUMNS) {
            int sum = 0;
            for (String column : group) {
                sum += countOrZero(table, row, column);
            }
            placements.add(sum);
        }
        int male = countOrZero(table, row, "CLA_male");
        int female = countOrZero(table, row, "CLA_female");
        double maleShare = male + female > 0 ? (double) male / (male + female) : 0.55;
        int households = area == null ? -1 : ofsted.value(OFSTED_HOUSEHOLDS, area).orElse(-1);
        int inHouse = area == null ? -1 : ofsted.value(OFSTED_CHILDREN, area).orElse(-1);
        EhcpPanel.Series plans = ehcp.series(code, name);
        String calibrated = area != null && calibrates(ofsted, area) ? area : null;
        return new CouncilFigures(code, name, FIRST_YEAR, stocks, during, ages, maleShare, placements, calibrated, households,
                inHouse, plans == null ? 0 : plans.firstYear(), plans == null ? List.of() : plans.plans());
    }

    /** Whether the planner can calibrate its carer supply from the council's Ofsted column (none suppressed). */
    private static boolean calibrates(OfstedFosteringTable ofsted, String area) {
        try {
            FosteringCalibration.from(ofsted, area);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Why a council cannot be swept, or null. */
    private static String unusable(CsvTable table, CsvTable.Row row) {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (String column : List.of("CLA_Mar" + year, "CLA_" + year)) {
                if (parse(table, row, column).isEmpty()) {
                    return column + " is suppressed or blank (line " + row.line() + ")";
                }
            }
        }
        int now = count(table, row, "CLA_Mar" + LAST_YEAR);
        if (now < MIN_CHILDREN) {
            return now + " children looked after at 31 March " + LAST_YEAR + ", fewer than the generator's "
                    + MIN_CHILDREN;
        }
        return null;
    }

    private static int count(CsvTable table, CsvTable.Row row, String column) {
        OptionalInt value = parse(table, row, column);
        if (value.isEmpty()) {
            throw InvalidInputException.of(Problem.error(table.file(), row.line(), column, table.get(row, column),
                    "a count of children is required here"));
        }
        return value.getAsInt();
    }

    /** Suppressed small counts ('c', 'x') count as zero: they are under 6 children. */
    private static int countOrZero(CsvTable table, CsvTable.Row row, String column) {
        return parse(table, row, column).orElse(0);
    }

    private static OptionalInt parse(CsvTable table, CsvTable.Row row, String column) {
        String cell = table.get(row, column).replace(",", "");
        if (!cell.matches("\\d{1,7}")) {
            if (!cell.isEmpty() && !cell.matches("[cx.:-]")) {
                throw InvalidInputException.of(Problem.error(table.file(), row.line(), column, cell,
                        "a count must be a whole number, or c / x for a suppressed value"));
            }
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(cell));
    }

    /**
     * Names as the two publishers write them, made comparable: DfE's "Bristol, City of" is Ofsted's
     * "Bristol", "Kingston Upon Hull, City of" is "Kingston Upon Hull", case and punctuation differ.
     */
    static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replace(", city of", "").replace(", county of", "").replace("&", "and")
                .replaceAll("[^a-z]", "");
    }
}
