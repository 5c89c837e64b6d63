package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;

/** The k smallest (key, home) pairs seen, ties to the smaller home index; a bounded max-heap. */
final class CheapestArcs {
    final long[] costs;
    final int[] homes;
    int size;
    /** True once a pair was turned away or pushed out for lack of room. */
    boolean overflowed;

    CheapestArcs(int k) {
        costs = new long[k];
        homes = new int[k];
    }

    void offer(long key, int home) {
        offerWithin(costs.length, key, home);
    }

    /** Offers, keeping at most {@code limit} pairs as a heap. */
    void offerWithin(int limit, long key, int home) {
        if (size < limit) {
            int i = size++;
            costs[i] = key;
            homes[i] = home;
            up(i);
        } else if (before(key, home, costs[0], homes[0])) {
            overflowed = true;
            costs[0] = key;
            homes[0] = home;
            down(0);
        } else {
            overflowed = true;
        }
    }

    /** The largest kept key when {@code limit} pairs are kept. */
    long worstOf(int limit) {
        return size < limit ? Long.MAX_VALUE : costs[0];
    }

    /** Appends a pair unless its home is kept already (ends heap order). */
    void add(long key, int home) {
        for (int i = 0; i < size; i++) {
            if (homes[i] == home) {
                return;
            }
        }
        costs[size] = key;
        homes[size++] = home;
    }

    static boolean before(long keyA, int homeA, long keyB, int homeB) {
        return keyA < keyB || (keyA == keyB && homeA < homeB);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(costs[parent], homes[parent], costs[i], homes[i])) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int largest = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (before(costs[largest], homes[largest], costs[child], homes[child])) {
                    largest = child;
                }
            }
            if (largest == i) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int a, int b) {
        long c = costs[a];
        costs[a] = costs[b];
        costs[b] = c;
        int h = homes[a];
        homes[a] = homes[b];
        homes[b] = h;
    }

    /** Keys at or above this cannot enter: 0 until full (only negatives are wanted), then the largest kept. */
    long threshold() {
        return size < costs.length ? 0 : costs[0];
    }

    /** Orders the kept pairs by home index (the heap order is no longer needed). */
    void sortByHome() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(homes[a], homes[b]));
        long[] c = new long[size];
        int[] h = new int[size];
        for (int i = 0; i < size; i++) {
            c[i] = costs[order[i]];
            h[i] = homes[order[i]];
        }
        System.arraycopy(c, 0, costs, 0, size);
        System.arraycopy(h, 0, homes, 0, size);
    }
}
