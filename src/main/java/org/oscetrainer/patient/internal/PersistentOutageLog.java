package org.oscetrainer.patient.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.oscetrainer.patient.LlmOutage;
import org.oscetrainer.patient.OutageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outage log in the database. One outage is open at a time; an outage left open by a restart is
 * taken up again and closed by the next reply the LLM gives.
 */
@Component
class PersistentOutageLog implements OutageLog {

    private static final Logger log = LoggerFactory.getLogger(PersistentOutageLog.class);

    private final LlmOutageRepository outages;
    private final Clock clock;
    private volatile boolean maybeOpen = true;

    PersistentOutageLog(LlmOutageRepository outages, Clock clock) {
        this.outages = outages;
        this.clock = clock;
    }

    @Override
    public synchronized void replyFailed(String reason) {
        var open = outages.findFirstByEndedAtIsNullOrderByStartedAtDesc();
        if (open.isPresent()) {
            open.get().failedAgain();
            outages.save(open.get());
        } else {
            outages.save(new LlmOutageEntry(clock.instant(), reason));
            log.warn("LLM outage began: {}", reason);
        }
        maybeOpen = true;
    }

    @Override
    public void llmAnswered() {
        if (!maybeOpen) {
            return; // the usual case: nothing to close, no query
        }
        synchronized (this) {
            outages.findFirstByEndedAtIsNullOrderByStartedAtDesc().ifPresent(o -> {
                Instant now = clock.instant();
                o.end(now);
                LlmOutage ended = outages.save(o).toOutage();
                log.warn("LLM outage ended after {} s ({} replies answered by the scripted engine)",
                        Duration.between(ended.startedAt(), now).toSeconds(), ended.failedReplies());
            });
            maybeOpen = false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<LlmOutage> between(Instant from, Instant to) {
        return outages.overlapping(from, to).stream().map(LlmOutageEntry::toOutage).toList();
    }
}
