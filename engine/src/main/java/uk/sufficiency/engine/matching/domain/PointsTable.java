package uk.sufficiency.engine.matching.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.scenario.MatchingWeights;

/**
 * {@link SoftCosts#totalPoints} for millions of (request, home) pairs: the exact and construction
 * methods price every eligible pair (31 million at 10,000 children), and through the records, boxed
 * fees and repeated trigonometry that took over 5 s. Here each home's and each request's share of
 * the work is done once, and every pair does the same floating-point operations in the same order
 * as {@link SoftCosts} and {@link GeoPoint#distanceKm}, so the points are identical to the last
 * bit (a test checks every pair of random instances). Anything unusual (a fee the tables lack) is
 * handed to {@link SoftCosts} itself, which prices it or throws as before.
 */
public final class PointsTable {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final SoftCosts costs;
    private final MatchingWeights weights;
    private final Home[] homes;
    private final Map<String, Integer> indexById;
    /** Per home: stated weekly cost per child, or NaN when it comes from the fee tables. */
    private final double[] statedGbp;
    /** Per home: skill fee for fee-table homes, NaN when not usable (then SoftCosts decides). */
    private final double[] skillFeeGbp;
    private final Site[] site;
    private final int[] preferenceRank;
    /** Per home: carer skill level, or -1 when the placement has none. */
    private final int[] skillLevel;
    private final boolean nonNegativeWeights;
    /** A fixed point, and each home's distance from it, for upper bounds by the triangle inequality. */
    private final Site centre;
    private final double[] kmFromCentre;
    /** Largest per-home figures, for {@link Pricer#ceiling()}: NaN/-1 when no home has one. */
    private double maxStatedGbp = Double.NaN;
    private double maxSkillFeeGbp = Double.NaN;
    private boolean someFeeUnknown;
    private double maxKmFromCentre;
    private int maxPreferenceRank;
    private int maxSkillLevel = -1;

    public PointsTable(SoftCosts costs, List<Home> homeList) {
        this.costs = costs;
        this.weights = costs.weights();
        int n = homeList.size();
        this.homes = homeList.toArray(new Home[0]);
        this.indexById = new HashMap<>(n * 2);
        this.statedGbp = new double[n];
        this.skillFeeGbp = new double[n];
        this.site = new Site[n];
        this.preferenceRank = new int[n];
        this.skillLevel = new int[n];
        FeeTable fees = costs.fees();
        for (int h = 0; h < n; h++) {
            if (homes[h].getIndex() != h) {
                throw new IllegalArgumentException("home " + homes[h].getId() + " is not at its index " + h);
            }
            Placement placement = homes[h].getPlacement();
            indexById.put(homes[h].getId(), h);
            // a price that depends on the child (SoftCosts.ChildPricing) is left to SoftCosts, pair by pair
            boolean own = !costs.pricesEachChild();
            statedGbp[h] = placement.statedWeeklyCostGbp() == null || !own ? Double.NaN : placement.statedWeeklyCostGbp();
            skillFeeGbp[h] = Double.NaN;
            if (own && placement.statedWeeklyCostGbp() == null && placement.type().usesFeeTables()) {
                try {
                    skillFeeGbp[h] = fees.skillFeeGbp(placement.skillLevel() != null ? placement.skillLevel() : 1);
                } catch (IllegalArgumentException missing) {
                    // left NaN: SoftCosts raises it if the pair is ever priced
                }
            }
            site[h] = Site.of(placement.location());
            preferenceRank[h] = placement.type().preferenceRank();
            skillLevel[h] = placement.skillLevel() == null ? -1 : placement.skillLevel();
        }
        this.nonNegativeWeights = weights.distancePerKm() >= 0 && weights.schoolContinuity() >= 0;
        double latitude = 0;
        double longitude = 0;
        int located = 0;
        for (Home home : homes) {
            GeoPoint at = home.getPlacement().location();
            if (at != null) {
                latitude += at.latitude();
                longitude += at.longitude();
                located++;
            }
        }
        this.centre = located == 0 ? null : Site.of(new GeoPoint(latitude / located, longitude / located));
        this.kmFromCentre = new double[n];
        for (int h = 0; h < n; h++) {
            kmFromCentre[h] = site[h] == null ? 0 : Site.km(centre, site[h]);
            maxKmFromCentre = Math.max(maxKmFromCentre, kmFromCentre[h]);
            maxPreferenceRank = Math.max(maxPreferenceRank, preferenceRank[h]);
            maxSkillLevel = Math.max(maxSkillLevel, skillLevel[h]);
            if (!Double.isNaN(statedGbp[h])) {
                maxStatedGbp = Double.isNaN(maxStatedGbp) ? statedGbp[h] : Math.max(maxStatedGbp, statedGbp[h]);
            } else if (!Double.isNaN(skillFeeGbp[h])) {
                maxSkillFeeGbp = Double.isNaN(maxSkillFeeGbp) ? skillFeeGbp[h] : Math.max(maxSkillFeeGbp, skillFeeGbp[h]);
            } else {
                someFeeUnknown = true;
            }
        }
    }

