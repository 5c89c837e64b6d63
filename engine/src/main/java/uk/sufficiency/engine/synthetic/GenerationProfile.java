package uk.sufficiency.engine.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.scenario.MatchingWeights;
import uk.sufficiency.model.scenario.SeriesRef;
import uk.sufficiency.model.scenario.Target;

/**
 * The calibrated parameters of a synthetic scenario. Shares are fractions (0-1); counts per child
 * scale with the number of children, so a profile calibrated on one authority (456 children)
 * grows to a region or the nation in proportion. Where each default comes from is in
 * scenarios/leicestershire-2015/SOURCES.md; decision record 0005 explains the method.
 *
 * @param id                          profile name on the command line
 * @param defaultChildren             children generated when no number is given
 * @param homeTowns                   towns children and in-house carers live in (null: by scale)
 * @param ageBandShares               shares of children aged 0, 1-4, 5-9, 10-15 and 16-17
 * @param maleShare                   share of boys (the rest girls; a few unknown)
 * @param waitingShare                share of children waiting for a placement
 * @param permanentShareOfNonWaiting  of the children not waiting, the share in a permanent placement
 * @param emergencyShareOfWaiting     of waiting children, the share needing a placement now
 * @param siblingChildShare           share of children who are in a sibling group (groups of 2-4)
 * @param uascShare                   share of children who are unaccompanied asylum seekers (14-17)
 * @param inHouseCarersPerChild       in-house carer households (all kinds) per looked-after child
 * @param connectedShareOfInHouse     of in-house households, connected (family and friends) carers
 * @param supportedLodgingsShareOfInHouse of in-house households, supported-lodgings hosts
 * @param parentAndChildShareOfInHouse of in-house households, parent-and-child carers
 * @param connectedWaitingShare       of connected carers, the share newly approved for a waiting child
 * @param levelMix                    share of in-house carers at skill levels 1-6
 * @param carersAged60to70Share       share of carers aged 60-70
 * @param residentialHomesPerChild    in-house children's homes per looked-after child
 * @param inHouseFosterPreference     chance a placed foster child was placed in-house when a
 *                                    suitable household had room (otherwise an IFA was used)
 * @param externalPlacementsTarget    external placement rows to reach with vacant offers (0: none)
 * @param externalOffersPerWaitingChild vacant external offers per waiting child
 * @param hardCases                   waiting 12-15 year-olds with exploitation and harm-to-others risks
 *                                    per waiting child
 * @param waitingSiblingGroupOf4      whether one waiting sibling group of 4 is always included
 * @param publishedSeries             public series written with the scenario (its {@code series:} entries)
 */
