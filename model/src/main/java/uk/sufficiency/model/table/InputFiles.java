package uk.sufficiency.model.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Reads an input file as UTF-8 text, bounded: only regular files (never a device, a FIFO or a
 * folder, so no input can make a command hang), at most {@link #MAX_BYTES}, and a bad byte named by
 * its line and byte offset, with a hint for the commonest cause (a Windows-1252 spreadsheet export).
 */
public final class InputFiles {

    /** 256 MiB: several times the largest interchange file (100,000 children is about 15 MB). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private InputFiles() {
    }

    public static String readText(Path file) {
        return readText(file, MAX_BYTES);
    }

    public static String readText(Path file, long maxBytes) {
        byte[] bytes = readBytes(file, maxBytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            int bad = bytes[offset] & 0xFF;
            String hint = bad >= 0x80 && bad <= 0xFF
                    ? "; it looks like a Windows-1252 (Excel 'CSV') export: save it as 'CSV UTF-8' instead" : "";
            throw InvalidInputException.of(Problem.error(file, line, null, null, String.format(java.util.Locale.ROOT,
                    "file is not UTF-8 text: byte 0x%02X at byte offset %d is not valid UTF-8%s", bad, offset, hint)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The bytes of a regular file of at most {@code maxBytes}; anything else is refused plainly. */
    public static byte[] readBytes(Path file, long maxBytes) {
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of(Problem.error(file, 0, null, null,
                        Files.isDirectory(file) ? "is a folder, not a file" : "is not a regular file (a device or pipe?)"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw InvalidInputException.of(Problem.error(file, 0, null, null, String.format(java.util.Locale.ROOT,
                        "file is %,d bytes; at most %,d are read", size, maxBytes)));
            }
            try (InputStream stream = Files.newInputStream(file)) {
                byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw InvalidInputException.of(Problem.error(file, 0, null, null, String.format(java.util.Locale.ROOT,
                            "file is over %,d bytes", maxBytes)));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "file not found"));
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null, "cannot read: " + e.getClass().getSimpleName()));
        }
    }
}
