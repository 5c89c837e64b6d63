package uk.sufficiency.sweep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.sufficiency.sweep.SharedData;

class PublicFiguresTest {

    static PublicFigures.Read read;
    static Map<String, CouncilFigures> byName;

    @BeforeAll
    static void readFigures() {
        read = PublicFigures.read(SharedData.folder());
        byName = read.councils().stream().collect(Collectors.toMap(CouncilFigures::name, Function.identity()));
    }

    @Test
    void everyCouncilTheGeneratorCanHoldIsSweptTheRestSaySo() {
        assertEquals(149, read.councils().size());
        assertEquals(3, read.skipped().size());
        assertTrue(read.skipped().get("E06000017 Rutland").startsWith("33 children"));
        assertTrue(read.skipped().containsKey("E09000001 City of London"));
        assertTrue(read.skipped().containsKey("E06000053 Isles of Scilly"));
    }

    @Test
    void figuresAreTheFilesOwn() {
        CouncilFigures leicestershire = byName.get("Leicestershire");
        assertEquals(List.of(471, 469, 510, 554, 584), leicestershire.childrenAt31March());
        assertEquals(757, leicestershire.childrenDuringYear().get(4));
        assertEquals(584, leicestershire.ageBandChildren().stream().mapToInt(Integer::intValue).sum());
        assertEquals(215, leicestershire.fosterHouseholds());
        assertEquals(250, leicestershire.fosteredInHouse());
        assertEquals(4222L, leicestershire.ehcpPlans().get(leicestershire.ehcpPlans().size() - 1));
        assertEquals(2010, leicestershire.ehcpFirstYear());
    }

    @Test
    void namesMatchAcrossPublishers() {
        // DfE "Bristol, City of" is Ofsted's "Bristol"
        CouncilFigures bristol = read.councils().stream().filter(c -> c.name().startsWith("Bristol")).findFirst()
                .orElseThrow();
        assertEquals("Bristol", bristol.ofstedArea());
        // the Tri-borough councils have no Ofsted column of their own: England defaults, said in councils.csv
        assertNull(byName.get("Westminster").ofstedArea());
        assertNotNull(byName.get("Hartlepool").ofstedArea());
    }
}
