package uk.sufficiency.engine.projection.ehcp.config;

/** Aggregate mode: the assumed yearly chance that a plan in academic years from..to ends. */
public record LeaverRateAssumption(int academicYearFrom, int academicYearTo, double rate) {
}
