package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The leak count's shortcut (a term none of whose readings' words are all said, and whose letters the reading cannot
 * hold, counts 0 without the full count: docs/performance.md, "perf15") gives, for every reading and every term, the
 * count the full path gives: on every 8th reply of the frozen leak sets 1 to 3, at every 3rd word as it grows and whole.
 */
class LeakCountShortcutTest {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    @Test
    void theShortcutCountsWhatTheFullCountCounts() throws Exception {
        var leakField = Guardrails.class.getDeclaredField("leak");
        leakField.setAccessible(true);
        int replies = 0;
        long pairs = 0;
        long found = 0;
        for (LeakSetReplies reply : LeakSetReplies.of(List.of("leak-replies", "leak-replies-2", "leak-replies-3"))) {
            if (replies++ % 8 != 0) {
                continue;
            }
            LeakCheck leak = (LeakCheck) leakField.get(reply.guard());
            Matcher word = WORD.matcher(reply.text());
            int n = 0;
            while (word.find()) {
                if (n++ % 3 == 0) {
                    String text = reply.text().substring(0, word.end());
                    long[] counted = compare(leak, text, reply.file() + " #" + reply.index() + " at word " + n);
                    pairs += counted[0];
                    found += counted[1];
                }
            }
            long[] counted = compare(leak, reply.text().strip(), reply.file() + " #" + reply.index() + " whole");
            pairs += counted[0];
            found += counted[1];
        }
        assertThat(pairs).as("(reading, term) pairs compared").isGreaterThan(100_000);
        assertThat(found).as("pairs in which the term is found").isPositive();
    }

    private static long[] compare(LeakCheck leak, String text, String where) {
        List<Disguises.Reading> readings = Disguises.of(text);
        long pairs = 0;
        long found = 0;
        for (int r = 0; r < readings.size(); r++) {
            for (int t = 0; t < leak.terms().size(); t++) {
                int full = leak.count(readings, r, t, false);
                assertThat(leak.count(readings, r, t, true)).as("%s, reading %s, term %s", where, readings.get(r).how(),
                        leak.terms().get(t).text()).isEqualTo(full);
                pairs++;
                found += full > 0 ? 1 : 0;
            }
        }
        return new long[] {pairs, found};
    }
}
