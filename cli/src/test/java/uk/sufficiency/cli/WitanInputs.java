package uk.sufficiency.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small folder of witan.send inputs (two settings, two needs, three years) for project-ehcp tests. */
final class WitanInputs {

    private WitanInputs() {
    }

    /** Writes the four files into {@code parent/in}, transitions.csv ending with {@code extraTransition}. */
    static Path write(Path parent, String extraTransition) throws IOException {
        Path in = Files.createDirectories(parent.resolve("in"));
        Files.writeString(in.resolve("valid-states.csv"),
                "setting,setting-group,min-academic-year,max-academic-year,needs,setting->setting\r\n"
                        + "A,g,0,6,\"T,U\",\"A,B\"\r\nB,g,0,6,\"T,U\",\"A,B\"");
        Files.writeString(in.resolve("costs.csv"), "need,setting,cost\n*,A,1000\n*,B,4000\n");
        StringBuilder population = new StringBuilder("calendar-year,academic-year,population\n");
        for (int year = 2014; year <= 2025; year++) {
            for (int ay = 0; ay <= 6; ay++) {
                population.append(year).append(',').append(ay).append(",500\n");
            }
        }
        Files.writeString(in.resolve("population.csv"), population);
        StringBuilder transitions = new StringBuilder(
                "calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n");
        for (int year = 2015; year <= 2017; year++) {
            transitions.append((year + ",A,T,2,A,T,3\n").repeat(40));
            transitions.append((year + ",B,U,4,NONSEND,NONSEND,5\n").repeat(5));
            transitions.append((year + ",B,U,4,B,U,5\n").repeat(15));
            transitions.append((year + ",NONSEND,NONSEND,0,A,T,1\n").repeat(8));
        }
        transitions.append(extraTransition);
        Files.writeString(in.resolve("transitions.csv"), transitions);
        return in;
    }
}
