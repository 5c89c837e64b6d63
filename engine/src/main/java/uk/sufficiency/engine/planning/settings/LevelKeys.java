package uk.sufficiency.engine.planning.settings;

/** Skill-level keys as people write them in the plan section: {@code 3} or {@code L3}. */
final class LevelKeys {

    private LevelKeys() {
    }

    /** The level a key names, or 0 when it names none. */
    static int level(String key) {
        try {
            return Integer.parseInt(key.replaceFirst("^[lL]", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
