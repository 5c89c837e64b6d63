package uk.sufficiency.sweep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.cli.region.GenerateRegionCommand;
import uk.sufficiency.sweep.SharedData;

/**
 * generate-region ships each example council's looked-after history (cli resources region/lac/*.csv)
 * so that the region regenerates without the public data; those files must stay what this sweep's
 * {@link LacHistoryTable} computes from DfE's CLA2019 (Rutland, under the sweep's 50 children, is
 * scaled by hand and not checked here).
 */
class RegionHistoriesTest {

    @Test
    void theExampleRegionsShippedHistoriesAreTheSweepsOwn() throws IOException {
        PublicFigures.Read read = PublicFigures.read(SharedData.folder());
        for (String name : List.of("Derby", "Leicester", "Leicestershire", "Nottingham", "Lincolnshire")) {
            CouncilFigures council = read.councils().stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not in the public figures"));
            String resource = "lac/" + name.toLowerCase(java.util.Locale.ROOT) + ".csv";
            try (InputStream in = GenerateRegionCommand.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                assertEquals(LacHistoryTable.csv(council), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        name + ": the shipped history differs from LacHistoryTable's");
            }
        }
    }
}
