package uk.sufficiency.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Guards a server that listens beyond the loopback address: every request must carry the access
 * token, as {@code Authorization: Bearer TOKEN}, as the cookie this class sets, or once as
 * {@code ?token=TOKEN} on a page address (which sets the cookie and drops the token from the
 * address bar). On 127.0.0.1 no token is needed: only this machine can connect.
 */
public final class AccessToken {

    public static final String COOKIE = "sufficiency_access";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] token;

    /** @param token the token; null means none is required */
    public AccessToken(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** 32 random bytes as hex: printed at start-up when the user gave none. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public boolean required() {
        return token != null;
    }

    /** Checks the request; on a first visit with {@code ?token=} sets the cookie and redirects. */
    public void check(Context ctx) {
        if (token == null) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header != null && header.startsWith("Bearer ") && matches(header.substring(7).trim())) {
            return;
        }
        if (matches(ctx.cookie(COOKIE))) {
            return;
        }
        String query = ctx.queryParam("token");
        if (matches(query) && "GET".equals(ctx.method().name())) {
            Cookie cookie = new Cookie(COOKIE, query);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
            ctx.redirect(ctx.path());
            throw new Redirected();
        }
        throw new Forbidden("this server needs its access token: open the address printed when it started"
                + " (it ends ?token=...), or send 'Authorization: Bearer TOKEN'");
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown after a redirect has been set, to end the request there. */
    public static final class Redirected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redirected() {
            super(null, null, false, false);
        }
    }
}
