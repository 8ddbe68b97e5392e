package org.oscetrainer.encounter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Encounters.
 *
 * @param deadlineCheckInterval {@code osce.encounter.deadline-check-interval}: how often the server closes
 *     encounters past their deadline, with or without a browser open
 * @param questionsPerMinute {@code osce.encounter.questions-per-minute}: questions one student may ask in a
 *     minute, across their encounters (a real station allows a few; this stops a script flooding the LLM);
 *     counted in the database, so it holds across nodes
 * @param replyLease {@code osce.encounter.reply-lease}: how long a question's claim on its encounter (no other
 *     question while its reply is generated) lasts without renewal; the node generating the reply renews it
 *     every third of this, so a reply may take longer; if that node dies, the claim runs out within this
 *     time and the student may ask again on any node. Keep it well above a garbage-collection pause.
 */
@ConfigurationProperties("osce.encounter")
public record EncounterProperties(@DefaultValue("5s") Duration deadlineCheckInterval,
        @DefaultValue("20") int questionsPerMinute, @DefaultValue("15s") Duration replyLease) {
}
