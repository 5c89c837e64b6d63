package uk.sufficiency.model.region;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.SafeYaml;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.settings.Origin;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.settings.YamlLines;
import uk.sufficiency.model.table.InputFiles;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads a region folder: its region.yaml, strictly (every unknown key, wrong type and broken rule is
 * an error naming file, line and key, all in one pass, exit status 2), then every member's scenario
 * through {@link ScenarioLoader} (whose problems name the member's own files). Nothing is returned
 * unless everything passes.
 */
public final class RegionLoader {

    public static final String FILE_NAME = "region.yaml";
    static final int MIN_MEMBERS = 2;
    static final int MAX_MEMBERS = 50;
    static final double MAX_DISTANCE_KM = 1000;
    static final double MAX_UPLIFT_PERCENT = 500;
    static final double MAX_FLAT_WEEKLY_GBP = 10_000;
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern MEMBER_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 40;
    private static final int MAX_NAME_LENGTH = 80;
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The region and the warnings found while reading it and its members. */
    public record Result(Region region, List<Problem> warnings) {
    }

    private RegionLoader() {
    }

    /** Whether a folder holds a region (region.yaml) rather than a scenario. */
    public static boolean isRegion(Path directory) {
        return directory != null && Files.isRegularFile(directory.resolve(FILE_NAME));
    }

    public static Region load(Path directory) {
        return read(directory).region();
    }

    public static Result read(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(dir.resolve("scenario.yaml"))) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "a folder holds either a scenario"
                    + " (scenario.yaml) or a region (region.yaml), not both: move the members' scenarios into"
                    + " their own folders"));
        }
        ScenarioConfig config = config(file);
        ConfigSection root = config.root();
        ProblemCollector problems = new ProblemCollector();
        RegionFile read = root.bind(RegionFile.class, problems);
        problems.throwIfErrors();
        if (read.name() == null || read.name().isBlank()) {
            root.error(problems, "/name", null, "name is required: the region's name, shown on its report");
        }
        PoolingRules pooling = pooling(read.pooling(), config.section("pooling"), problems);
        List<RegionMember> members = members(read.members(), dir, root, problems);
        List<Path> inputs = new ArrayList<>(List.of(file));
        members.forEach(m -> inputs.addAll(m.scenario().inputFiles()));
        if (!problems.hasErrors()) {
            checkAgree(members, root, problems); // members line up with region.yaml's list only when all loaded
        }
        problems.throwIfErrors();
        Region region = new Region(read.name().strip(), read.description() == null ? "" : read.description().strip(),
                dir, file, members.get(0).scenario().asOfDate(), members, pooling, config, inputs);
        return new Result(region, problems.warnings());
    }

    /** region.yaml as settings: the tree, and the line of each key. */
    private static ScenarioConfig config(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "no region.yaml in this folder"));
        }
        String text = InputFiles.readText(file, MAX_BYTES);
        SafeYaml.check(file, text);
        try {
            JsonNode tree = YAML.readTree(text);
            if (!(tree instanceof ObjectNode object)) {
                throw InvalidInputException.of(Problem.error(file, 1, null, null, "region.yaml must be a map of keys"));
            }
            Map<String, Integer> lines = YamlLines.of(text);
            return new ScenarioConfig(object, p -> new Origin(file, lines.getOrDefault(p, 0)));
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "not valid YAML: " + e.getMessage()));
        }
    }

    private static PoolingRules pooling(RegionFile.Pooling read, ConfigSection section, ProblemCollector problems) {
        if (read == null) {
            section.error(problems, "", null, "pooling is required: shared_types (which placement types the councils"
                    + " share), and optionally max_distance_km and charge");
            return null;
        }
        Set<PlacementType> shared = EnumSet.noneOf(PlacementType.class);
        if (read.sharedTypes() == null) {
            section.error(problems, "/shared_types", null, "shared_types is required: a list of placement types, "
                    + Word.choices(PlacementType.class) + " (an empty list shares nothing)");
        } else {
            for (int i = 0; i < read.sharedTypes().size(); i++) {
                String written = read.sharedTypes().get(i);
                Optional<PlacementType> type = Word.parse(PlacementType.class, written);
                if (type.isEmpty()) {
                    section.error(problems, "/shared_types/" + i, written, "not a placement type: "
                            + Word.choices(PlacementType.class));
                } else if (type.get() == PlacementType.CONNECTED) {
                    section.error(problems, "/shared_types/" + i, written, "connected carers are approved for one"
                            + " child and cannot be shared");
                } else if (!shared.add(type.get())) {
                    section.error(problems, "/shared_types/" + i, written, "listed twice");
                }
            }
        }
        section.checkRange(problems, "/max_distance_km", read.maxDistanceKm(), 0.001, MAX_DISTANCE_KM,
                "km from a child's home to another council's placement");
        RegionFile.Charge charge = read.charge() == null ? new RegionFile.Charge(null, null) : read.charge();
        section.checkRange(problems, "/charge/uplift_percent", charge.upliftPercent(), 0, MAX_UPLIFT_PERCENT,
                "per cent added to the host council's weekly price");
        section.checkRange(problems, "/charge/flat_weekly_gbp", charge.flatWeeklyGbp(), 0, MAX_FLAT_WEEKLY_GBP,
                "GBP a week per child added to the host council's price");
        return new PoolingRules(shared, read.maxDistanceKm(), charge.upliftPercent() == null ? 0 : charge.upliftPercent(),
                charge.flatWeeklyGbp() == null ? 0 : charge.flatWeeklyGbp());
    }

    private static List<RegionMember> members(List<RegionFile.Member> listed, Path dir, ConfigSection root,
            ProblemCollector problems) {
        List<RegionMember> members = new ArrayList<>();
        if (listed == null || listed.size() < MIN_MEMBERS || listed.size() > MAX_MEMBERS) {
            root.error(problems, "/members", listed == null ? null : Integer.toString(listed.size()),
                    "members must list " + MIN_MEMBERS + " to " + MAX_MEMBERS + " councils, each with an id and"
                            + " its scenario folder");
            return members;
        }
        Set<String> ids = new HashSet<>();
        Set<Path> folders = new LinkedHashSet<>();
        Path realRoot = real(dir);
        for (int i = 0; i < listed.size(); i++) {
            RegionFile.Member entry = listed.get(i);
            String at = "/members/" + i;
            if (entry == null || entry.id() == null || !MEMBER_ID.matcher(entry.id()).matches()
                    || entry.id().length() > MAX_ID_LENGTH) {
                root.error(problems, at + "/id", entry == null ? null : entry.id(), "id is required: lower-case letters"
                        + " and digits in words joined by '-', at most " + MAX_ID_LENGTH + " characters (it prefixes"
                        + " the council's ids in the region: derby/C0001)");
                continue;
            }
            if (!ids.add(entry.id())) {
                root.error(problems, at + "/id", entry.id(), "two members have this id; each council's id must be unique");
            }
            String name = name(entry, at, root, problems);
            Path folder = folder(entry, at, dir, realRoot, root, problems);
            if (folder == null) {
                continue;
            }
            if (!folders.add(folder)) {
                root.error(problems, at + "/scenario", entry.scenario(), "this scenario is listed twice");
                continue;
            }
            try {
                ScenarioLoader.Result loaded = ScenarioLoader.read(folder);
                loaded.warnings().forEach(problems::add);
                members.add(new RegionMember(entry.id(), name, loaded.scenario()));
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
            }
        }
        return members;
    }

    /** The member's name in reports: optional, one line of at most {@value #MAX_NAME_LENGTH} characters. */
    private static String name(RegionFile.Member entry, String at, ConfigSection root, ProblemCollector problems) {
        String name = entry.name();
        if (name != null && (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl))) {
            root.error(problems, at + "/name", name, "a member's name is one line of at most " + MAX_NAME_LENGTH
                    + " characters (it labels the council in reports and charts)");
            return null;
        }
        return name;
    }

    /** A member's folder: relative, inside the region's folder, holding a scenario.yaml. */
    private static Path folder(RegionFile.Member entry, String at, Path dir, Path realRoot, ConfigSection root,
            ProblemCollector problems) {
        String written = entry.scenario();
        if (written == null || written.isBlank() || Path.of(written).isAbsolute()) {
            root.error(problems, at + "/scenario", written, "scenario is required: the council's scenario folder,"
                    + " relative to region.yaml's folder");
            return null;
        }
        Path folder = dir.resolve(written).normalize();
        if (!real(folder).startsWith(realRoot) || folder.equals(dir)) {
            root.error(problems, at + "/scenario", written, "a member's scenario must be a folder inside the region's"
                    + " folder (a region never reads files elsewhere on the machine)");
            return null;
        }
        if (!Files.isRegularFile(folder.resolve("scenario.yaml"))) {
            root.error(problems, at + "/scenario", written, "no scenario.yaml in this folder");
            return null;
        }
        return folder;
    }

    /** The members are matched as one problem: at one date, with one set of matching weights. */
    private static void checkAgree(List<RegionMember> members, ConfigSection root, ProblemCollector problems) {
        if (members.isEmpty()) {
            return;
        }
        Scenario first = members.get(0).scenario();
        for (int i = 1; i < members.size(); i++) {
            Scenario other = members.get(i).scenario();
            if (!other.asOfDate().equals(first.asOfDate())) {
                root.error(problems, "/members/" + i + "/scenario", other.asOfDate().toString(), "as_of differs from"
                        + " the first member's " + first.asOfDate() + ": a region is matched at one date");
            }
            if (!other.weights().equals(first.weights())) {
                root.error(problems, "/members/" + i + "/scenario", null, "matching weights differ from the first"
                        + " member's: a region is matched as one problem with one set of weights");
            }
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
