package uk.sufficiency.model.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Removes a property's temporary folder after each try, so a thousand tries leave nothing behind. */
final class TempFolders {

    private TempFolders() {
    }

    static void delete(Path folder) throws IOException {
        if (folder != null && Files.exists(folder)) {
            FuzzInputs.clear(folder);
            Files.delete(folder);
        }
    }
}