public record GenerationProfile(
        String id,
        String name,
        String description,
        LocalDate asOf,
        int defaultChildren,
        List<Town> homeTowns,
        List<Double> ageBandShares,
        double maleShare,
        double waitingShare,
        double permanentShareOfNonWaiting,
        double emergencyShareOfWaiting,
        double siblingChildShare,
        double uascShare,
        double inHouseCarersPerChild,
        double connectedShareOfInHouse,
        double supportedLodgingsShareOfInHouse,
        double parentAndChildShareOfInHouse,
        double connectedWaitingShare,
        List<Double> levelMix,
        double carersAged60to70Share,
        double residentialHomesPerChild,
        double inHouseFosterPreference,
        int externalPlacementsTarget,
        double externalOffersPerWaitingChild,
        double hardCases,
        boolean waitingSiblingGroupOf4,
        FeeTable fees,
        MatchingWeights weights,
        List<PublishedSeries> publishedSeries,
        List<Target> targets) {

    public static final LocalDate AS_OF_2015 = LocalDate.of(2015, 3, 31);

    /** Carer skill-level mix 5/18/43/24/7/2% (004 L438-439). */
    public static final List<Double> LEICESTERSHIRE_LEVEL_MIX = List.of(0.05, 0.18, 0.43, 0.24, 0.07, 0.02);

    public GenerationProfile {
        ageBandShares = List.copyOf(ageBandShares);
        levelMix = List.copyOf(levelMix);
        publishedSeries = List.copyOf(publishedSeries);
        targets = List.copyOf(targets);
        if (ageBandShares.size() != 5 || levelMix.size() != 6) {
            throw new IllegalArgumentException("ageBandShares needs 5 shares and levelMix 6");
        }
        if (waitingShare < 0 || waitingShare > 1) {
            throw new IllegalArgumentException("waiting share must be between 0 and 1: " + waitingShare);
        }
    }

    /** The profile names {@link #named(String)} accepts. */
    public static final List<String> NAMES = List.of("england", "leicestershire-2015");

    public static GenerationProfile named(String id) {
        return switch (id) {
            case "england" -> england();
            case "leicestershire-2015" -> leicestershire2015();
            default -> throw new IllegalArgumentException("unknown profile '" + id + "'; one of: " + NAMES);
        };
    }

    /**
     * Leicestershire at 31 March 2015, calibrated on the Market Position Statement 2015/16 (seed
     * 004) and the DfE's children-looked-after table for 2015 (SFR34/2015, Leicestershire row).
     */
    public static GenerationProfile leicestershire2015() {
        return new GenerationProfile(
                "leicestershire-2015",
                "Leicestershire 2015 baseline",
                "Synthetic children and carers drawn to match Leicestershire's published figures at 31 March 2015"
                        + " (see SOURCES.md). No row describes a real child or carer.",
                AS_OF_2015,
                456,
                Towns.LEICESTERSHIRE,
                // SFR34/2015 Leicestershire: under 1: 35, 1-4: 87, 5-9: 83, 10-15: 166, 16+: 101 of 472.
                List.of(35 / 472.0, 87 / 472.0, 83 / 472.0, 166 / 472.0, 101 / 472.0),
                271 / 472.0,
                0.11,
                310 / 406.0,
                0.25,
                0.25,
                9 / 472.0,
                190 / 456.0,
                38 / 190.0,
                15 / 190.0,
                3 / 190.0,
                0.15,
                LEICESTERSHIRE_LEVEL_MIX,
                0.34,
                2 / 456.0,
                0.85,
                151,
                0.3,
                4 / 50.0,
                true,
                FeeTable.defaults(),
                MatchingWeights.defaults(),
                List.of(PublishedSeries.leicestershireEhcps()),
                List.of(new Target("ehcp", LocalDate.of(2022, 1, 31), 5106, Target.Direction.AT_MOST, 0.05,
                        "EHCP target, January 2022 (001 L1604)")));
    }

    /**
     * Any scale in England: Leicestershire's proportions, England's age mix (SFR34/2015, England
     * row) and towns chosen by scale (county, Midlands, nation).
     */
    public static GenerationProfile england() {
        return new GenerationProfile(
                "england",
                "Synthetic scenario",
                "Synthetic children and carers in England, drawn with Leicestershire's proportions."
                        + " No row describes a real child or carer.",
                AS_OF_2015,
                1000,
                null,
                // SFR34/2015 England: 3,710 / 10,120 / 14,310 / 26,140 / 15,270 of 69,540.
                List.of(3710 / 69540.0, 10120 / 69540.0, 14310 / 69540.0, 26140 / 69540.0, 15270 / 69540.0),
                38530 / 69540.0,
                0.11,
                310 / 406.0,
                0.25,
                0.25,
                2030 / 69540.0,
                190 / 456.0,
                38 / 190.0,
                15 / 190.0,
                3 / 190.0,
                0.15,
                LEICESTERSHIRE_LEVEL_MIX,
                0.34,
                2 / 456.0,
                0.85,
                0,
                0.3,
                0.05,
                false,
                FeeTable.defaults(),
                MatchingWeights.defaults(),
                List.of(),
                List.of());
    }

    /** The {@code series:} entries of the scenario, by name: the published series the profile ships. */
    public Map<String, SeriesRef> series() {
        Map<String, SeriesRef> refs = new java.util.TreeMap<>();
        for (PublishedSeries published : publishedSeries) {
            refs.put(published.ref().name(), published.ref());
        }
        return java.util.Collections.unmodifiableMap(refs);
    }

    public GenerationProfile withWaitingShare(double share) {
        return new GenerationProfile(id, name, description, asOf, defaultChildren, homeTowns, ageBandShares,
                maleShare, share, permanentShareOfNonWaiting, emergencyShareOfWaiting, siblingChildShare, uascShare,
                inHouseCarersPerChild, connectedShareOfInHouse, supportedLodgingsShareOfInHouse,
                parentAndChildShareOfInHouse, connectedWaitingShare, levelMix, carersAged60to70Share,
                residentialHomesPerChild, inHouseFosterPreference, externalPlacementsTarget,
                externalOffersPerWaitingChild, hardCases, waitingSiblingGroupOf4, fees, weights, publishedSeries,
                targets);
    }

    public GenerationProfile withName(String newName) {
        return new GenerationProfile(id, newName, description, asOf, defaultChildren, homeTowns, ageBandShares,
                maleShare, waitingShare, permanentShareOfNonWaiting, emergencyShareOfWaiting, siblingChildShare,
                uascShare, inHouseCarersPerChild, connectedShareOfInHouse, supportedLodgingsShareOfInHouse,
                parentAndChildShareOfInHouse, connectedWaitingShare, levelMix, carersAged60to70Share,
                residentialHomesPerChild, inHouseFosterPreference, externalPlacementsTarget,
                externalOffersPerWaitingChild, hardCases, waitingSiblingGroupOf4, fees, weights, publishedSeries,
                targets);
    }
}
