package org.oscetrainer.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oscetrainer.encounter.internal.QuestionRateLimit;

class QuestionRateLimitTest {

    @Test
    void eachStudentHasTheirOwnBudgetOfQuestionsAMinute() {
        QuestionRateLimit limit = new QuestionRateLimit(new EncounterProperties(Duration.ofSeconds(5), 3));

        assertThat(limit.tryAsk("alice")).isTrue();
        assertThat(limit.tryAsk("alice")).isTrue();
        assertThat(limit.tryAsk("alice")).isTrue();
        assertThat(limit.tryAsk("alice")).as("the fourth question within the minute").isFalse();
        assertThat(limit.tryAsk("bob")).as("another student is not held back").isTrue();
    }
}
