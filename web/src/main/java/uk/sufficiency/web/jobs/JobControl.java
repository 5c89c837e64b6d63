package uk.sufficiency.web.jobs;

/** What running work sees of its job: where to say what it is doing, and whether to stop. */
public interface JobControl {

    /** A progress line for the page (never a child-level value). */
    void note(String line);

    boolean cancelled();

    /** Throws {@link Cancelled} when the user asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }

    /** Ends the work as cancelled. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled by the user");
        }
    }
}
