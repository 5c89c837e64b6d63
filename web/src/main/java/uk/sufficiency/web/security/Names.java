package uk.sufficiency.web.security;

import java.util.regex.Pattern;

/**
 * The one rule for every name a request may carry (a scenario, a run, a comparison): a single
 * folder name of letters, digits, '.', '_' and '-', not starting with '.', so that no request can
 * say {@code ..}, an absolute path, a separator or a hidden staging folder.
 */
public final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private Names() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches() && !name.contains("..");
    }

    /** The name, or a {@link BadRequest} saying what a name may hold. */
    public static String check(String name, String what) {
        if (!isValid(name)) {
            throw new BadRequest(what + " must be 1-80 letters, digits, '.', '_' or '-', starting with a letter or"
                    + " digit, without '..'");
        }
        return name;
    }
}
