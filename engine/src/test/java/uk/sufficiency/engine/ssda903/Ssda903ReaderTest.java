package uk.sufficiency.engine.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.testdata.TestData;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

class Ssda903ReaderTest {

    private static final String EPISODE_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    @TempDir
    Path dir;

    private final Ssda903Reader reader = new Ssda903Reader(PlacementCategoryMap.defaults());

    @Test
    void readsAndMergesTheSyntheticSample() {
        Ssda903Data data = reader.read(TestData.ssda903Synthetic());
        assertEquals(LocalDate.of(2017, 4, 1), data.periodStart());
        assertEquals(LocalDate.of(2022, 3, 31), data.periodEnd());
        assertEquals(1460 + 974 + 648 + 402 + 253, data.rowsRead());
        // 910 episodes are returned again in a later year with their end date filled in.
        assertEquals(910, data.superseded());
        for (Problem p : data.dataQuality()) {
            boolean perRow = p.file() != null && p.line() > 1;
            boolean perReturnPair = p.file() != null && p.rule().startsWith("returns ");
            assertTrue(perRow || perReturnPair, p.describe());
        }
        // After cleaning no child has overlapping episodes.
        List<Episode> eps = data.episodes();
        for (int i = 0; i + 1 < eps.size(); i++) {
            Episode a = eps.get(i);
            Episode b = eps.get(i + 1);
            if (a.childId().equals(b.childId())) {
                assertTrue(a.end() != null && !a.end().isAfter(b.start()), a + " overlaps " + b);
            }
        }
    }

    /**
     * The sample's returns do not continue each other. Counted by hand from the raw files (children
     * with an episode without DEC in 2017-episodes.csv: 432, of whom 84 have no row in
     * 2018-episodes.csv; CHILD values of 2018-episodes.csv absent from 2017-episodes.csv whose
     * earliest DECOM there is before 1 April 2018: 94).
     */
    @Test
    void reportsReturnsThatDoNotContinueEachOther() {
        Ssda903Data data = reader.read(TestData.ssda903Synthetic());
        List<String> pairs = data.dataQuality().stream().map(Problem::rule).filter(r -> r.startsWith("returns ")).toList();
        assertEquals(4, pairs.size(), pairs.toString());
        assertTrue(pairs.get(0).startsWith("returns 2017 and 2018 are not one continuous record: 84 of the 432 children"
                + " in care at the end of the 2017 return are absent from the 2018 return, and 94 children in care before"
                + " 1 April 2018 appear first in it"), pairs.get(0));
    }

    @Test
    void mapsPlaceAndProviderToCategories() {
        PlacementCategoryMap map = PlacementCategoryMap.defaults();
        assertEquals("ifa_foster", map.match("U4", "PR4"));
        assertEquals("in_house_foster", map.match("U5", "PR1"));
        assertEquals("connected", map.match("U1", "PR1"));
        assertEquals("residential_in_house", map.match("K2", "PR1"));
        assertEquals("residential_external", map.match("K2", "PR4"));
        assertEquals("supported", map.match("H5", "PR4"));
        assertEquals("other", map.match("P1", "PR0"));
        assertNull(map.match("XX", "PR1"));
    }

    @Test
    void reportsEveryRejectedOrAdjustedRowWithFileLineAndReason() throws IOException {
        Files.writeString(dir.resolve("2020-header.csv"), "CHILD,SEX,DOB\nA,1,01/01/2010\nB,2,01/01/2012\nC,1,not-a-date\n");
        Files.writeString(dir.resolve("2020-episodes.csv"), EPISODE_HEADER
                + "A,01/05/2020,S,C2,N1,U4,PR1,01/09/2020,X1,,,,\n"     // line 2: cut by the overlap with line 3
                + "A,01/08/2020,P,C2,N1,K2,PR4,,X1,,,,\n"               // line 3
                + "B,bad,S,C2,N1,U4,PR1,,,,,,\n"                        // line 4: bad DECOM
                + "B,01/06/2020,S,C2,N1,U4,PR1,01/05/2020,E11,,,,\n"    // line 5: DEC before DECOM
                + "B,01/07/2020,S,C2,N1,U1,PR1,,,,,,\n"                 // line 6: duplicate of line 7
                + "B,01/07/2020,S,C2,N1,U2,PR1,,,,,,\n"                 // line 7: open, absent from 2021: closed
                + "C,01/07/2020,S,C2,N1,U4,PR1,,,,,,\n"                 // line 8: child without a usable DOB
                + "D,01/07/2020,S,C2,N1,,PR1,,,,,,\n");                 // line 9: no PLACE
        Files.writeString(dir.resolve("2021-header.csv"), "CHILD,SEX,DOB\nA,1,01/01/2010\n");
        Files.writeString(dir.resolve("2021-episodes.csv"), EPISODE_HEADER
                + "A,01/08/2020,P,C2,N1,K2,PR4,01/12/2021,E11,,,,\n");
        Ssda903Data data = reader.read(dir);
        List<String> found = data.dataQuality().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column()).toList();
        assertTrue(found.contains("2020-episodes.csv:4:DECOM"), found.toString());
        assertTrue(found.contains("2020-episodes.csv:5:DEC"), found.toString());
        assertTrue(found.contains("2020-episodes.csv:6:DECOM"), found.toString());
        assertTrue(found.contains("2020-episodes.csv:8:CHILD"), found.toString());
        assertTrue(found.contains("2020-episodes.csv:9:PLACE"), found.toString());
        assertTrue(found.contains("2020-episodes.csv:2:DEC"), found.toString());
        assertTrue(found.contains("2020-episodes.csv:7:DEC"), found.toString());
        assertTrue(found.contains("2020-header.csv:4:DOB"), found.toString());
        // B's episode open at the end of 2020 is absent from 2021: 1 of the 2 open children
        assertTrue(found.contains("2021-episodes.csv:0:CHILD"), found.toString());
        assertEquals(3, data.episodes().size());
        Episode first = data.episodes().get(0);
        assertEquals(LocalDate.of(2020, 8, 1), first.end(), "overlap cut at the next start");
        Episode kept = data.episodes().get(1);
        assertEquals(LocalDate.of(2021, 12, 1), kept.end(), "the later year's copy wins");
        assertEquals("residential_external", kept.category());
        Episode closed = data.episodes().get(2);
        assertEquals("connected", closed.category(), "later duplicate row kept");
        assertEquals(LocalDate.of(2021, 3, 31), closed.end(), "stale open episode ended at its year end");
    }

    @Test
    void missingRequiredColumnsAreAnInputErrorListingEveryOne() throws IOException {
        Files.writeString(dir.resolve("2020-header.csv"), "CHILD,SEX\nA,1\n");
        Files.writeString(dir.resolve("2020-episodes.csv"), "CHILD,DECOM,PLACE\nA,01/05/2020,U4\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir));
        List<String> columns = e.problems().stream().map(Problem::column).toList();
        assertTrue(columns.containsAll(List.of("DOB", "DEC", "PLACE_PROVIDER")), columns.toString());
    }

    @Test
    void aFolderWithoutReturnsIsAnInputError() {
        assertThrows(InvalidInputException.class, () -> reader.read(dir));
    }
}
