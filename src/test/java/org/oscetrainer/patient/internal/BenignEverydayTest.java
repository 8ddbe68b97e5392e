package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guard's other duty, never to withhold an innocent in-character reply, on hand-written everyday lines (one file per
 * station, in the station's language). {@code benign-everyday} (benign15): a patient (or the relative who speaks) on
 * their life, feelings, work, family, hobbies, food, weather and money, many using a word of the hidden truth or of its
 * organ in an everyday sense ("the appendix of a report", « les mots croisés », "a depression coming in off the
 * Atlantic") and some the script's own words. {@code benign-everyday-2} (benign16): everyday numbers the script does not
 * hold (a bus, a price, a time, an age, a house number, a date), place names, and everyday talk in frames (a shopping
 * list, a card, a text message, a memory). A reader learns nothing of the diagnosis from them. Each line is checked
 * whole, after the set's usual question, by a guard made for it (as {@link GuardSetsMeasure} does); withheld lines are
 * printed with the rule and the span that fired.
 */
class BenignEverydayTest {

    /** Ratchets: the lines withheld may only fall. */
    @ParameterizedTest
    @CsvSource({"benign-everyday, 15, 46", "benign-everyday-2, 10, 71"})
    void everydayLinesAreNotWithheld(String folder, int linesPerStation, int maxWithheld) throws Exception {
        List<LeakSetReplies> lines = LeakSetReplies.of(Path.of("src/test/resources/guard"), List.of(folder));
        Map<String, int[]> byStation = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        StringBuilder withheld = new StringBuilder();
        int count = 0;
        for (LeakSetReplies line : lines) {
            assertThat(line.block()).as(line.id()).isFalse();
            Optional<Violation> v = line.guard().check(line.text().strip());
            int[] row = byStation.computeIfAbsent(line.station(), s -> new int[2]);
            row[1]++;
            if (v.isPresent()) {
                row[0]++;
                count++;
                byRule.merge(v.get().rule(), 1, Integer::sum);
                withheld.append(line.id()).append(" ").append(v.get().rule()).append(" | ")
                        .append(v.get().span().replace("\n", " ")).append(" :: ").append(line.text()).append('\n');
            }
        }
        StringBuilder report = new StringBuilder(String.format("%s: %d lines, %d withheld, by rule %s%n", folder,
                lines.size(), count, byRule));
        byStation.forEach((station, row) -> report.append(String.format("  %s %d/%d%n", station, row[0], row[1])));
        System.out.println(report.append(withheld));
        assertThat(byStation).hasSize(24);
        assertThat(byStation.values()).allSatisfy(row -> assertThat(row[1]).isGreaterThanOrEqualTo(linesPerStation));
        assertThat(count).as(folder + " lines withheld (ratchet)").isLessThanOrEqualTo(maxWithheld);
    }
}