    /** The pricer of one request, with the request's share of the work done. */
    public Pricer of(PlacementRequest request) {
        return new Pricer(request);
    }

    /** Prices one request in any home. Not thread-safe; cheap to create. */
    public final class Pricer {

        private final PlacementRequest request;
        private final int size;
        private final double[] allowanceGbp;
        private final Site[] childHome;
        /** Per child: the school site when the child should keep that school, else null. */
        private final Site[] school;
        /** Per child: index of the home a placed child lives in, -1 when not placed, -2 when unknown. */
        private final int[] placedIn;
        private final int requiredLevel;
        /** Sum over the located children of their distance from the centre, and their number. */
        private double kmToCentre;
        private int locatedChildren;
        private int schoolChildren;

        private Pricer(PlacementRequest request) {
            this.request = request;
            List<Child> children = request.getChildren();
            this.size = request.getSize();
            this.allowanceGbp = new double[size];
            this.childHome = new Site[size];
            this.school = new Site[size];
            this.placedIn = new int[size];
            this.requiredLevel = request.getRequiredLevel();
            int[] ages = request.agesYears();
            for (int c = 0; c < size; c++) {
                Child child = children.get(c);
                try {
                    allowanceGbp[c] = costs.fees().allowanceGbp(ages[c]);
                } catch (IllegalArgumentException missing) {
                    allowanceGbp[c] = Double.NaN;
                }
                childHome[c] = Site.of(child.home());
                school[c] = child.keepSchool() && child.school() != null ? Site.of(child.school()) : null;
                if (childHome[c] != null && centre != null) {
                    kmToCentre += Site.km(childHome[c], centre);
                    locatedChildren++;
                }
                if (school[c] != null) {
                    schoolChildren++;
                }
                if (child.status() != ChildStatus.PLACED) {
                    placedIn[c] = -1;
                } else {
                    Integer at = child.currentPlacementId() == null ? null : indexById.get(child.currentPlacementId());
                    placedIn[c] = at == null ? -2 : at;
                }
            }
        }

        public PlacementRequest request() {
            return request;
        }

        /** Exactly {@code SoftCosts.totalPoints(request, home)} for the home at this index. */
        public long points(int h) {
            double weekly = 0;
            for (int c = 0; c < size; c++) {
                double child;
                if (!Double.isNaN(statedGbp[h])) {
                    child = statedGbp[h];
                } else if (!Double.isNaN(skillFeeGbp[h]) && !Double.isNaN(allowanceGbp[c])) {
                    child = allowanceGbp[c] + skillFeeGbp[h];
                } else {
                    return costs.totalPoints(request, homes[h]);
                }
                weekly += child;
            }
            return SoftCosts.points(weights.costPerGbp(), weekly) + distanceAndSchoolPoints(h) + fixedPoints(h);
        }

        /**
         * A lower bound on {@link #points}: all but the distance and school points, which cost the
         * trigonometry and are never negative; 0 if weights could make them negative.
         */
        public long lowerBound(int h) {
            if (!nonNegativeWeights) {
                return Long.MIN_VALUE / 4;
            }
            double weekly = 0;
            for (int c = 0; c < size; c++) {
                if (!Double.isNaN(statedGbp[h])) {
                    weekly += statedGbp[h];
                } else if (!Double.isNaN(skillFeeGbp[h]) && !Double.isNaN(allowanceGbp[c])) {
                    weekly += allowanceGbp[c] + skillFeeGbp[h];
                } else {
                    return Long.MIN_VALUE / 4;
                }
            }
            return SoftCosts.points(weights.costPerGbp(), weekly) + fixedPoints(h);
        }

