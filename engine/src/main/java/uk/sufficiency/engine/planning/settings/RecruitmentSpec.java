package uk.sufficiency.engine.planning.settings;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sufficiency.model.child.SkillLevel;

/** Parses {@code L3=+12/yr,L4=+6/yr}: extra households recruited each plan year, by skill level. */
public final class RecruitmentSpec {

    private static final Pattern ITEM = Pattern.compile("\\s*[lL]?([0-9]+)\\s*=\\s*\\+?([0-9]+(?:\\.[0-9]+)?)\\s*(?:/\\s*yr)?\\s*");

    private RecruitmentSpec() {
    }

    /** Level (1-6) to households per year; throws IllegalArgumentException naming the bad item. */
    public static Map<Integer, Double> parse(String text) {
        Map<Integer, Double> perYear = new TreeMap<>();
        for (String item : text.split(",")) {
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("recruitment '" + item.trim()
                        + "' must look like L3=+12/yr (skill level " + SkillLevel.MIN + "-" + SkillLevel.MAX
                        + ", households per year)");
            }
            int level = Integer.parseInt(m.group(1));
            if (!SkillLevel.isValid(level)) {
                throw new IllegalArgumentException("recruitment '" + item.trim() + "': skill level must be "
                        + SkillLevel.MIN + "-" + SkillLevel.MAX);
            }
            perYear.merge(level, Double.parseDouble(m.group(2)), Double::sum);
        }
        return perYear;
    }
}
