package uk.sufficiency.web.security;

/** A request refused with status 403: missing access token, forged or cross-site request. */
public final class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }
}
