package uk.sufficiency.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 13: numbers a table holds as text (plan-inputs' value) go to the workbook as numbers; ids and codes do not. */
class WorkbookNumbersTest {

    @Test
    void plainNumbersAreNumbers() {
        assertEquals(new BigDecimal("0.0558"), WorkbookWriter.numberText("0.0558"));
        assertEquals(new BigDecimal("30"), WorkbookWriter.numberText("30"));
        assertEquals(new BigDecimal("-2.5"), WorkbookWriter.numberText("-2.5"));
    }

    @Test
    void idsCodesDatesAndRangesStayText() {
        assertNull(WorkbookWriter.numberText("0012"));
        assertNull(WorkbookWriter.numberText("P0258"));
        assertNull(WorkbookWriter.numberText("2024-25"));
        assertNull(WorkbookWriter.numberText("2015-03-31"));
        assertNull(WorkbookWriter.numberText("1e5"));
        assertNull(WorkbookWriter.numberText(""));
    }
}
