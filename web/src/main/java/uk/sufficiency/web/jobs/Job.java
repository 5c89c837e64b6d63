package uk.sufficiency.web.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One piece of long work in the background (a solve, a projection, a whole run): its progress
 * lines, its state, and its result or error. Progress lines never hold child-level values.
 */
public final class Job {

    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED;
        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final String kind;
    private final String label;
    private final String key;
    private final Instant created = Instant.now();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final List<String> progress = new ArrayList<>();
    private final List<Consumer<Job>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.QUEUED;
    private volatile Object result;
    private volatile String error;
    private volatile double seconds;

    Job(String id, String kind, String label, String key) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.key = key;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** Cache key (scenario content, seed, settings), or null when the job is never reused. */
    public String key() {
        return key;
    }

    public Instant created() {
        return created;
    }

    public State state() {
        return state;
    }

    public Object result() {
        return result;
    }

    public <T> T result(Class<T> type) {
        return type.cast(result);
    }

    public String error() {
        return error;
    }

    public double seconds() {
        return seconds;
    }

    public synchronized List<String> progress() {
        return List.copyOf(progress);
    }

    public synchronized String lastProgress() {
        return progress.isEmpty() ? "" : progress.get(progress.size() - 1);
    }

    public boolean cancelRequested() {
        return cancelRequested.get();
    }

    /** Asks the work to stop; it stops at its next check and ends as cancelled. */
    public void cancel() {
        cancelRequested.set(true);
        notifyListeners();
    }

    /** Hears every change (a progress line, a state change) until the job ends. */
    public void listen(Consumer<Job> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<Job> listener) {
        listeners.remove(listener);
    }

    void note(String line) {
        synchronized (this) {
            progress.add(line);
            if (progress.size() > 500) {
                progress.remove(0);
            }
        }
        notifyListeners();
    }

    void running() {
        state = State.RUNNING;
        notifyListeners();
    }

    void finish(State end, Object value, String message, double elapsedSeconds) {
        this.result = value;
        this.error = message;
        this.seconds = elapsedSeconds;
        this.state = end;
        notifyListeners();
    }

    private void notifyListeners() {
        for (Consumer<Job> listener : listeners) {
            listener.accept(this);
        }
    }
}
