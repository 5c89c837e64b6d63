package uk.sufficiency.model.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input with a time bound, so a hang is a finding. A JUnit {@code @Timeout} would
 * bound the whole fuzzing session, not each input, so the bound is applied here instead.
 */
public final class Bounded {

    /** Far above any input's reading time (milliseconds), far below "never returns". */
    public static final Duration PER_INPUT = Duration.ofSeconds(20);

    /** The first input also loads (and, when fuzzing, instruments) the parser's classes. */
    public static final Duration FIRST_INPUT = Duration.ofMinutes(5);

    private static volatile boolean warm;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzz-input");
        thread.setDaemon(true);
        return thread;
    });

    /** Work that may throw anything. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private Bounded() {
    }

    /** Runs {@code work}, rethrowing what it throws; an AssertionError if it takes longer than {@link #PER_INPUT}. */
    public static void run(Work work) throws Exception {
        Future<?> result = WORKER.submit(() -> {
            work.run();
            return null;
        });
        Duration limit = warm ? PER_INPUT : FIRST_INPUT;
        try {
            result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            warm = true;
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("hang: the input was neither read nor refused within " + limit);
        } catch (ExecutionException e) {
            warm = true;
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }
}
