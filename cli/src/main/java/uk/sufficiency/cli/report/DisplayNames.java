package uk.sufficiency.cli.report;

import java.util.Locale;
import java.util.Map;

/** Names for people in place of the engine's codes: placement types in the report's tables and charts. */
public final class DisplayNames {

    private DisplayNames() {
    }

    private static final Map<String, String> PLACEMENT_TYPES = Map.of(
            "connected", "Connected (family and friends) carer",
            "in_house_foster", "In-house foster carer",
            "ifa_foster", "Independent fostering agency (IFA)",
            "parent_and_child", "Parent-and-child foster placement",
            "residential_in_house", "Council children's home",
            "residential_external", "External children's home",
            "staying_put", "Staying put (with former foster carer)",
            "supported_lodgings", "Supported lodgings",
            "supported_accommodation", "Supported accommodation");

    /** "In-house foster carer" for {@code in_house_foster}; an unknown code with its underscores as spaces. */
    public static String placementType(String code) {
        String name = PLACEMENT_TYPES.get(code);
        if (name != null) {
            return name;
        }
        String words = code.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
