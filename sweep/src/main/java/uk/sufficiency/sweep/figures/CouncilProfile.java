package uk.sufficiency.sweep.figures;

import java.time.LocalDate;
import java.util.List;
import uk.sufficiency.engine.synthetic.GenerationProfile;

/**
 * The generator's {@code england} profile (decision 0005) fitted to one council: its number of
 * children, age mix and share of boys at 31 March 2019 (DfE) and its fostering households per child
 * (Ofsted); every other share stays the profile's.
 */
public final class CouncilProfile {

    public static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);

    private CouncilProfile() {
    }

    public static GenerationProfile of(CouncilFigures council) {
        GenerationProfile e = GenerationProfile.england();
        int children = council.childrenNow();
        List<Double> ages = shares(council.ageBandChildren(), e.ageBandShares());
        double carersPerChild = council.fosterHouseholds() > 0
                ? (double) council.fosterHouseholds() / children : e.inHouseCarersPerChild();
        return new GenerationProfile("council-" + council.code(), council.name() + " 2019 (synthetic)",
                "Synthetic children and carers drawn to match " + council.name() + "'s published figures at 31 March"
                        + " 2019 (DfE children looked after, Ofsted fostering). No row describes a real child or carer.",
                AS_OF, children, e.homeTowns(), ages, council.maleShare(), e.waitingShare(),
                e.permanentShareOfNonWaiting(), e.emergencyShareOfWaiting(), e.siblingChildShare(), e.uascShare(),
                carersPerChild, e.connectedShareOfInHouse(), e.supportedLodgingsShareOfInHouse(),
                e.parentAndChildShareOfInHouse(), e.connectedWaitingShare(), e.levelMix(), e.carersAged60to70Share(),
                e.residentialHomesPerChild(), e.inHouseFosterPreference(), e.externalPlacementsTarget(),
                e.externalOffersPerWaitingChild(), e.hardCases(), e.waitingSiblingGroupOf4(), e.fees(), e.weights(),
                List.of(), List.of());
    }

    /** Counts as shares; the fallback when all are zero (every cell suppressed). */
    private static List<Double> shares(List<Integer> counts, List<Double> fallback) {
        double total = counts.stream().mapToInt(Integer::intValue).sum();
        return total > 0 ? counts.stream().map(c -> c / total).toList() : fallback;
    }
}
