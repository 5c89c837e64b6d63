package uk.sufficiency.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

class SpecReaderTest {

    @TempDir
    Path dir;

    private SpecReader.Spec read(String yaml) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, yaml);
        return SpecReader.read(spec);
    }

    private List<Problem> problems(String yaml) {
        return assertThrows(InvalidInputException.class, () -> read(yaml)).problems();
    }

    @Test
    void defaultsAndEdits() throws Exception {
        SpecReader.Spec spec = read("""
                scenarios:
                  - name: baseline
                  - name: recruit
                    settings:
                      plan.recruit: "L3=+2/yr"
                      plan.supply.lead_time_months: 12
                """);
        assertEquals(SpecReader.DEFAULT_SEED, spec.run().seed());
        assertEquals(5, spec.run().years());
        assertEquals(100, spec.simulations());
        assertEquals(100, spec.blockSize());
        assertEquals(List.of("lac", "plan"), spec.run().capabilities());
        assertTrue(spec.councils().isEmpty());
        assertEquals(2, spec.scenarios().get(1).settings().size());
        assertEquals("plan", spec.scenarios().get(1).settings().get(1).section());
        assertEquals("supply.lead_time_months", spec.scenarios().get(1).settings().get(1).key());
        assertEquals("spec.yaml line 5 (plan.recruit)", spec.scenarios().get(1).settings().get(0).origin());
    }

    @Test
    void everyProblemAtOnceWithItsLine() {
        List<Problem> problems = problems("""
                seed: 1
                simulations: 10
                block_size: 20
                capabilities: [plan, market]
                scenarios:
                  - name: "no spaces allowed"
                  - name: ok
                    settings:
                      recruit: 3
                """);
        String text = problems.stream().map(Problem::describe).reduce("", (a, b) -> a + b + "\n");
        assertTrue(text.contains("spec.yaml:3") && text.contains("block_size"), text);
        assertTrue(text.contains("spec.yaml:4") && text.contains("market"), text);
        assertTrue(text.contains("list lac too"), text);
        assertTrue(text.contains("spec.yaml:6") && text.contains("a scenario needs a name"), text);
        assertTrue(text.contains("spec.yaml:9") && text.contains("section.key"), text);
        assertEquals(5, problems.size(), text);
    }

    @Test
    void unknownKeyNamesItsLine() {
        List<Problem> problems = problems("seed: 1\nsimulation: 5\n");
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).describe().contains("simulation"), problems.get(0).describe());
    }
}
