package uk.sufficiency.web.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Cross-site request forgery protection for every state-changing request (POST, PUT, PATCH,
 * DELETE): a per-browser random token in a SameSite=Strict, HttpOnly cookie that the page repeats in
 * a form field ({@code _csrf}) or header ({@code X-CSRF-Token}); the two must agree. A request
 * whose Origin or Referer names another site, or whose Sec-Fetch-Site says cross-site, is refused
 * before the token is even compared.
 */
public final class CsrfGuard {

    public static final String COOKIE = "sufficiency_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfGuard() {
    }

    /** The browser's token, set as a cookie on first sight; pages embed it in forms. */
    public static String token(Context ctx) {
        String existing = ctx.attribute(COOKIE);
        if (existing == null) {
            existing = ctx.cookie(COOKIE);
        }
        if (existing == null || !existing.matches("[0-9a-f]{64}")) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            existing = HexFormat.of().formatHex(bytes);
            Cookie cookie = new Cookie(COOKIE, existing);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
        }
        ctx.attribute(COOKIE, existing);
        return existing;
    }

    /** Refuses a forged state-changing request with {@link Forbidden}. */
    public static void check(Context ctx) {
        if (SAFE.contains(ctx.method().name())) {
            return;
        }
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw new Forbidden("cross-site request refused");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            origin = ctx.header("Referer");
        }
        if (origin != null && !sameHost(origin, ctx.header("Host"))) {
            throw new Forbidden("request from another site refused");
        }
        String cookie = ctx.cookie(COOKIE);
        String given = ctx.header(HEADER);
        if (given == null) {
            given = ctx.formParam(FIELD);
        }
        if (cookie == null || given == null
                || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("missing or wrong form token (CSRF): reload the page and try again");
        }
    }

    private static boolean sameHost(String url, String host) {
        try {
            URI uri = URI.create(url);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