        /**
         * An upper bound on {@link #points} without trigonometry: distances through the centre
         * (triangle inequality, with a margin for rounding) and every school broken.
         */
        public long upperBound(int h) {
            long lower = lowerBound(h);
            if (lower == Long.MIN_VALUE / 4) {
                return points(h);
            }
            double km = site[h] == null ? 0 : (kmToCentre + locatedChildren * kmFromCentre[h]) * (1 + 1e-9) + 1e-9;
            return lower + SoftCosts.points(weights.distancePerKm(), km)
                    + SoftCosts.points(weights.schoolContinuity(), schoolChildren);
        }

        /**
         * An upper bound on {@link #points} over every home in the table, in constant time (for
         * scaling lexicographic objectives, which only need a bound): the dearest weekly cost,
         * preference and over-qualification of any home, every child moved and every school broken,
         * and distances through the centre to the farthest home. -1 when it cannot be bounded so
         * (negative weights, or a fee only {@link SoftCosts} knows), so the caller bounds home by home.
         */
        public long ceiling() {
            MatchingWeights w = weights;
            if (!nonNegativeWeights || someFeeUnknown || w.costPerGbp() < 0 || w.preferenceStep() < 0
                    || w.movePlacedChild() < 0 || w.overQualification() < 0) {
                return -1;
            }
            double weekly = 0;
            for (int c = 0; c < size; c++) {
                double child = Double.isNaN(maxStatedGbp) ? 0 : maxStatedGbp;
                if (!Double.isNaN(maxSkillFeeGbp)) {
                    if (Double.isNaN(allowanceGbp[c])) {
                        return -1;
                    }
                    child = Math.max(child, allowanceGbp[c] + maxSkillFeeGbp);
                }
                weekly += child;
            }
            double km = centre == null ? 0 : (kmToCentre + locatedChildren * maxKmFromCentre) * (1 + 1e-9) + 1e-9;
            int overQualification = maxSkillLevel < 0 ? 0 : Math.max(0, maxSkillLevel - requiredLevel) * size;
            return SoftCosts.points(w.costPerGbp(), weekly) + SoftCosts.points(w.distancePerKm(), km)
                    + SoftCosts.points(w.schoolContinuity(), schoolChildren)
                    + SoftCosts.points(w.preferenceStep(), maxPreferenceRank * size)
                    + SoftCosts.points(w.movePlacedChild(), size)
                    + SoftCosts.points(w.overQualification(), overQualification);
        }

        private long distanceAndSchoolPoints(int h) {
            Site at = site[h];
            double km = 0;
            int breaks = 0;
            for (int c = 0; c < size; c++) {
                km += at == null || childHome[c] == null ? 0.0 : Site.km(childHome[c], at);
                if (school[c] != null && at != null && Site.km(school[c], at) > weights.schoolReachKm()) {
                    breaks++;
                }
            }
            return SoftCosts.points(weights.distancePerKm(), km) + SoftCosts.points(weights.schoolContinuity(), breaks);
        }

        private long fixedPoints(int h) {
            int moved = 0;
            for (int c = 0; c < size; c++) {
                if (placedIn[c] != -1 && placedIn[c] != h) {
                    moved++;
                }
            }
            int overQualification = skillLevel[h] < 0 ? 0 : Math.max(0, skillLevel[h] - requiredLevel) * size;
            return SoftCosts.points(weights.preferenceStep(), preferenceRank[h] * size)
                    + SoftCosts.points(weights.movePlacedChild(), moved)
                    + SoftCosts.points(weights.overQualification(), overQualification);
        }
    }

    /** A location with the parts of the haversine formula that depend on it alone. */
    record Site(double latitudeRad, double cosLatitude, double longitudeDeg) {

        static Site of(GeoPoint point) {
            if (point == null) {
                return null;
            }
            double lat = Math.toRadians(point.latitude());
            return new Site(lat, Math.cos(lat), point.longitude());
        }

        /** {@code from.distanceKm(to)}, the same operations in the same order. */
        static double km(Site from, Site to) {
            double dLat = to.latitudeRad - from.latitudeRad;
            double dLon = Math.toRadians(to.longitudeDeg - from.longitudeDeg);
            double sinLat = Math.sin(dLat / 2);
            double sinLon = Math.sin(dLon / 2);
            double h = sinLat * sinLat + from.cosLatitude * to.cosLatitude * sinLon * sinLon;
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
        }
    }
}
