package uk.sufficiency.engine.projection.ehcp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;

/** Small inline inputs for EHCP tests, written to a temporary folder. */
final class EhcpFixtures {

    /**
     * Settings A and B serve academic years 0-6; P serves -1..0 only, so a plan in P at year 0
     * cannot stay (it must move to A or B). Needs T and U.
     */
    static final String VALID_STATES = "setting,setting-group,min-academic-year,max-academic-year,needs,setting->setting\r\n"
            + "A,group1,0,6,\"T,U\",\"A,B\"\r\n"
            + "B,group1,0,6,\"T,U\",\"A,B\"\r\n"
            + "P,group2,-1,0,\"T,U\",\"A,B\"";

    static final String COSTS = "need,setting,cost\n*,A,1000\n*,B,5000\n*,P,2000\n";

    private EhcpFixtures() {
    }

    static String population(int fromYear, int toYear, int perYear) {
        StringBuilder text = new StringBuilder("calendar-year,academic-year,population\n");
        for (int year = fromYear; year <= toYear; year++) {
            for (int ay = -1; ay <= 6; ay++) {
                text.append(year).append(',').append(ay).append(',').append(perYear).append('\n');
            }
        }
        return text.toString();
    }

    /** Writes the four witan.send files; {@code transitions} is the body after the header. */
    static Path write(Path folder, String transitions) throws IOException {
        Files.writeString(folder.resolve("valid-states.csv"), VALID_STATES);
        Files.writeString(folder.resolve("costs.csv"), COSTS);
        Files.writeString(folder.resolve("population.csv"), population(2010, 2040, 1000));
        Files.writeString(folder.resolve("transitions.csv"),
                "calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n" + transitions);
        return folder;
    }

    static String rows(int count, String row) {
        return (row + "\n").repeat(count);
    }

    static EhcpInputs load(Path folder) {
        return EhcpInputLoader.load(EhcpProjectionConfig.witanDefaults(), folder, null);
    }

    /** The send-demo folder, kept in the repository's test data. */
    static Optional<Path> sendDemo() {
        return Optional.of(uk.sufficiency.engine.testdata.TestData.sendDemo());
    }

    /** The repository root (holding scenarios/), found by walking up from the working directory. */
    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("scenarios/leicestershire-2015"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
