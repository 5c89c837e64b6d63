package uk.sufficiency.sweep.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskSeedsTest {

    @Test
    void seedsComeFromNamesAloneAndStayInTheEnginesRange() {
        assertEquals(TaskSeeds.block(1, "E10000018", "baseline", 3), TaskSeeds.block(1, "E10000018", "baseline", 3));
        Set<Long> seen = new HashSet<>();
        for (String council : new String[] {"E10000018", "E06000001"}) {
            for (String scenario : new String[] {"baseline", "recruit"}) {
                for (int block = 0; block < 50; block++) {
                    long seed = TaskSeeds.block(1, council, scenario, block);
                    assertTrue(seed >= 0 && seed <= TaskSeeds.MAX_SEED);
                    assertTrue(seen.add(seed), "every task its own stream");
                }
            }
        }
        assertNotEquals(TaskSeeds.block(1, "E10000018", "baseline", 0), TaskSeeds.block(2, "E10000018", "baseline", 0));
        assertNotEquals(TaskSeeds.council(1, "E10000018"), TaskSeeds.block(1, "E10000018", "baseline", 0));
    }
}
