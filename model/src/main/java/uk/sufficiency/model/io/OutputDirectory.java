package uk.sufficiency.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes result files so that an interrupted or failed run never leaves a half-written file:
 * each file is written to a temporary sibling and moved into place only once complete.
 *
 * <p>Use {@link #write(String, Content)} for each file; nothing appears under its final name until
 * its content was written in full.
 */
public final class OutputDirectory {

    /** Writes the whole content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes the whole content of one binary file. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private final Path directory;
    private final List<Path> written = new ArrayList<>();

    public OutputDirectory(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Files written so far, in order. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /** Writes a UTF-8 text file atomically and returns its final path. */
    public Path write(String fileName, Content content) {
        return writeBinary(fileName, out -> {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes a binary file atomically and returns its final path. */
    public Path writeBinary(String fileName, BinaryContent content) {
        Path target = directory.resolve(fileName);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            readableByAll(temp);
            try {
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                    content.writeTo(out);
                }
                moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
        written.add(target);
        return target;
    }

    /** Temporary files are created owner-only; results are ordinary files others may read (644). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
