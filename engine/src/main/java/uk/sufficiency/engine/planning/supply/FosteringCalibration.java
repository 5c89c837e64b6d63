package uk.sufficiency.engine.planning.supply;

/**
 * One authority's fostering-service figures from Ofsted's "Fostering in England" table, and the
 * supply parameters they imply. Households, places and approvals are counts at 31 March or in the
 * year to 31 March.
 *
 * <p>The derivations (docs/methods/planning.md): unusable share = places not available / approved
 * places; places per household = approved places / approved households; other deregistration rate
 * = deregistrations not initiated by the carer / households; carer-initiated deregistrations are
 * read as retirements, spread over the share of carers aged 60-70 (34%, 004 L441), giving the
 * yearly retirement probability at ages 60-69; baseline recruitment = households approved in year
 * less family-and-friends (connected) households.
 */
public record FosteringCalibration(
        String source,
        String authority,
        int households,
        int approvedPlaces,
        int filledPlaces,
        int vacantPlaces,
        int placesNotAvailable,
        int householdsApproved,
        int familyAndFriendsApproved,
        int deregistered,
        int deregisteredByCarer) {

    /** Share of Leicestershire's carers aged 60-70 (DOMAIN.md, source 004 L441). */
    public static final double SHARE_AGED_60_TO_70 = 0.34;

    static final String HOUSEHOLDS = "Total approved households";
    static final String APPROVED_PLACES = "Number of approved foster places";
    static final String FILLED = "Number of filled places";
    static final String VACANT = "Number of vacant places";
    static final String NOT_AVAILABLE = "Number of places not available";
    static final String APPROVED_IN_YEAR = "Total number of households approved in year";
    static final String FAMILY_FRIENDS_APPROVED = "Of which, number of family and friends households approved in year ~";
    static final String DEREGISTERED = "Total households deregistered between 1 April and 31 March\"";
    static final String DEREGISTERED_BY_CARER = "Deregistration initiated by the foster carer";

    /**
     * Leicestershire, 2018-19, as read from
     * shared/data/fostering-england/Local_authority_level_fostering_data_2018_to_2019.csv
     * (a test re-reads the file and checks these figures).
     */
    public static final FosteringCalibration LEICESTERSHIRE_2018_19 = new FosteringCalibration(
            "Ofsted Fostering in England 2018-19, LA-level table, Leicestershire",
            "Leicestershire", 215, 355, 250, 10, 80, 60, 30, 40, 10);

    public static FosteringCalibration from(OfstedFosteringTable table, String authority) {
        return new FosteringCalibration(
                "Ofsted fostering table " + table.file().getFileName() + ", " + authority,
                authority,
                table.require(HOUSEHOLDS, authority),
                table.require(APPROVED_PLACES, authority),
                table.require(FILLED, authority),
                table.require(VACANT, authority),
                table.require(NOT_AVAILABLE, authority),
                table.require(APPROVED_IN_YEAR, authority),
                table.require(FAMILY_FRIENDS_APPROVED, authority),
                table.require(DEREGISTERED, authority),
                table.require(DEREGISTERED_BY_CARER, authority));
    }

    /** Share of approved places that cannot be used (places not available / approved places). */
    public double unusablePlaceShare() {
        return (double) placesNotAvailable / approvedPlaces;
    }

    /** Approved places per approved household. */
    public double placesPerHousehold() {
        return (double) approvedPlaces / households;
    }

    /** Yearly probability that a household leaves for reasons other than retirement. */
    public double otherDeregistrationRate() {
        return (double) (deregistered - deregisteredByCarer) / households;
    }

    /** Yearly retirement probability for carers aged 60-69: carer-initiated rate / share aged 60-70. */
    public double retirementRate60To69() {
        return (double) deregisteredByCarer / households / SHARE_AGED_60_TO_70;
    }

    /** Mainstream (not family-and-friends) households approved in the year. */
    public int mainstreamApprovalsPerYear() {
        return householdsApproved - familyAndFriendsApproved;
    }
}
