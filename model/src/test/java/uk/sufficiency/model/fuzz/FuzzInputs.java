package uk.sufficiency.model.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns one fuzz input into the files of a folder: the parts between 0xFF bytes (a byte UTF-8
 * never uses, so no valid text is lost to the split) become the named files in order; a part the
 * input does not reach is not written, so missing files are fuzzed too.
 */
public final class FuzzInputs {

    private static final byte SEPARATOR = (byte) 0xFF;

    private FuzzInputs() {
    }

    /** Empties {@code folder} (creating it if needed) and writes the input's parts as {@code files}. */
    public static void writeFolder(byte[] input, Path folder, List<String> files) throws IOException {
        clear(folder);
        Files.createDirectories(folder);
        List<byte[]> parts = split(input, files.size());
        for (int i = 0; i < parts.size(); i++) {
            Files.write(folder.resolve(files.get(i)), parts.get(i));
        }
    }

    /** At most {@code count} parts; the last holds the rest of the input, 0xFF bytes included. */
    static List<byte[]> split(byte[] input, int count) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < input.length && parts.size() < count - 1; i++) {
            if (input[i] == SEPARATOR) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
        }
        parts.add(Arrays.copyOfRange(input, start, input.length));
        return parts;
    }

    /** Deletes everything inside {@code folder}, keeping the folder. */
    public static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList()) {
                Files.delete(path);
            }
        }
    }
}
