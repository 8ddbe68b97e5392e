package org.oscetrainer.patient.internal;

import java.util.Optional;
import org.oscetrainer.catalog.HiddenDiagnosis;

/**
 * The judge's rule ({@code osce.guard.judge=llm}): the {@link LlmJudge} must find that a reader of the
 * reply learns nothing of the hidden truth and meets the patient in character. It fails closed: a judge
 * that is late, fails or answers anything but its JSON withholds the reply ({@code judge-unavailable}).
 * Slow (one request to the cluster), so {@link GuardedStream} asks it at sentence ends only, before
 * the sentence is shown, and once more on the whole reply.
 */
final class JudgeCheck implements GuardrailCheck {

    static final String REVEALS = "judge:reveals";
    static final String OUT_OF_CHARACTER = "judge:ooc";
    static final String UNAVAILABLE = "judge-unavailable";

    private final LlmJudge judge;
    private final HiddenDiagnosis hidden;
    private final String language;

    JudgeCheck(LlmJudge judge, HiddenDiagnosis hidden, String language) {
        this.judge = judge;
        this.hidden = hidden;
        this.language = language;
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        try {
            LlmJudge.Judgement judgement = judge.judge(hidden, language, reply.text());
            if (judgement.reveals()) {
                return Optional.of(new Violation(REVEALS, judgement.reason()));
            }
            if (judgement.outOfCharacter()) {
                return Optional.of(new Violation(OUT_OF_CHARACTER, judgement.reason()));
            }
            return Optional.empty();
        } catch (LlmJudge.Unavailable e) {
            return Optional.of(new Violation(UNAVAILABLE, e.getMessage()));
        }
    }
}
