package uk.sufficiency.engine.matching.domain;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.impl.domain.valuerange.AbstractCountableValueRange;

/**
 * The homes one request may go to, sorted by home index. OptaPlanner's list-backed range answers
 * {@code contains} by a linear scan, which swap moves call on every candidate; with thousands of
 * eligible homes per child that dominates, so this range answers by binary search instead.
 */
public final class HomeRange extends AbstractCountableValueRange<Home> {

    private final Home[] homes;
    private final int[] indices;

    /** @param homes eligible homes in ascending {@link Home#getIndex()} order, without duplicates */
    public HomeRange(List<Home> homes) {
        this.homes = homes.toArray(new Home[0]);
        this.indices = new int[this.homes.length];
        for (int i = 0; i < this.homes.length; i++) {
            indices[i] = this.homes[i].getIndex();
            if (i > 0 && indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("homes must be sorted by index without duplicates");
            }
        }
    }

    public List<Home> asList() {
        return List.of(homes);
    }

    public int size() {
        return homes.length;
    }

    public Home at(int position) {
        return homes[position];
    }

    @Override
    public long getSize() {
        return homes.length;
    }

    @Override
    public Home get(long index) {
        return homes[(int) index];
    }

    @Override
    public boolean contains(Home value) {
        return value != null && Arrays.binarySearch(indices, value.getIndex()) >= 0
                && homes[Arrays.binarySearch(indices, value.getIndex())] == value;
    }

    @Override
    public Iterator<Home> createOriginalIterator() {
        return List.of(homes).iterator();
    }

    @Override
    public Iterator<Home> createRandomIterator(Random workingRandom) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return homes.length > 0;
            }

            @Override
            public Home next() {
                if (homes.length == 0) {
                    throw new NoSuchElementException();
                }
                return homes[workingRandom.nextInt(homes.length)];
            }
        };
    }
}
