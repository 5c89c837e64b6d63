package uk.sufficiency.sweep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LacHistoryTableTest {

    /** Leicestershire's 2015-2019 figures as DfE and Ofsted publish them. */
    static final CouncilFigures COUNCIL = new CouncilFigures("E10000018", "Leicestershire", 2015,
            List.of(471, 469, 510, 554, 584), List.of(693, 713, 721, 726, 757), List.of(35, 101, 115, 221, 112), 0.55,
            List.of(437, 54, 39, 32), "Leicestershire", 215, 250, 2010, List.of());

    @Test
    void stocksAndFlowsAddUpToThePublishedTotalsEveryYear() {
        Map<Integer, int[]> totals = new HashMap<>();
        for (String line : LacHistoryTable.csv(COUNCIL).lines().skip(1).toList()) {
            String[] cells = line.split(",", -1);
            int[] t = totals.computeIfAbsent(Integer.parseInt(cells[0]), y -> new int[3]);
            t[0] += Integer.parseInt(cells[3]);
            t[1] += cells[4].isEmpty() ? 0 : Integer.parseInt(cells[4]);
            t[2] += cells[5].isEmpty() ? 0 : Integer.parseInt(cells[5]);
            if (cells[1].equals("supported")) {
                assertEquals("16-18", cells[2], "supported living is for 16-17 year olds only");
            }
            if (cells[1].startsWith("residential")) {
                assertTrue(!cells[2].equals("0-1") && !cells[2].equals("1-5"), line);
            }
        }
        for (int y = 0; y < 5; y++) {
            int[] t = totals.get(2015 + y);
            assertEquals(COUNCIL.childrenAt31March().get(y), t[0]);
            if (y > 0) {
                assertEquals(COUNCIL.childrenDuringYear().get(y) - COUNCIL.childrenAt31March().get(y - 1), t[1]);
                assertEquals(COUNCIL.childrenDuringYear().get(y) - COUNCIL.childrenAt31March().get(y), t[2]);
                assertEquals(totals.get(2014 + y)[0] + t[1] - t[2], t[0], "the year balances");
            }
        }
    }

    @Test
    void sharesMeetBothPublishedMargins() {
        double[][] share = LacHistoryTable.shares(COUNCIL);
        double foster = 0;
        double[] bands = new double[5];
        for (int c = 0; c < share.length; c++) {
            for (int b = 0; b < 5; b++) {
                bands[b] += share[c][b];
                if (c <= 2) {
                    foster += share[c][b];
                }
            }
        }
        assertEquals(437 / 562.0, foster, 1e-6, "foster care's share of the placements published");
        assertEquals(35 / 584.0, bands[0], 1e-3, "under-1s' share of the ages published");
        assertEquals(221 / 584.0, bands[3], 1e-3);
    }
}
