package uk.sufficiency.web.security;

/** A request the app refuses with status 400 and a plain message (never a stack trace). */
public class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
