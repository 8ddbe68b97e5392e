package org.oscetrainer.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.analytics.SessionResults;
import org.oscetrainer.analytics.SessionResults.Item;
import org.oscetrainer.analytics.SessionResults.Override;
import org.oscetrainer.analytics.SessionResults.Station;
import org.oscetrainer.analytics.SessionResults.StationResult;
import org.oscetrainer.analytics.SessionResults.Student;
import org.oscetrainer.analytics.SessionStatistics;
import org.oscetrainer.analytics.SessionStatistics.ItemStatistics;
import org.oscetrainer.analytics.SessionStatistics.StationStatistics;
import org.oscetrainer.analytics.SessionStatistics.StudentOutcome;

/**
 * A small session written by hand: 3 stations × 5 students. Camille Martin sat everything and has
 * an override; Hugo's last name starts with "=" (formula injection); Léa's holds a comma and a
 * quote; Jules Petit missed the headache station; Emma Roux sat nothing. Camille has 10 minutes'
 * extra time at two stations; Léa a third more time at the abdominal station (2 min 39 s).
 */
final class SessionFixture {

    static final Instant OVERRIDE_AT = Instant.parse("2026-11-20T10:15:00Z");
    static final String REASON = "Palpation done at 04:12, the AI missed it";
    static final String EXAMINER = "dr.lambert";
    static final String INJECTED = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String QUOTED = "Dubois, \"Lulu\"";
    static final java.time.Duration TEN_MINUTES = java.time.Duration.ofMinutes(10);

    static final Station CHEST = new Station("chest-pain", "Chest pain", 10, List.of(
            new Item("history", "Asks about the onset", 4, false),
            new Item("exam", "Palpates the chest wall", 4, true),
            new Item("comm", "Explains the next steps", 2, false)));
    static final Station HEADACHE = new Station("cephalee", "Céphalée", 8, List.of(
            new Item("neck", "Recherche une raideur de nuque", 4, true),
            new Item("fever", "Demande la température", 4, false)));
    static final Station ABDOMEN = new Station("abdo", "Abdominal pain", 6, List.of(
            new Item("site", "Asks where it hurts", 3, false),
            new Item("murphy", "Looks for Murphy's sign", 3, false)));

    private SessionFixture() {
    }

    static SessionResults results() {
        Student martin = new Student("S1001", "cmartin", "Martin", "Camille", "camille.martin@univ.example", "A", map(
                "chest-pain", result(CHEST, 1, true, Map.of("history", 3, "exam", 4, "comm", 2), Map.of("history", 3, "exam", 2, "comm", 2),
                        List.of(new Override("exam", 2, 4, REASON, EXAMINER, OVERRIDE_AT))).withExtraTime(TEN_MINUTES),
                "cephalee", result(HEADACHE, 2, true, Map.of("neck", 4, "fever", 2), Map.of("neck", 4, "fever", 2), List.of())
                        .withExtraTime(TEN_MINUTES),
                "abdo", result(ABDOMEN, 3, true, Map.of("site", 3, "murphy", 2), Map.of("site", 3, "murphy", 2), List.of())));
        Student hugo = new Student("S1002", "hbernard", INJECTED, "Hugo", "hugo.bernard@univ.example", "A", map(
                "chest-pain", result(CHEST, 4, true, Map.of("history", 2, "exam", 0, "comm", 1), Map.of("history", 2, "exam", 0, "comm", 1), List.of()),
                "cephalee", result(HEADACHE, 5, false, Map.of("neck", 0, "fever", 4), Map.of("neck", 0, "fever", 4), List.of()),
                "abdo", result(ABDOMEN, 6, true, Map.of("site", 1, "murphy", 0), Map.of("site", 1, "murphy", 0), List.of())));
        Student lea = new Student("S1003", "ldubois", QUOTED, "Léa", "lea.dubois@univ.example", "B", map(
                "chest-pain", result(CHEST, 7, true, Map.of("history", 4, "exam", 4, "comm", 2), Map.of("history", 4, "exam", 4, "comm", 2), List.of()),
                "cephalee", result(HEADACHE, 8, true, Map.of("neck", 4, "fever", 4), Map.of("neck", 4, "fever", 4), List.of()),
                "abdo", result(ABDOMEN, 9, true, Map.of("site", 3, "murphy", 3), Map.of("site", 3, "murphy", 3), List.of())
                        .withExtraTime(java.time.Duration.ofSeconds(159))));
        Student jules = new Student("S1004", "jpetit", "Petit", "Jules", "jules.petit@univ.example", "B", map(
                "chest-pain", result(CHEST, 10, true, Map.of("history", 2, "exam", 4, "comm", 1), Map.of("history", 2, "exam", 4, "comm", 1), List.of()),
                "abdo", result(ABDOMEN, 11, true, Map.of("site", 2, "murphy", 1), Map.of("site", 2, "murphy", 1), List.of())));
        Student emma = new Student("S1005", "eroux", "Roux", "Emma", "emma.roux@univ.example", "B", Map.of());
        return new SessionResults(42, "ECOS DFASM1 — novembre", "DFASM1 2026", Instant.parse("2026-11-27T08:00:00Z"),
                List.of(CHEST, HEADACHE, ABDOMEN), List.of(martin, hugo, lea, jules, emma));
    }

    static SessionStatistics statistics() {
        return new SessionStatistics(4, 0.71, 13.3, 24,
                List.of(new StationStatistics("chest-pain", "Chest pain", 4, 10, 7.5, 2.65, 3, 8.5, 10, 5.5,
                                "borderline-regression", 5.5, 0.75, 0.64, 0.62, 0.9, 0.78, List.of(0, 0, 0, 1, 0, 0, 0, 1, 0, 2)),
                        new StationStatistics("cephalee", "Céphalée", 3, 8, 6, 2, 4, 6, 8, null, "default", 4.8, 1.0,
                                null, 0.55, 1.0, null, List.of(0, 0, 0, 0, 0, 1, 0, 1, 0, 1)),
                        new StationStatistics("abdo", "Abdominal pain", 4, 6, 3.75, 1.89, 1, 4, 6, null, "default", 3.0,
                                0.75, null, null, null, null, List.of(0, 0, 1, 0, 0, 1, 1, 0, 0, 1))),
                List.of(new ItemStatistics("chest-pain", "exam", "Palpates the chest wall", 4, 4, 0.75, 0.8)),
                Map.of("cmartin", new StudentOutcome("cmartin", 20, 24, 83.3, 3, 3, true),
                        "hbernard", new StudentOutcome("hbernard", 8, 24, 33.3, 3, 0, false),
                        "ldubois", new StudentOutcome("ldubois", 24, 24, 100, 3, 3, true),
                        "jpetit", new StudentOutcome("jpetit", 10, 16, 62.5, 2, 2, true),
                        // as SessionAnalysis gives it: an outcome with nothing sat
                        "eroux", new StudentOutcome("eroux", 0, 24, 0, 0, 0, false)));
    }

    private static StationResult result(Station station, long encounter, boolean reviewed, Map<String, Integer> points,
            Map<String, Integer> ai, List<Override> overrides) {
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        return new StationResult(encounter, total, station.maxPoints(), points, ai, reviewed ? 3 : null, reviewed, overrides);
    }

    private static Map<String, StationResult> map(Object... pairs) {
        Map<String, StationResult> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (StationResult) pairs[i + 1]);
        }
        return map;
    }
}
