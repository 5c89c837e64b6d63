package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code generate} writes, byte for byte, what it wrote before the generator was split into one
 * class per stage (hashes in {@code generate/golden-sha256.tsv}, taken from commit a38be82), for
 * both profiles, county to nation scale, and every option.
 */
class GenerateGoldenTest {

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        return golden().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writesTheSameBytesAsBeforeTheSplit(String arguments) throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("generate"));
        args.addAll(List.of(arguments.split(" ")));
        args.addAll(List.of("--out", out.toString()));
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, commandLine.execute(args.toArray(String[]::new)), arguments);
        for (Map.Entry<String, String> file : golden().get(arguments).entrySet()) {
            String text = Files.readString(out.resolve(file.getKey())).replace(out.toString(), "OUT");
            assertEquals(file.getValue(), sha256(text), arguments + ": " + file.getKey());
        }
    }

    /** Arguments -> (file -> sha256), in file order. */
    private static Map<String, Map<String, String>> golden() throws IOException {
        Map<String, Map<String, String>> golden = new LinkedHashMap<>();
        try (InputStream in = GenerateGoldenTest.class.getResourceAsStream("/generate/golden-sha256.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                golden.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], cells[2]);
            }
        }
        return golden;
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
