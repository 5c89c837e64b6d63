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

    /** Either every home of the problem, looked up by index, or exactly this range's homes. */
    private final Home[] table;
    private final boolean byIndex;
    private final int[] indices;

    /** @param homes eligible homes in ascending {@link Home#getIndex()} order, without duplicates */
    public HomeRange(List<Home> homes) {
        this.table = homes.toArray(new Home[0]);
        this.byIndex = false;
        this.indices = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            indices[i] = table[i].getIndex();
        }
        checkAscending(indices);
    }

    /**
     * A range that shares the problem's home array, so that millions of candidate pairs cost one
     * int each.
     *
     * @param allHomes every home of the problem, each at its {@link Home#getIndex()}
     * @param indices  the eligible homes' indices, ascending, without duplicates (not copied)
     */
    public HomeRange(Home[] allHomes, int[] indices) {
        this.table = allHomes;
        this.byIndex = true;
        this.indices = indices;
        checkAscending(indices);
    }

    private static void checkAscending(int[] indices) {
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("homes must be sorted by index without duplicates");
            }
        }
    }

    public List<Home> asList() {
        Home[] homes = new Home[indices.length];
        for (int i = 0; i < homes.length; i++) {
            homes[i] = at(i);
        }
        return List.of(homes);
    }

    public int size() {
        return indices.length;
    }

    public Home at(int position) {
        return table[byIndex ? indices[position] : position];
    }

    /** The home index at this position: {@code at(position).getIndex()} without the lookup. */
    public int indexAt(int position) {
        return indices[position];
    }

    /** Whether the home with this index is in the range (binary search). */
    public boolean containsIndex(int homeIndex) {
        return Arrays.binarySearch(indices, homeIndex) >= 0;
    }

    @Override
    public long getSize() {
        return indices.length;
    }

    @Override
    public Home get(long index) {
        return at((int) index);
    }

    @Override
    public boolean contains(Home value) {
        if (value == null) {
            return false;
        }
        int position = Arrays.binarySearch(indices, value.getIndex());
        return position >= 0 && at(position) == value;
    }

    @Override
    public Iterator<Home> createOriginalIterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < indices.length;
            }

            @Override
            public Home next() {
                if (next >= indices.length) {
                    throw new NoSuchElementException();
                }
                return at(next++);
            }
        };
    }

    @Override
    public Iterator<Home> createRandomIterator(Random workingRandom) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return indices.length > 0;
            }

            @Override
            public Home next() {
                if (indices.length == 0) {
                    throw new NoSuchElementException();
                }
                return at(workingRandom.nextInt(indices.length));
            }
        };
    }
}
