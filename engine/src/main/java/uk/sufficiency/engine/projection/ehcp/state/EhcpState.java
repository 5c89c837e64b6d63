package uk.sufficiency.engine.projection.ehcp.state;

/**
 * Where one plan stands at a January census: its setting code, primary-need code and national
 * curriculum year (academic year; reception is 0, nursery -1, year 14 and above are post-19).
 */
public record EhcpState(String setting, String need, int academicYear) {

    /** Age on 31 August before the academic year starts: NCY + 5 (year 1 pupils start aged 5). */
    public int ageAtStartOfYear() {
        return academicYear + 5;
    }
}
