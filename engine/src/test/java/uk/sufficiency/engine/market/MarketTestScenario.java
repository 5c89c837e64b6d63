package uk.sufficiency.engine.market;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.sufficiency.engine.planning.PlanTestScenario;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;

/**
 * A small scenario for the market simulation: children with no special needs, in-house carers of the
 * top level approved for any age (so every child fits every carer), the built-in scenario's
 * looked-after children aggregates for entries, leavers and moves, no carer ever leaving, and no
 * external market. Only the number of carers and their places differs between tests.
 */
public final class MarketTestScenario {

    private MarketTestScenario() {
    }

    /**
     * @param households in-house households, each of {@code places} places
     * @param recruitsPerYear households recruited a year (all at level 6)
     */
    public static Scenario write(Path dir, int children, int households, int places, double recruitsPerYear)
            throws IOException {
        Files.createDirectories(dir);
        Files.copy(PlanTestScenario.repositoryScenario("leicestershire-2015").resolve("lac-aggregates.csv"),
                dir.resolve("lac-aggregates.csv"));
        StringBuilder kids = new StringBuilder("child_id,birth_date,sex,home_lat,home_lon,school_lat,school_lon,"
                + "keep_school,required_level,sdq_score,needs,sibling_group,living_with,recommended,"
                + "current_placement_id,status,needed_by,urgency\n");
        LocalDate asOf = LocalDate.of(2015, 3, 31);
        for (int i = 0; i < children; i++) {
            LocalDate born = asOf.minusMonths(6 + (i * 37L) % (16 * 12));
            String placement = i < households * places ? String.format("P%04d", i / places + 1) : "";
            kids.append(String.format("C%04d,%s,%s,52.63,-1.13,,,false,,,,,any,foster,%s,%s,,planned%n", i + 1, born,
                    i % 2 == 0 ? "female" : "male", placement, placement.isEmpty() ? "waiting" : "placed"));
        }
        Files.writeString(dir.resolve("children.csv"), kids);
        StringBuilder homes = new StringBuilder("placement_id,type,skill_level,places,min_age,max_age,sex,specialisms,"
                + "lat,lon,weekly_cost,supplier,contract,linked_child_id,carer_age\n");
        for (int h = 1; h <= households; h++) {
            homes.append(String.format("P%04d,in_house_foster,6,%d,,,any,,52.64,-1.12,,,,,45%n", h, places));
        }
        Files.writeString(dir.resolve("placements.csv"), homes);
        Files.writeString(dir.resolve("scenario.yaml"), """
                name: Market test
                as_of: 2015-03-31
                files:
                  children: children.csv
                  placements: placements.csv
                lac_projection:
                  aggregates_file: lac-aggregates.csv
                plan:
                  supply:
                    retirement: []
                    other_deregistration_rate: 0
                    progression_rate: 0
                    unusable_place_share: 0
                    baseline_recruits_per_year: %s
                    recruitment_yield_sd: 0
                simulation:
                  months: 12
                  simulations: 8
                  external_offers_per_month: 0
                """.formatted(recruitsPerYear));
        return ScenarioLoader.load(dir);
    }
}
