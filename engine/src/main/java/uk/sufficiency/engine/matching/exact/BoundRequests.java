package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The movable requests of a matching problem as the Lagrangian bound sees them (decision 0079):
 * each request whole (a sibling group is one item of its size), its value placed (urgency weight,
 * or for a child who already has a home and must keep one, a weight above every waiting child
 * together, as the flow's hard level), and the homes it may go to: its value range, less homes
 * without room for it beside the pinned children and homes with a pinned child it may not live
 * with (the same homes {@link RelaxedFlow} keeps, for every request alike).
 *
 * <p>Requests with the same size, value and homes are interchangeable in the medium-level bound, so
 * they are gathered into types: 19,882 movable requests at 50,000 children make about 3,800 types.
 */
final class BoundRequests {

    final List<PlacementRequest> movable = new ArrayList<>();
    /** Free places per home beside the pinned children (never negative). */
    final int[] capacity;
    /** Per movable request: its type, value and homes (the homes array shared by its type). */
    final int[] typeOf;
    final long[] value;
    /** Above any total of waiting weights: the value of one child who must keep a home. */
    final long mustWeight;
    final long waitingWeight;
    final long mustChildren;
    /** Per type: requests, size, value and homes (ascending home indices). */
    final int[] typeCount;
    final int[] typeSize;
    final long[] typeValue;
    final int[][] typeHomes;
    /** Per type: its one request when it has a living_with rule (a type of its own), else null. */
    final PlacementRequest[] typeSingle;
    final long pairs;

    BoundRequests(MatchingSolution problem) {
        List<Home> homes = problem.getHomes();
        PinnedResidents pinned = PinnedResidents.of(problem);
        capacity = pinned.freePlaces();
        List<List<PlacementRequest>> pinnedAt = pinned.byHome();
        long allWeight = 0;
        long waiting = 0;
        long must = 0;
        for (PlacementRequest request : problem.getRequests()) {
            if (!request.isPinned()) {
                movable.add(request);
                allWeight += request.getUnplacedWeight();
                if (request.mayBeUnplaced()) {
                    waiting += request.getUnplacedWeight();
                } else {
                    must += request.getSize();
                }
            }
        }
        // as RelaxedFlow: one child who must keep a home outweighs every child's urgency together
        mustWeight = allWeight + 1;
        waitingWeight = waiting;
        mustChildren = must;
        List<List<PlacementRequest>> ruledPinned = new ArrayList<>(pinnedAt.size());
        for (List<PlacementRequest> residents : pinnedAt) {
            ruledPinned.add(residents.stream().filter(PlacementRequest::hasLivingWithRule).toList());
        }
        typeOf = new int[movable.size()];
        value = new long[movable.size()];
        Types types = new Types();
        int[] buffer = new int[homes.size()];
        long pairCount = 0;
        for (int r = 0; r < movable.size(); r++) {
            PlacementRequest request = movable.get(r);
            value[r] = request.mayBeUnplaced() ? request.getUnplacedWeight() : mustWeight * request.getSize();
            List<List<PlacementRequest>> residents = request.hasLivingWithRule() ? pinnedAt : ruledPinned;
            var range = request.getEligibleHomes();
            int n = 0;
            for (int position = 0; position < range.size(); position++) {
                int h = range.indexAt(position);
                if (capacity[h] >= request.getSize() && (residents.get(h).isEmpty()
                        || !RelaxedFlow.barred(request, h, residents.get(h)))) {
                    buffer[n++] = h;
                }
            }
            pairCount += n;
            typeOf[r] = types.of(request.getSize(), value[r], buffer, n, request.hasLivingWithRule() ? r : -1);
        }
        pairs = pairCount;
        typeCount = types.count.stream().mapToInt(Integer::intValue).toArray();
        typeSize = types.size.stream().mapToInt(Integer::intValue).toArray();
        typeValue = types.value.stream().mapToLong(Long::longValue).toArray();
        typeHomes = types.homes.toArray(new int[0][]);
        typeSingle = new PlacementRequest[typeCount.length];
        for (int t = 0; t < typeCount.length; t++) {
            int owner = types.owner.get(t);
            typeSingle[t] = owner >= 0 ? movable.get(owner) : null;
        }
    }

    int size(int request) {
        return movable.get(request).getSize();
    }

    int[] homesOf(int request) {
        return typeHomes[typeOf[request]];
    }

    /** Types by (size, value, homes); the homes array is copied only for a new type. */
    private static final class Types {
        private final Map<Key, Integer> index = new HashMap<>();
        final List<Integer> count = new ArrayList<>();
        final List<Integer> size = new ArrayList<>();
        final List<Long> value = new ArrayList<>();
        final List<int[]> homes = new ArrayList<>();

        final List<Integer> owner = new ArrayList<>();

        /** A request with a living_with rule ({@code owner} >= 0) is a type of its own. */
        int of(int requestSize, long requestValue, int[] buffer, int n, int owner) {
            Key probe = new Key(requestSize, requestValue, buffer, n, owner);
            Integer known = index.get(probe);
            if (known != null) {
                count.set(known, count.get(known) + 1);
                return known;
            }
            int t = count.size();
            int[] own = Arrays.copyOf(buffer, n);
            index.put(new Key(requestSize, requestValue, own, n, owner), t);
            this.owner.add(owner);
            count.add(1);
            size.add(requestSize);
            value.add(requestValue);
            homes.add(own);
            return t;
        }
    }

    /** A type's identity over a prefix of an array (so a probe need not copy it). */
    private static final class Key {
        private final int size;
        private final long value;
        private final int[] homes;
        private final int length;
        private final int owner;
        private final int hash;

        Key(int size, long value, int[] homes, int length, int owner) {
            this.size = size;
            this.value = value;
            this.homes = homes;
            this.length = length;
            this.owner = owner;
            int h = 31 * (31 * size + owner) + Long.hashCode(value);
            for (int i = 0; i < length; i++) {
                h = 31 * h + homes[i];
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.size == size && k.value == value && k.owner == owner
                    && k.length == length
                    && Arrays.equals(homes, 0, length, k.homes, 0, k.length);
        }
    }
}
