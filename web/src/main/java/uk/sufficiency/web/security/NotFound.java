package uk.sufficiency.web.security;

/** Status 404 with a plain message. */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
