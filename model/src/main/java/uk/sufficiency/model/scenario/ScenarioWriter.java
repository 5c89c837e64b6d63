package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.placement.Placement;

/**
 * Writes a {@link Scenario} as a scenario folder: {@code scenario.yaml}, {@code children.csv} and
 * {@code placements.csv}, in the interchange format of DOMAIN.md section 5 and docs
 * scenarios/README.md. A scenario read through an {@code extends} chain is written flat (all rows,
 * no {@code extends}).
 *
 * <p>The output is deterministic: rows in the scenario's list order, list cells (needs,
 * specialisms) in their enum order, YAML map keys in a fixed order, numbers without needless
 * decimals or exponents ({@code 520}, not {@code 520.0}), blank cells for unknown values. Every
 * file is written atomically through {@link OutputDirectory}.
 */
public final class ScenarioWriter {

    public static final String SCENARIO_FILE = "scenario.yaml";
    public static final String CHILDREN_FILE = "children.csv";
    public static final String PLACEMENTS_FILE = "placements.csv";

    /** The interchange columns of children.csv, in order. */
    public static final List<String> CHILD_COLUMNS = List.of("child_id", "birth_date", "sex", "home_lat",
            "home_lon", "school_lat", "school_lon", "keep_school", "required_level", "sdq_score", "needs",
            "sibling_group", "living_with", "recommended", "current_placement_id", "status", "needed_by",
            "urgency");

    /** The interchange columns of placements.csv, in order. */
    public static final List<String> PLACEMENT_COLUMNS = List.of("placement_id", "type", "skill_level", "places",
            "min_age", "max_age", "sex", "specialisms", "lat", "lon", "weekly_cost", "supplier", "contract",
            "linked_child_id", "carer_age");

    /** Keys of scenario.yaml that the writer produces itself; other top-level sections are copied. */
    private static final Set<String> CORE_KEYS = Set.of("name", "description", "as_of", "extends", "files", "add",
            "close", "fees", "weights", "series", "targets");

