package uk.sufficiency.model.scenario;

import java.nio.file.Path;

/** A value read from a table row, with where it was read, for cross-row checks. */
record Located<T>(T value, Path file, int line) {
}
