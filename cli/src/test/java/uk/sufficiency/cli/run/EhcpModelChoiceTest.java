package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Issue 13, finance: where the choice of trend form moves the deficit beyond the chosen form's 80%
 * interval, the answer says so (figures of the built-in scenario's full run, 2024-25).
 */
class EhcpModelChoiceTest {

    private static Interval balance(double mean, double lower80, double upper80) {
        return new Interval(mean, mean, lower80, upper80, lower80, upper80);
    }

    @Test
    void aFormOutsideTheChosenRangeIsNamedInTheAnswer() {
        StepResult.Builder step = StepResult.builder();
        String sentence = EhcpModelChoice.show(List.of(
                new EhcpModelChoice.Outcome(JoinerTrend.LOG_LINEAR, true, balance(-98.6e6, -158.2e6, -28.6e6)),
                new EhcpModelChoice.Outcome(JoinerTrend.CONSTANT, false, balance(-26.3e6, -73.1e6, 20.2e6)),
                new EhcpModelChoice.Outcome(JoinerTrend.LINEAR, false, balance(-80.0e6, -130.6e6, -26.3e6))),
                "2024-25", step);
        assertTrue(sentence.contains("The trend form matters more than this range"), sentence);
        assertTrue(sentence.contains("constant -£26.3m"), sentence);
        assertTrue(!sentence.contains("linear -£80"), "linear is inside the range: " + sentence);
        StepResult shown = step.build();
        assertEquals("ehcp-model-choice", shown.tables().get(0).name());
        assertEquals(3, shown.tables().get(0).rows().size());
    }

    @Test
    void formsInsideTheRangeAreSaidToBe() {
        String sentence = EhcpModelChoice.show(List.of(
                new EhcpModelChoice.Outcome(JoinerTrend.LOG_LINEAR, true, balance(-98.6e6, -158.2e6, -28.6e6)),
                new EhcpModelChoice.Outcome(JoinerTrend.LINEAR, false, balance(-80.0e6, -130.6e6, -26.3e6))),
                "2024-25", StepResult.builder());
        assertEquals(" Other joiner-trend forms give balances within this 80% range.", sentence);
    }
}
