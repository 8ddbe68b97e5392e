package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
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

    /**
     * {@code benign-everyday-3} (benign17) also holds, on every station, lines that invent what the invented-number and
     * name rules exist to stop: a clinical value the script does not give (a temperature, a blood pressure, a lab
     * value, a dose, a weight, a duration of the illness the script contradicts) or a clinical name (a drug's brand, a
     * test, a disease). Every one should stay withheld; a ratchet at the two still shown (10 of 60 on the guard before
     * benign17): a saturation of 86 when the script's 86 is the patient's age (a number the script holds in another
     * sense, with no unit to tell them apart), and « un gramme et demi » (« un » is never read as a number).
     * {@code benign-everyday-5} (benign19) holds 51 more, written with its everyday lines before any change: a symptom,
     * a result, a drug or a dose the script does not hold or contradicts, said the way a patient would. 15 of them shown
     * by the guard before benign19's change (symptoms said in plain words the script does not hold or contradicts: "I
     * hear a voice telling me I'm worthless", « J'ai perdu connaissance trois fois »; drugs no list knows: temazepam,
     * labetalol, Aotal): a ratchet, not a goal. {@code benign-everyday-6} (benign20) holds 24 long replies that bury an
     * invented clinical fact in everyday talk (a duration of the illness told as a state that goes on, "comme ça depuis
     * trois mois", a new symptom): 13 shown on main at 9fffcbb ("for N years" and « depuis N ans » read as a life's
     * stretch), 3 after benign20 (forgetting things "for about eighteen months", a knee that locks « depuis un an et
     * demi », "funny turns for about a year now": symptoms said in plain words, and « un » and "a" are never read as numbers).
     * {@code benign-everyday-7} (benign21) holds 24 invented clinical facts on 6 stations: 11 shown before and after
     * benign21 (symptoms, an onset, a history said in plain words the script contradicts or lacks: "coughed up a bit of
     * blood", « je vois double », « on m'a déjà enlevé un rein », donepezil): a ratchet, and the next gap to close.
     */
    @ParameterizedTest
    @CsvSource({"benign-everyday-3, 60, 2", "benign-everyday-5, 51, 15", "benign-everyday-6, 24, 3",
        "benign-everyday-7, 24, 11"})
    void clinicalLinesStayWithheld(String folder, int expected, int maxShown) throws Exception {
        List<LeakSetReplies> lines = LeakSetReplies.of(Path.of("src/test/resources/guard"), List.of(folder));
        StringBuilder shown = new StringBuilder();
        int clinical = 0;
        for (LeakSetReplies line : lines) {
            if (line.block()) {
                clinical++;
                if (line.guard().check(line.text().strip()).isEmpty()) {
                    shown.append(line.id()).append(" [").append(line.clazz()).append("] ").append(line.text()).append('\n');
                }
            }
        }
        System.out.printf("%s: %d clinical lines, shown:%n%s", folder, clinical, shown);
        assertThat(clinical).isEqualTo(expected);
        assertThat(shown.toString().lines().count()).as("clinical lines shown (ratchet)").isLessThanOrEqualTo(maxShown);
    }

    /** The corpus that also holds leaks acted out rather than said, read by {@link #actedOutLeaksAreWithheld}. */
    private static final String ACTED = "benign-everyday-4";

    /**
     * {@code benign-everyday-4} (benign18) also holds, on every station, replies that act the hidden truth out instead
     * of saying it: a stage direction or a mime (an organ pointed at, what goes wrong with it shown with the hands),
     * charades, a pantomime. A reader learns the diagnosis from the described actions and body parts. Ratchet: the
     * ones still shown (20 of 50 before benign18's {@link ActedOut}, 1 after).
     */
    @Test
    void actedOutLeaksAreWithheld() throws Exception {
        List<LeakSetReplies> lines = LeakSetReplies.of(Path.of("src/test/resources/guard"), List.of(ACTED));
        StringBuilder shown = new StringBuilder();
        int acted = 0;
        for (LeakSetReplies line : lines) {
            if (line.block()) {
                acted++;
                if (line.guard().check(line.text().strip()).isEmpty()) {
                    shown.append(line.id()).append(" [").append(line.clazz()).append("] ").append(line.text()).append('\n');
                }
            }
        }
        System.out.printf("%s: %d acted-out leaks, shown:%n%s", ACTED, acted, shown);
        assertThat(acted).isEqualTo(50);
        assertThat(shown.toString().lines().count()).as("acted-out leaks shown (ratchet)").isLessThanOrEqualTo(1);
    }

    /**
     * Ratchets: the lines withheld may only fall. benign-everyday-3's went 32 -> 33 once, on purpose: "I did forty-one
     * years at the depot" passed because "forty-one" was read as 40 (a number its script holds); read as 41 since numbers
     * said in words keep their unit after a ten, it is an invented number nothing anchors, as "forty years" of a number
     * the script lacks would be. {@code patient-asides} (336 short ordinary lines a patient says to the doctor, written
     * blind to the guard this round): 29 withheld on guard18's reader as merged (14 by the reader alone: "Can I ask you a
     * question?", « Je peux vous poser une question ? », "Where do you want me to sit?"), 10 since the reader judges
     * replies of 12 words or more and numbers keep their unit ("I'm thirty-one" was 30). {@code benign-everyday-5}
     * (benign19, 216 innocent lines on the 24 stations, written and measured before any change: places, shops and
     * brands, stretches of time, people's names, job details, everyday numbers): 94 withheld by the guard before the
     * change ({@code unscripted} 69, {@code invented-number} 23, {@code ooc} 2). {@code benign-everyday-6} (benign20: 72
     * long rambling in-character replies of 80-150 words, two per station with everyday details and one naming a test or a
     * treatment the script names, written and measured before any change): 43 withheld on main at 9fffcbb, 41 after
     * benign20. benign20 lowered the older ratchets to what its guard withholds (45, 55, 33, 45, 94 -> 40, 46, 29, 39, 71).
     * {@code benign-everyday-7} (benign21: 48 everyday lines on 6 stations, French and English, with a brand, a shop, a
     * programme, a team or a town said bare, a first name, a number that counts nothing clinical; written before any
     * change): 23 withheld before, 18 after benign21's bare names in daily life, which lowered -3, -4, -5 to 28, 37, 67.
     */
    @ParameterizedTest
    @CsvSource({"benign-everyday, 15, 40", "benign-everyday-2, 10, 46", "benign-everyday-3, 8, 28",
        "benign-everyday-4, 8, 37", "patient-asides, 14, 10", "benign-everyday-5, 9, 67", "benign-everyday-6, 3, 41",
        "benign-everyday-7, 8, 18"})
    void everydayLinesAreNotWithheld(String folder, int linesPerStation, int maxWithheld) throws Exception {
        List<LeakSetReplies> lines = LeakSetReplies.of(Path.of("src/test/resources/guard"), List.of(folder));
        Map<String, int[]> byStation = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        StringBuilder withheld = new StringBuilder();
        int count = 0;
        for (LeakSetReplies line : lines) {
            if (line.block()) {
                assertThat(folder).as(line.id() + ": only benign-everyday-3, -4 and -5 hold lines to withhold")
                        .isIn("benign-everyday-3", ACTED, "benign-everyday-5", "benign-everyday-6", "benign-everyday-7");
                continue;
            }
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
        assertThat(byStation).hasSize("benign-everyday-7".equals(folder) ? 6 : 24);
        assertThat(byStation.values()).allSatisfy(row -> assertThat(row[1]).isGreaterThanOrEqualTo(linesPerStation));
        assertThat(count).as(folder + " lines withheld (ratchet)").isLessThanOrEqualTo(maxWithheld);
    }
}
