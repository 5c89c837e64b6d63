package uk.sufficiency.web.scenarios;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A scenario as a zip: every folder of its extends chain under its own folder name, so the
 * unpacked variant still finds the scenario it extends ({@code extends: ../base}).
 */
public final class ScenarioZip {

    private ScenarioZip() {
    }

    public static void write(List<Path> chain, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path folder : chain) {
                String prefix = folder.getFileName().toString() + "/";
                List<Path> files;
                try (Stream<Path> walk = Files.walk(folder)) {
                    files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .filter(p -> !folder.relativize(p).toString().startsWith(".")).sorted().toList();
                }
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
