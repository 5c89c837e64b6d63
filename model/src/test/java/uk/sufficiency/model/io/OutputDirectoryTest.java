package uk.sufficiency.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void writesWholeFilesIntoPlace() throws IOException {
        OutputDirectory out = new OutputDirectory(temp.resolve("out"));
        Path file = out.write("a.csv", w -> w.write("x,y\n1,2\n"));
        assertEquals("x,y\n1,2\n", Files.readString(file));
        assertEquals(1, out.written().size());
    }

    @Test
    void aFailedWriteLeavesNeitherTheFileNorATemporaryPart() throws IOException {
        OutputDirectory out = new OutputDirectory(temp);
        Files.writeString(temp.resolve("keep.csv"), "old");
        assertThrows(IllegalStateException.class, () -> out.write("keep.csv", w -> {
            w.write("half");
            throw new IllegalStateException("interrupted");
        }));
        assertEquals("old", Files.readString(temp.resolve("keep.csv")), "the previous complete file survives");
        try (Stream<Path> files = Files.list(temp)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
