package uk.sufficiency.web.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work in the background on a small pool (the machine has few cores), one job per
 * submission, and reuses work already done or under way for the same key (scenario content, seed
 * and settings): an unchanged scenario is not solved twice, and two users asking for the same
 * thing share one job. Keeps the most recent jobs; older finished ones are forgotten.
 */
public final class Jobs implements AutoCloseable {

    /** What a job does; returns its result. */
    @FunctionalInterface
    public interface Work {
        Object run(JobControl control) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final int KEEP = 200;

    private final ExecutorService pool;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public Jobs(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sufficiency-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the work, or returns the job already done or running for the same key (a failed or
     * cancelled one is started again).
     */
    public synchronized Job submit(String kind, String label, String key, Work work) {
        if (key != null) {
            for (Job job : jobs.values()) {
                if (key.equals(job.key()) && (job.state() == Job.State.DONE || !job.state().finished())
                        && !job.cancelRequested()) {
                    return job;
                }
            }
        }
        Job job = new Job(kind + "-" + sequence.incrementAndGet(), kind, label, key);
        jobs.put(job.id(), job);
        trim();
        pool.execute(() -> execute(job, work));
        return job;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** A finished, successful job for the key, if any. */
    public synchronized Optional<Job> done(String key) {
        return jobs.values().stream().filter(j -> key.equals(j.key()) && j.state() == Job.State.DONE)
                .reduce((a, b) -> b);
    }

    /** Jobs of a kind, newest first. */
    public synchronized List<Job> ofKind(String kind) {
        List<Job> list = new ArrayList<>(jobs.values().stream().filter(j -> j.kind().equals(kind)).toList());
        list.sort(Comparator.comparing(Job::created).reversed());
        return list;
    }

    private void execute(Job job, Work work) {
        long start = System.nanoTime();
        JobControl control = new JobControl() {
            @Override
            public void note(String line) {
                job.note(line);
            }

            @Override
            public boolean cancelled() {
                return job.cancelRequested();
            }
        };
        if (job.cancelRequested()) {
            job.finish(Job.State.CANCELLED, null, "cancelled before it started", 0);
            return;
        }
        job.running();
        try {
            Object result = work.run(control);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (job.cancelRequested()) {
                job.finish(Job.State.CANCELLED, null, "cancelled by the user", seconds);
            } else {
                job.finish(Job.State.DONE, result, null, seconds);
            }
        } catch (JobControl.Cancelled e) {
            job.finish(Job.State.CANCELLED, null, e.getMessage(), (System.nanoTime() - start) / 1e9);
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            LOG.debug("job {} failed", job.id(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.finish(Job.State.FAILED, null, message, (System.nanoTime() - start) / 1e9);
        }
    }

    private void trim() {
        var it = jobs.values().iterator();
        while (jobs.size() > KEEP && it.hasNext()) {
            if (it.next().state().finished()) {
                it.remove();
            }
        }
    }

    @Override
    public void close() {
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