    private static final CsvMapper CSV = new CsvMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new TextStaysText())
            .build());

    /**
     * Quotes every text value a YAML reader would otherwise take for something else: besides
     * Jackson's own cases, anything the YAML 1.1 resolver reads as a number, boolean or null
     * ("1.5", "0x1F", "1e3", ".inf", "1_000"), so a name is read back exactly as written. Dates stay
     * plain ({@code as_of: 2015-03-31}): the reader takes them as text and parses them itself.
     */
    private static final class TextStaysText extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Resolver RESOLVER = new Resolver();

        @Override
        public boolean needToQuoteValue(String value) {
            if (super.needToQuoteValue(value)) {
                return true;
            }
            Tag implicit = RESOLVER.resolve(NodeId.scalar, value, true);
            return !Tag.STR.equals(implicit) && !Tag.TIMESTAMP.equals(implicit);
        }
    }

    /** Words of enum constants, computed once: a 100,000-row table would lower-case each name per cell. */
    private static final Map<Enum<?>, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private ScenarioWriter() {
    }

    private static String word(Word value) {
        return WORDS.computeIfAbsent((Enum<?>) value, constant -> value.word());
    }

    /**
     * Writes the scenario into {@code directory} (created if needed), tables first and
     * {@code scenario.yaml} last, so a folder with a scenario.yaml always has its tables.
     *
     * @param headerComment lines written as {@code #} comments at the top of scenario.yaml (for
     *                      example, the command that regenerates the scenario); may be empty
     * @return the files written, in order
     */
    public static List<Path> write(Scenario scenario, Path directory, List<String> headerComment) {
        OutputDirectory out = new OutputDirectory(directory);
        write(scenario, out, "", directory, headerComment);
        return out.written();
    }

    /**
     * Writes the scenario into the folder {@code subfolder} ("" for the top) of {@code out}, a staged
     * folder that will become {@code finalDirectory}: file references are written relative to where
     * the scenario will live, not to where it is staged.
     */
    public static void write(Scenario scenario, OutputDirectory out, String subfolder, Path finalDirectory,
            List<String> headerComment) {
        String prefix = subfolder.isEmpty() ? "" : subfolder + "/";
        out.write(prefix + CHILDREN_FILE, writer -> writeChildren(scenario.children(), writer));
        out.write(prefix + PLACEMENTS_FILE, writer -> writePlacements(scenario.placements(), writer));
        ObjectNode yaml = yamlTree(scenario, finalDirectory.toAbsolutePath().normalize());
        out.write(prefix + SCENARIO_FILE, writer -> {
            for (String line : headerComment) {
                // Each line break (\n, \r, NEL, LS, PS all end a YAML line) starts a new comment line.
                for (String part : line.split("\\R", -1)) {
                    writer.write("# " + part + "\n");
                }
            }
            YAML.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer, yaml);
        });
    }

    /** Writes children.csv content (header and one row per child, in list order). */
    public static void writeChildren(List<Child> children, Writer writer) throws IOException {
        writeTable(CHILD_COLUMNS, children.stream().map(ScenarioWriter::childRow).iterator(), writer);
    }

    /** Writes placements.csv content (header and one row per placement, in list order). */
    public static void writePlacements(List<Placement> placements, Writer writer) throws IOException {
        writeTable(PLACEMENT_COLUMNS, placements.stream().map(ScenarioWriter::placementRow).iterator(), writer);
    }

    private static void writeTable(List<String> columns, Iterator<String[]> rows, Writer writer) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        try (SequenceWriter sequence = CSV.writerFor(String[].class).with(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(writer)) {
            while (rows.hasNext()) {
                sequence.write(rows.next());
            }
        }
    }

    static String[] childRow(Child child) {
        return new String[] {
            child.childId(),
            date(child.birthDate()),
            word(child.sex()),
            child.home() == null ? "" : number(child.home().latitude()),
            child.home() == null ? "" : number(child.home().longitude()),
            child.school() == null ? "" : number(child.school().latitude()),
            child.school() == null ? "" : number(child.school().longitude()),
            Boolean.toString(child.keepSchool()),
            integer(child.statedLevel()),
            integer(child.sdqScore()),
            words(child.needs()),
            text(child.siblingGroup()),
            word(child.livingWith()),
            word(child.recommended()),
            text(child.currentPlacementId()),
            word(child.status()),
            date(child.neededBy()),
            word(child.urgency()),
        };
    }

    static String[] placementRow(Placement placement) {
        GeoPoint location = placement.location();
        return new String[] {
            placement.placementId(),
            word(placement.type()),
            integer(placement.skillLevel()),
            Integer.toString(placement.places()),
            integer(placement.minAge()),
            integer(placement.maxAge()),
            word(placement.sex()),
            words(placement.specialisms()),
            location == null ? "" : number(location.latitude()),
            location == null ? "" : number(location.longitude()),
            placement.statedWeeklyCostGbp() == null ? "" : number(placement.statedWeeklyCostGbp()),
            text(placement.supplier()),
            placement.contract() == null ? "" : word(placement.contract()),
            text(placement.linkedChildId()),
            integer(placement.carerAge()),
        };
    }

    /** The scenario.yaml tree: core keys in the contract's order, then other sections as read. */
    static ObjectNode yamlTree(Scenario scenario, Path directory) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("name", scenario.name());
        if (scenario.description() != null && !scenario.description().isBlank()) {
            root.put("description", scenario.description());
        }
        root.put("as_of", date(scenario.asOfDate()));
        ObjectNode files = root.putObject("files");
        files.put("children", CHILDREN_FILE);
        files.put("placements", PLACEMENTS_FILE);
        if (scenario.fees() != null) {
            root.set("fees", feesNode(scenario.fees()));
        }
        if (scenario.weights() != null) {
            root.set("weights", weightsNode(scenario.weights()));
        }
        if (!scenario.series().isEmpty()) {
            ObjectNode series = root.putObject("series");
            for (SeriesRef ref : new TreeMap<>(scenario.series()).values()) {
                ObjectNode entry = series.putObject(ref.name());
                entry.put("file", relative(ref.file(), directory));
                putIfPresent(entry, "unit", ref.unit());
                putIfPresent(entry, "label", ref.label());
                if (ref.panelFile() != null) {
                    entry.put("panel_file", relative(ref.panelFile(), directory));
                }
            }
        }
        if (!scenario.targets().isEmpty()) {
            var targets = root.putArray("targets");
            for (Target target : scenario.targets()) {
                ObjectNode entry = targets.addObject();
                entry.put("series", target.series());
                entry.put("by", date(target.by()));
                entry.set("value", numberNode(target.value()));
                entry.put("direction", target.direction().word());
                entry.set("amber_tolerance", numberNode(target.amberTolerance()));
                putIfPresent(entry, "label", target.label());
            }
        }
        if (scenario.config() != null) {
            for (Map.Entry<String, JsonNode> section : scenario.config().tree().properties()) {
                if (!CORE_KEYS.contains(section.getKey())) {
                    root.set(section.getKey(), relativisePaths(section.getKey(), section.getValue().deepCopy(),
                            directory));
                }
            }
        }
        return root;
    }

    private static ObjectNode feesNode(FeeTable fees) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode skill = node.putObject("skill_fee_gbp_per_week");
        new TreeMap<>(fees.skillFeeGbpPerWeek()).forEach((level, gbp) -> skill.set(level.toString(), numberNode(gbp)));
        var bands = node.putArray("age_allowances");
        fees.ageAllowances().stream()
                .sorted(Comparator.comparingInt(FeeTable.AgeAllowance::minAge))
                .forEach(band -> {
                    ObjectNode entry = bands.addObject();
                    entry.put("min_age", band.minAge());
                    entry.put("max_age", band.maxAge());
                    entry.set("weekly_gbp", numberNode(band.weeklyGbp()));
                });
        return node;
    }

    private static ObjectNode weightsNode(MatchingWeights weights) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("cost_per_gbp", numberNode(weights.costPerGbp()));
        node.set("distance_per_km", numberNode(weights.distancePerKm()));
        node.set("school_continuity", numberNode(weights.schoolContinuity()));
        node.set("school_reach_km", numberNode(weights.schoolReachKm()));
        node.set("preference_step", numberNode(weights.preferenceStep()));
        node.set("move_placed_child", numberNode(weights.movePlacedChild()));
        node.set("over_qualification", numberNode(weights.overQualification()));
        return node;
    }

    /** Makes absolute file and folder references (keys ending _file or _dir) relative again. */
    private static JsonNode relativisePaths(String key, JsonNode node, Path directory) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String child : keys) {
                object.set(child, relativisePaths(child, object.get(child), directory));
            }
            return object;
        }
        if (node.isArray()) {
            var array = (com.fasterxml.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, relativisePaths(key, array.get(i), directory));
            }
            return array;
        }
        if (node.isTextual() && (key.endsWith("_file") || key.endsWith("_dir"))) {
            return JsonNodeFactory.instance.textNode(relative(Path.of(node.asText()), directory));
        }
        return node;
    }

    private static String relative(Path file, Path directory) {
        if (!file.isAbsolute()) {
            return file.toString().replace('\\', '/');
        }
        return directory.relativize(file.normalize()).toString().replace('\\', '/');
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    /** A whole number as an integer node, anything else as a plain decimal. */
    static JsonNode numberNode(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return JsonNodeFactory.instance.numberNode((long) value);
        }
        return JsonNodeFactory.instance.numberNode(new BigDecimal(number(value)));
    }

    /** A number as a spreadsheet user writes it: no exponent, no trailing zeros ("520", "52.6345"). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String integer(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Semicolon list in enum (declaration) order, so sets always write the same way. */
    private static <E extends Enum<E> & Word> String words(Collection<E> values) {
        if (values.isEmpty()) {
            return "";
        }
        return values.stream().sorted().map(ScenarioWriter::word).collect(Collectors.joining(";"));
    }
}
