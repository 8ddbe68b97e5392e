package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The guard of one question remembers what it read in the earlier checks of a reply that grows (the searches around
 * what is new: {@link GrowingTextSearch}); its verdict on each text must be the one a guard that reads the text afresh
 * gives. Replies of the frozen leak sets ({@code blind/leak-replies} to {@code -5}, every {@value #EVERY}th reply, all
 * their kinds), streamed word by word as the model streams them, then checked whole as the finished reply is: every
 * verdict of the guard that has followed the reply equals that of a new guard for the same text, rule and span.
 */
class IncrementalVerdictsTest {

    private static final int EVERY = 16;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    @Test
    void theGuardFollowingAGrowingReplyGivesTheVerdictsOfAGuardReadingItAfresh() throws Exception {
        int replies = 0;
        int checks = 0;
        int broken = 0;
        for (LeakSetReplies reply : LeakSetReplies.of(List.of("leak-replies", "leak-replies-2", "leak-replies-3",
                "leak-replies-4", "leak-replies-5"))) {
            if (reply.index() % EVERY != 0) {
                continue;
            }
            Guardrails following = reply.guard();
            Matcher word = WORD.matcher(reply.text());
            StringBuilder sofar = new StringBuilder();
            while (word.find()) {
                sofar.append(word.group());
                checks++;
                broken += same(following, reply, sofar.toString()) ? 1 : 0;
            }
            checks++;
            broken += same(following, reply, reply.text().strip()) ? 1 : 0;
            replies++;
        }
        assertThat(replies).isGreaterThan(300);
        assertThat(broken).as("texts on which a rule fired (the comparison covers verdicts, not only passes)")
                .isGreaterThan(checks / 20);
    }

    /** Asserts that both guards give the same verdict on {@code text}; whether a rule fired. */
    private static boolean same(Guardrails following, LeakSetReplies reply, String text) {
        Optional<Violation> followed = following.check(text);
        Optional<Violation> afresh = reply.guard().check(text);
        assertThat(followed).as(text).isEqualTo(afresh);
        return afresh.isPresent();
    }
}
