package uk.sufficiency.model.scenario;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;
import uk.sufficiency.model.table.Cells;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/** Reads {@code placements.csv} rows into {@link Placement} records, checking each cell's rule. */
final class PlacementRows {

    /** The interchange columns of placements.csv, in order (DOMAIN.md section 5). */
    static final List<String> COLUMNS = List.of("placement_id", "type", "skill_level", "places", "min_age",
            "max_age", "sex", "specialisms", "lat", "lon", "weekly_cost", "supplier", "contract",
            "linked_child_id", "carer_age");

    /** Upper bound on approved places: fostering exemptions rarely exceed 6; homes can hold more. */
    private static final int MAX_PLACES = 100;

    private PlacementRows() {
    }

    static List<Located<Placement>> read(CsvTable table, ProblemCollector problems) {
        List<Located<Placement>> placements = new ArrayList<>();
        if (!table.requireColumns(problems, List.of("placement_id", "type", "places"))) {
            return placements;
        }
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(table, row, problems);
            int before = problems.problems().size();
            String id = cells.text("placement_id", true);
            PlacementType type = cells.word("type", PlacementType.class, true);
            Integer level = cells.integer("skill_level", false, SkillLevel.MIN, SkillLevel.MAX, SkillLevel.rule());
            Integer places = cells.integer("places", true, 1, MAX_PLACES,
                    "a whole number of places from 1 to " + MAX_PLACES + " (zero or negative places are not allowed)");
            Integer minAge = cells.integer("min_age", false, 0, 25, "an age in years from 0 to 25");
            Integer maxAge = cells.integer("max_age", false, 0, 25, "an age in years from 0 to 25");
            SexApproval sex = cells.word("sex", SexApproval.class, false);
            var specialisms = cells.words("specialisms", Specialism.class);
            GeoPoint location = Locations.point(cells, "lat", "lon");
            Double weeklyCost = cells.decimal("weekly_cost", false, 0, 100_000, "a weekly cost in GBP from 0 to 100,000");
            String supplier = cells.text("supplier", false);
            ContractKind contract = cells.word("contract", ContractKind.class, false);
            String linkedChild = cells.text("linked_child_id", false);
            Integer carerAge = cells.integer("carer_age", false, 18, 100, "an age in years from 18 to 100");
            if (minAge != null && maxAge != null && minAge > maxAge) {
                cells.error("min_age", minAge.toString(), "min_age must not exceed max_age (" + maxAge + ")");
            }
            if (type != null && type.isFoster() && level == null) {
                cells.error("skill_level", null, "skill_level is required for foster type " + type.word());
            }
            if (type != null && weeklyCost == null && !type.usesFeeTables()) {
                cells.error("weekly_cost", null, "weekly_cost is required for type " + type.word()
                        + " (only in-house carers take their cost from the fee tables)");
            }
            if (linkedChild != null && type != null && type != PlacementType.CONNECTED) {
                cells.error("linked_child_id", linkedChild, "linked_child_id is only for connected carers, not "
                        + type.word());
            }
            boolean rowOk = problems.problems().subList(before, problems.problems().size()).stream()
                    .noneMatch(p -> p.isError());
            if (rowOk) {
                Placement placement = new Placement(id, type, level, places, minAge, maxAge, sex, specialisms, location,
                        weeklyCost, supplier, contract, linkedChild, carerAge);
                placements.add(new Located<>(placement, table.file(), row.line()));
            }
        }
        return placements;
    }
}
