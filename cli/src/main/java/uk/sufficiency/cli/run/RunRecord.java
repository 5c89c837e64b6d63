package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.scenario.Scenario;

/**
 * {@code run.json}: what was run, on which inputs (SHA-256 of every file read), with which version,
 * seed and options, how long each step took and what was written, so any figure can be traced and
 * the run repeated. The only file of a run that holds times.
 */
public final class RunRecord {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunRecord() {
    }

    /** The command line and options that repeat this run. */
    public record Options(Path scenarioDir, Path outDir, Long seed, boolean quick, Path dataRoot) {
    }

    public static ObjectNode build(String version, Options options, Scenario scenario, Instant started,
            double totalSeconds, double validateSeconds, StepRunner.Outcome outcome, List<Table> tables,
            List<Path> outputs, Path writtenIn) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("tool", "sufficiency");
        root.put("version", version);
        root.put("java", System.getProperty("java.version"));
        ArrayNode command = root.putArray("command");
        command.add("sufficiency").add("run").add(display(options.scenarioDir())).add("--out")
                .add(display(options.outDir()));
        if (options.seed() != null) {
            command.add("--seed").add(Long.toString(options.seed()));
        }
        if (options.quick()) {
            command.add("--quick");
        }
        if (options.dataRoot() != null) {
            command.add("--data-root").add(display(options.dataRoot()));
        }
        ObjectNode opts = root.putObject("options");
        opts.put("scenario_dir", display(options.scenarioDir()));
        opts.put("out", display(options.outDir()));
        if (options.seed() != null) {
            opts.put("seed", options.seed());
        } else {
            opts.putNull("seed");
        }
        opts.put("quick", options.quick());
        if (options.dataRoot() != null) {
            opts.put("data_root", display(options.dataRoot()));
        }
        ObjectNode scen = root.putObject("scenario");
        scen.put("name", scenario.name());
        scen.put("as_of", scenario.asOfDate().toString());
        ArrayNode inputs = root.putArray("inputs");
        for (Path file : RunInputs.files(scenario)) {
            ObjectNode input = inputs.addObject();
            input.put("file", display(file));
            input.put("bytes", size(file));
            input.put("sha256", sha256(file));
        }
        root.put("started_at", started.toString());
        root.put("total_seconds", round3(totalSeconds));
        root.put("status", outcome.anyFailed() ? "failed" : "ok");
        ArrayNode steps = root.putArray("steps");
        ObjectNode validate = steps.addObject();
        validate.put("id", "validate");
        validate.put("status", "ok");
        validate.put("seconds", round3(validateSeconds));
        for (StepRunner.StepOutcome step : outcome.steps()) {
            ObjectNode node = steps.addObject();
            node.put("id", step.id());
            node.put("title", step.title());
            node.put("status", step.status());
            node.put("seconds", round3(step.seconds()));
            if (step.error() != null) {
                node.put("error", step.error());
            }
        }
        ArrayNode tableList = root.putArray("tables");
        for (Table table : tables) {
            ObjectNode node = tableList.addObject();
            node.put("name", table.name());
            node.put("file", "csv/" + table.name() + ".csv");
            node.put("rows", table.rows().size());
            node.put("title", table.title());
            ArrayNode keys = node.putArray("key_columns");
            table.keyColumnNames().forEach(keys::add);
        }
        ArrayNode written = root.putArray("outputs");
        for (Path output : outputs) {
            ObjectNode node = written.addObject();
            node.put("file", writtenIn.toAbsolutePath().normalize()
                    .relativize(output.toAbsolutePath().normalize()).toString().replace('\\', '/'));
            node.put("sha256", sha256(output));
        }
        return root;
    }

    public static String toJson(ObjectNode record) {
        try {
            return JSON.writeValueAsString(record) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path relative to the working directory when it lies under it, else absolute. */
    static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round3(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
