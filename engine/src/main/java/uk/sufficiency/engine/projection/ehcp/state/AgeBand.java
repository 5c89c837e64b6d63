package uk.sufficiency.engine.projection.ehcp.state;

/**
 * The age bands of the DSG management plan (under 5, 5-10, 11-15, 16-19, 20-25), from age on
 * 31 August = national curriculum year + 5. Plans for ages above 25 (rare) count in the last band.
 */
public enum AgeBand {
    UNDER_5("0-4"),
    AGE_5_TO_10("5-10"),
    AGE_11_TO_15("11-15"),
    AGE_16_TO_19("16-19"),
    AGE_20_TO_25("20-25");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand ofAcademicYear(int academicYear) {
        int age = academicYear + 5;
        if (age < 5) {
            return UNDER_5;
        }
        if (age <= 10) {
            return AGE_5_TO_10;
        }
        if (age <= 15) {
            return AGE_11_TO_15;
        }
        if (age <= 19) {
            return AGE_16_TO_19;
        }
        return AGE_20_TO_25;
    }
}
