package uk.sufficiency.model.scenario;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.table.Cells;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/** Reads {@code children.csv} rows into {@link Child} records, checking each cell's rule. */
final class ChildRows {

    /** The interchange columns of children.csv, in order (DOMAIN.md section 5). */
    static final List<String> COLUMNS = List.of("child_id", "birth_date", "sex", "home_lat", "home_lon",
            "school_lat", "school_lon", "keep_school", "required_level", "sdq_score", "needs", "sibling_group",
            "living_with", "recommended", "current_placement_id", "status", "needed_by", "urgency");

    private ChildRows() {
    }

    static List<Located<Child>> read(CsvTable table, ProblemCollector problems) {
        List<Located<Child>> children = new ArrayList<>();
        if (!table.requireColumns(problems, List.of("child_id", "birth_date"))) {
            return children;
        }
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(table, row, problems);
            int before = problems.problems().size();
            String id = cells.text("child_id", true);
            var birthDate = cells.date("birth_date", true);
            Sex sex = cells.word("sex", Sex.class, false);
            GeoPoint home = Locations.point(cells, "home_lat", "home_lon");
            GeoPoint school = Locations.point(cells, "school_lat", "school_lon");
            Boolean keepSchool = cells.bool("keep_school");
            Integer level = cells.integer("required_level", false, SkillLevel.MIN, SkillLevel.MAX, SkillLevel.rule());
            Integer sdq = cells.integer("sdq_score", false, 0, 40, "an SDQ total score from 0 to 40");
            var needs = cells.words("needs", Need.class);
            String siblingGroup = cells.text("sibling_group", false);
            LivingWith livingWith = cells.word("living_with", LivingWith.class, false);
            PlacementKind recommended = cells.word("recommended", PlacementKind.class, false);
            String current = cells.text("current_placement_id", false);
            ChildStatus status = cells.word("status", ChildStatus.class, false);
            var neededBy = cells.date("needed_by", false);
            Urgency urgency = cells.word("urgency", Urgency.class, false);
            if (Boolean.TRUE.equals(keepSchool) && school == null) {
                cells.error("keep_school", "true", "keep_school is true but school_lat and school_lon are blank");
            }
            boolean rowOk = problems.problems().subList(before, problems.problems().size()).stream()
                    .noneMatch(p -> p.isError());
            if (rowOk) {
                Child child = new Child(id, birthDate, sex, home, school, Boolean.TRUE.equals(keepSchool), level, sdq,
                        needs, siblingGroup, livingWith, recommended, current, status, neededBy, urgency);
                children.add(new Located<>(child, table.file(), row.line()));
            }
        }
        return children;
    }
}
