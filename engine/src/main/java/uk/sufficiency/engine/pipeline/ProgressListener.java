package uk.sufficiency.engine.pipeline;

/**
 * Hears what a long capability is doing ("simulation 400 of 1000"): stderr on the command line,
 * live progress in the web app. Never given child-level values.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = message -> { };

    void note(String message);
}
