package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.sufficiency.model.geo.GeoPoint;

/**
 * The generator's one source of randomness and the draws built on it. Every stage draws from the
 * same {@link SplittableRandom} in a fixed order, so a profile, size and seed give the same
 * scenario row for row.
 */
final class Draws {

    private final SplittableRandom random;

    Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double nextGaussian() {
        return random.nextGaussian();
    }

    /** An index drawn in proportion to {@code shares} (which need not sum to one). */
    int pick(double[] shares) {
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    int pick(List<Double> shares) {
        return pick(shares.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A copy in random order (Fisher-Yates). */
    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    /** A town drawn in proportion to its weight. */
    Town town(List<Town> towns) {
        double total = 0;
        for (Town town : towns) {
            total += town.weight();
        }
        double draw = random.nextDouble() * total;
        for (Town town : towns) {
            draw -= town.weight();
            if (draw < 0) {
                return town;
            }
        }
        return towns.get(towns.size() - 1);
    }

    /** A point scattered around a town's centre, within about its radius. */
    GeoPoint scatter(Town town) {
        double north = random.nextGaussian() * town.radiusKm();
        double east = random.nextGaussian() * town.radiusKm();
        return move(town.latitude(), town.longitude(), north, east);
    }

    /** A point {@code distanceKm} from {@code from} in a random direction. */
    GeoPoint offset(GeoPoint from, double distanceKm) {
        double bearing = random.nextDouble() * 2 * Math.PI;
        return move(from.latitude(), from.longitude(), distanceKm * Math.cos(bearing), distanceKm * Math.sin(bearing));
    }

    /** Moves a point by km north and east; 4 decimals (about 10 m) is precise enough and short. */
    private static GeoPoint move(double latitude, double longitude, double northKm, double eastKm) {
        double lat = latitude + northKm / 111.2;
        double lon = longitude + eastKm / (111.2 * Math.cos(Math.toRadians(latitude)));
        return new GeoPoint(Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4);
    }
}
