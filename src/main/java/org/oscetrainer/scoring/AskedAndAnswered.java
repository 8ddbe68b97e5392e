package org.oscetrainer.scoring;

import java.util.List;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * A history item asked in the student's own words by an open question, and answered: "Tell me about what happens when
 * you lie down or when you're asleep" answered by the patient's "I can't lie flat… Twice this week I woke up in the night
 * gasping" has asked about orthopnoea and night-time breathlessness, though it names neither. The question is read
 * through its answer only when the answer is the very next turn and says every fact the rubric links to the item
 * ({@code facts:}, carried as {@link Rubric.Item#answers()}): the student asked for that part of the story and got all
 * of it. What the patient adds to a closed question ("Vous toussez ?" answered with the blood in the sputum), or says
 * after an empathic remark or unprompted, is volunteered, not elicited, and earns nothing here; so does a reply that
 * says only some of the item's facts. Only the scripted patient's replies say the facts' own texts; a reply in other
 * words (the LLM patient's) is not read.
 */
final class AskedAndAnswered {

    private AskedAndAnswered() {
    }

    /** The item earned whole by an open question that the next turn answers with all it is about, or {@code s}. */
    static ItemScore credit(Rubric.Item item, ItemScore s, List<TranscriptTurn> transcript, List<AnalysedSentence> readable) {
        if (s.points() > 0 || !"history".equals(item.category()) || item.answers().isEmpty()) {
            return s;
        }
        List<String> answers = item.answers().stream().map(Words::plain).toList();
        for (AnalysedSentence a : SentenceEligibility.earning(item, readable)) {
            if (!OpenQuestions.open(a.sentence().text())) {
                continue;
            }
            TranscriptTurn reply = next(transcript, a.turn());
            if (reply != null && reply.speaker() == TranscriptTurn.Speaker.PATIENT) {
                String said = Words.plain(reply.text());
                if (answers.stream().allMatch(said::contains)) {
                    return ItemScore.earned(item, item.points(), a, "The student's open question is answered by the patient's"
                            + " next turn with all the item is about (" + answers.size() + (answers.size() == 1 ? " fact" : " facts")
                            + "): asked in other words.");
                }
            }
        }
        return s;
    }

    private static TranscriptTurn next(List<TranscriptTurn> transcript, TranscriptTurn turn) {
        for (int i = 0; i < transcript.size() - 1; i++) {
            if (transcript.get(i).id() == turn.id()) {
                return transcript.get(i + 1);
            }
        }
        return null;
    }
}
