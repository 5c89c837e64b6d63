package uk.sufficiency.engine.matching.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PairRule;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.engine.matching.explain.UnplacedDiagnosis;
import uk.sufficiency.model.child.Child;

/**
 * One row per child of every unplaced request, by child id: the binding reason in words, the rule
 * in a few words, and the nearest placements with what rules each out. A council's unplaced.csv and
 * a region's pooled proposal (with its pooling rule) are written from the same rows.
 */
public final class UnplacedRows {

    public static final List<String> COLUMNS = List.of("child_id", "sibling_group", "urgency",
            "required_level", "age", "reason", "binding_rule", "candidate_1", "ruled_out_1", "candidate_2", "ruled_out_2",
            "candidate_3", "ruled_out_3");
    private static final int CANDIDATES = 3;

    private UnplacedRows() {
    }

    /** @param pairRule the rule the problem was built with beyond the static ones (a region's pooling), or null */
    public static List<Map<String, Object>> of(MatchingSolution solution, PairRule pairRule) {
        UnplacedDiagnosis diagnosis = new UnplacedDiagnosis(solution, new Occupancy(solution), pairRule);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<PlacementRequest> unplaced = solution.getRequests().stream().filter(r -> r.getHome() == null).toList();
        // Each diagnosis reads the final solution only: on all cores, in order.
        List<UnplacedDiagnosis.Diagnosis> diagnoses = unplaced.parallelStream()
                .map(request -> diagnosis.diagnose(request, CANDIDATES)).toList();
        for (int r = 0; r < unplaced.size(); r++) {
            PlacementRequest request = unplaced.get(r);
            UnplacedDiagnosis.Diagnosis d = diagnoses.get(r);
            for (int i = 0; i < request.getSize(); i++) {
                Child child = request.getChildren().get(i);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("child_id", child.childId());
                row.put("sibling_group", child.siblingGroup() == null ? "" : child.siblingGroup());
                row.put("urgency", child.urgency().word());
                row.put("required_level", request.getRequiredLevel());
                row.put("age", request.agesYears()[i]);
                row.put("reason", d.reason());
                row.put("binding_rule", d.rule());
                for (int c = 0; c < CANDIDATES; c++) {
                    boolean has = c < d.candidates().size();
                    row.put("candidate_" + (c + 1), has ? d.candidates().get(c).placementId() : "");
                    row.put("ruled_out_" + (c + 1), has ? String.join("; ", d.candidates().get(c).ruledOutBy()) : "");
                }
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("child_id")));
        return rows;
    }
}
