package org.oscetrainer.encounter.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import org.oscetrainer.encounter.EncounterProperties;
import org.springframework.stereotype.Component;

/** A per-student budget of questions a minute (resilience4j rate limiter, one per student, never waits). */
@Component
public class QuestionRateLimit {

    private final int perMinute;
    private final RateLimiterRegistry limiters;

    public QuestionRateLimit(EncounterProperties properties) {
        this.perMinute = properties.questionsPerMinute();
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, perMinute))
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** Takes one question from the student's budget; {@code false} when it is spent for this minute. */
    public boolean tryAsk(String student) {
        RateLimiter limiter = limiters.rateLimiter(student);
        return limiter.acquirePermission();
    }

    public int perMinute() {
        return perMinute;
    }
}
