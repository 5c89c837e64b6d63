package uk.sufficiency.web;

import io.javalin.http.Context;
import uk.sufficiency.web.security.BadRequest;

/** Reads numbers from a query or form, refusing anything outside the control's range. */
public final class Forms {

    private Forms() {
    }

    public static double number(Context ctx, String name, double fallback, double min, double max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            text = ctx.formParam(name);
        }
        if (text == null || text.isBlank()) {
            return fallback;
        }
        double value;
        try {
            if (!text.trim().matches("-?[0-9]{1,12}(\\.[0-9]{1,9})?")) {
                throw new NumberFormatException();
            }
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a plain number, not '" + abbreviate(text) + "'");
        }
        if (value < min || value > max) {
            throw new BadRequest(name + " must be from " + min + " to " + max);
        }
        return value;
    }

    public static String param(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text != null ? text : ctx.formParam(name);
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}
