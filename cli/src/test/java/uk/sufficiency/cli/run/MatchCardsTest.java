package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13 item 3: each alternative on a match card says why it lost, by rule or by points. */
class MatchCardsTest {

    @Test
    void anAlternativeLosesToARuleOrOnPoints() {
        assertEquals("lost on points: 19 more points (distance from home +19)",
                MatchCards.whyLost(19, "distance from home +19", List.of()));
        assertEquals("ruled out: full: 1 of 1 place taken by C0072; it would score 39 fewer points (weekly cost -50)",
                MatchCards.whyLost(-39, "weekly cost -50", List.of("full: 1 of 1 place taken by C0072")));
        assertEquals("ruled out: full; it also scores 5 more points (weekly cost +5)",
                MatchCards.whyLost(5, "weekly cost +5", List.of("full")));
        assertEquals("has room and 3 fewer points (school -3): a better match the search did not reach",
                MatchCards.whyLost(-3, "school -3", List.of()));
        assertEquals("has room and the same points: a tie, kept as the search found it",
                MatchCards.whyLost(0, "no points", List.of()));
    }
}
