package uk.sufficiency.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Quick results (a re-projection, a plan evaluation) kept by key: scenario content hash, seed and
 * the controls. Two requests for the same key share one computation; the least recently used
 * results are dropped past the capacity. A failed computation is not kept.
 */
public final class ResultCache {

    private final Map<String, CompletableFuture<Object>> entries;

    public ResultCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Object>> eldest) {
                return size() > capacity;
            }
        };
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        CompletableFuture<Object> future;
        boolean mine = false;
        synchronized (entries) {
            future = entries.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                entries.put(key, future);
                mine = true;
            }
        }
        if (mine) {
            try {
                future.complete(compute.get());
            } catch (RuntimeException | Error e) {
                synchronized (entries) {
                    entries.remove(key);
                }
                future.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (T) future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
