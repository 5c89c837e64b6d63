package uk.sufficiency.engine.projection.ehcp.config;

import java.util.List;

/**
 * A setting or need code with a display name. For settings defined in the configuration rather
 * than a valid-states file, also the academic years served and the settings movers may go to
 * (blank = all).
 */
public record NamedCode(String code, String name, Integer minAcademicYear, Integer maxAcademicYear,
        List<String> movesTo) {

    public String displayName() {
        return name == null || name.isBlank() ? code : name;
    }
}
