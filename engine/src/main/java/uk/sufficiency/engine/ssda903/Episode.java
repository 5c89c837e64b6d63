package uk.sufficiency.engine.ssda903;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One SSDA903 episode of care after import: a period in one placement under one legal status.
 *
 * @param childId   pseudonymous CHILD identifier
 * @param start     DECOM, the first day of the episode
 * @param end       DEC, the day the episode ceased; null while still open
 * @param place     PLACE code as returned (e.g. U4, K2)
 * @param provider  PLACE_PROVIDER code (PR0-PR5), "" if not recorded
 * @param category  placement category the (place, provider) pair maps to
 * @param file      the file the kept version of the row came from
 * @param line      its line in that file
 */
public record Episode(String childId, LocalDate start, LocalDate end, String place, String provider,
        String category, Path file, int line) {

    /** True if the child is in this episode at the end of {@code day} (the 903 "looked after at" rule). */
    public boolean openAtEndOf(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    public Episode withEnd(LocalDate newEnd) {
        return new Episode(childId, start, newEnd, place, provider, category, file, line);
    }
}
