package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The leak check's terms loop reads only the terms some reading may hold ({@code LeakCheck.mayHold}: docs/performance.md,
 * "perf19"). Two things must hold for that to change no verdict, checked on the frozen leak sets 1 to 4 (every 4th
 * reply) and the benign everyday replies (every 3rd): at every word as each reply grows (as the stream checks it) and
 * whole, the check gives the same verdict, rule and span, with the candidates as with every term; and at every 3rd
 * word and whole, every term left out counts 0 in every reading (the full count, without its own shortcut).
 */
class LeakCandidateTermsTest {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    @Test
    void aTermLeftOutCountsNothingAndTheVerdictIsTheSame() throws Exception {
        var leakField = Guardrails.class.getDeclaredField("leak");
        leakField.setAccessible(true);
        List<LeakSetReplies> replies = new ArrayList<>();
        List<LeakSetReplies> sets = LeakSetReplies.of(List.of("leak-replies", "leak-replies-2", "leak-replies-3",
                "leak-replies-4"));
        for (int i = 0; i < sets.size(); i += 4) {
            replies.add(sets.get(i));
        }
        List<LeakSetReplies> benign = LeakSetReplies.of(Path.of("src/test/resources/guard"), List.of("benign-everyday"));
        for (int i = 0; i < benign.size(); i += 3) {
            replies.add(benign.get(i));
        }
        long texts = 0;
        long violations = 0;
        long leftOut = 0;
        long kept = 0;
        for (LeakSetReplies reply : replies) {
            LeakCheck leak = (LeakCheck) leakField.get(reply.guard());
            Matcher word = WORD.matcher(reply.text());
            List<String> grown = new ArrayList<>();
            while (word.find()) {
                grown.add(reply.text().substring(0, word.end()));
            }
            grown.add(reply.text().strip());
            for (int g = 0; g < grown.size(); g++) {
                String text = grown.get(g);
                String where = reply.folder() + "/" + reply.file() + " #" + reply.index() + " at \"" + text + "\"";
                var withCandidates = leak.check(new ReplyText(text), true);
                var everyTerm = leak.check(new ReplyText(text), false);
                assertThat(withCandidates).as(where).isEqualTo(everyTerm);
                texts++;
                violations += everyTerm.isPresent() ? 1 : 0;
                if (g % 3 != 0 && g != grown.size() - 1) {
                    continue;
                }
                List<Disguises.Reading> readings = Disguises.of(text);
                boolean[] may = leak.mayHold(readings);
                for (int t = 0; t < may.length; t++) {
                    if (may[t]) {
                        kept++;
                        continue;
                    }
                    leftOut++;
                    for (int r = 0; r < readings.size(); r++) {
                        assertThat(leak.count(readings, r, t, false)).as("%s: term %s left out, reading %s", where,
                                leak.terms().get(t).text(), readings.get(r).how()).isZero();
                    }
                }
            }
        }
        assertThat(texts).as("texts checked").isGreaterThan(5_000);
        assertThat(violations).as("texts with a leak").isGreaterThan(500);
        assertThat(kept).as("terms kept, some reading may hold them").isPositive();
        assertThat(leftOut).as("terms left out").isGreaterThan(kept);
        System.out.printf("LeakCandidateTermsTest: %d texts (%d with a leak), %d terms kept, %d left out%n", texts,
                violations, kept, leftOut);
    }
}
