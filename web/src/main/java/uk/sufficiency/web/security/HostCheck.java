package uk.sufficiency.web.security;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * On the loopback address, refuses requests whose Host header names another machine: a web page
 * elsewhere cannot reach the app by pointing its own domain name at 127.0.0.1 (DNS rebinding).
 */
public final class HostCheck {

    private final boolean loopbackOnly;

    public HostCheck(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    public void check(Context ctx) {
        if (!loopbackOnly) {
            return;
        }
        String host = ctx.header("Host");
        if (host == null) {
            throw new Forbidden("no Host header");
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, name.indexOf(']') + 1);
        } else if (name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (!name.equals("localhost") && !name.equals("127.0.0.1") && !name.equals("[::1]")) {
            throw new Forbidden("this server answers only to localhost or 127.0.0.1");
        }
    }
}
