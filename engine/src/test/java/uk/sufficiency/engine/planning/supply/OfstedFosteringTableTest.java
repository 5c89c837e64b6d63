package uk.sufficiency.engine.planning.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;

class OfstedFosteringTableTest {

    @TempDir
    Path temp;

    /** The published file, kept in the repository's test data. */
    static Path realFile() {
        return uk.sufficiency.engine.testdata.TestData.fosteringEngland();
    }

    @Test
    void readsThePublishedFileAndReproducesTheBuiltInLeicestershireCalibration() {
        Path file = realFile();
        assumeTrue(file != null, "shared/data/fostering-england not found above the working directory");
        OfstedFosteringTable table = OfstedFosteringTable.read(file);
        assertEquals(165, table.areas().size());
        assertEquals("England", table.areas().get(0));
        assertEquals(88_370, table.require("Number of approved foster places", "England"));
        assertEquals(54_870, table.require("Number of filled places", "England"));
        FosteringCalibration leicestershire = FosteringCalibration.from(table, "Leicestershire");
        FosteringCalibration builtIn = FosteringCalibration.LEICESTERSHIRE_2018_19;
        assertEquals(builtIn.households(), leicestershire.households());
        assertEquals(builtIn.approvedPlaces(), leicestershire.approvedPlaces());
        assertEquals(builtIn.filledPlaces(), leicestershire.filledPlaces());
        assertEquals(builtIn.vacantPlaces(), leicestershire.vacantPlaces());
        assertEquals(builtIn.placesNotAvailable(), leicestershire.placesNotAvailable());
        assertEquals(builtIn.householdsApproved(), leicestershire.householdsApproved());
        assertEquals(builtIn.familyAndFriendsApproved(), leicestershire.familyAndFriendsApproved());
        assertEquals(builtIn.deregistered(), leicestershire.deregistered());
        assertEquals(builtIn.deregisteredByCarer(), leicestershire.deregisteredByCarer());
        // labels carrying cp1252 curly quotes decode (0x91/0x92 -> U+2018/U+2019)
        assertTrue(table.measures().stream().anyMatch(m -> m.contains("\u2018missing\u2019")), "cp1252 decoding");
        long suppressed = 0;
        for (String area : table.areas()) {
            if (table.value("Number of approved foster places", area).isEmpty()) {
                suppressed++;
            }
        }
        assertTrue(suppressed < table.areas().size());
    }

    @Test
    void parsesQuotedThousandsAndSuppressedCellsAndNamesTheCellOfABadValue() throws Exception {
        Path file = temp.resolve("fostering.csv");
        String text = ",,,England,,Shire\r\nTopic,Sub-topic,Data,,,SC1\r\nPlaces,Fostering places \u00b0,"
                + "Number of approved foster places,\"1,234\",,..\r\n,,Number of filled places,12,,x1\r\n";
        Files.write(file, text.getBytes(OfstedFosteringTable.ENCODING));
        OfstedFosteringTable table = OfstedFosteringTable.read(file);
        assertEquals(1234, table.require("Number of approved foster places", "England"));
        assertTrue(table.value("Number of approved foster places", "Shire").isEmpty());
        InvalidInputException suppressed = assertThrows(InvalidInputException.class,
                () -> table.require("Number of approved foster places", "Shire"));
        assertTrue(suppressed.getMessage().contains(":3:"), suppressed.getMessage());
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> table.value("Number of filled places", "Shire"));
        assertTrue(bad.getMessage().contains("x1"), bad.getMessage());
        assertThrows(InvalidInputException.class, () -> table.value("No such measure", "England"));
        assertThrows(InvalidInputException.class, () -> table.value("Number of filled places", "Nowhere"));
    }

    @Test
    void calibrationDerivesRatesFromTheFigures() {
        FosteringCalibration c = FosteringCalibration.LEICESTERSHIRE_2018_19;
        assertEquals(80.0 / 355, c.unusablePlaceShare(), 1e-12);
        assertEquals(355.0 / 215, c.placesPerHousehold(), 1e-12);
        assertEquals(30.0 / 215, c.otherDeregistrationRate(), 1e-12);
        assertEquals(10.0 / 215 / 0.34, c.retirementRate60To69(), 1e-12);
        assertEquals(30, c.mainstreamApprovalsPerYear());
    }
}
