package uk.sufficiency.engine.projection.ehcp.input;

import uk.sufficiency.engine.projection.ehcp.state.EhcpState;

/**
 * One plan's move from the January census of {@code calendarYear} to the next: {@code from} is
 * null for a joiner (NONSEND before), {@code to} is null for a leaver (NONSEND after).
 */
public record Transition(int calendarYear, EhcpState from, EhcpState to) {

    public boolean isJoiner() {
        return from == null;
    }

    public boolean isLeaver() {
        return to == null;
    }
}
