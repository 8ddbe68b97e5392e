package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * A closed check of understanding ("Do you understand?", "Does that make sense?", "Vous avez bien compris ?", "C'est
 * clair ?") on an item that asks for teach-back ("asking the patient to explain back", "en lui demandant de reformuler
 * avec ses mots"): the examiners give it in part, one point, never the whole. A check the student answers or leaves on
 * ("Do you understand? No? Good.") is not one ({@link RhetoricalQuestions}).
 */
final class ClosedChecks {

    private ClosedChecks() {
    }

    /** Items of teach-back: the patient is to say it back in their own words. */
    private static final Pattern TEACH_BACK_ITEM = Pattern.compile("\\b(explain (it )?back|own words|teach back|reformul[a-z]*|redire"
            + "|(ses|vos|leurs|her|his|their) (propres |own )?(mots|words)|repeat back|say (it )?back)\\b");

    /** A closed question about understanding. */
    private static final Pattern CLOSED = Pattern.compile("\\b((do|does) (you|she|he|they) (understand|follow)"
            + "|(does|did) (that|this|it|all that) make sense|(is|was) (that|this|it|everything|all that) clear"
            + "|(vous avez|tu as|avez vous|as tu|elle a|il a|a t elle|a t il) (bien )?(tout )?compris|c est (bien )?clair"
            + "|est ce (que c est )?clair|vous comprenez|(elle|il) comprend|vous me suivez|understood \\?|compris \\?)");

    static boolean teachBack(Rubric.Item item) {
        return "communication".equals(item.category()) && item.points() > 1
                && TEACH_BACK_ITEM.matcher(ItemElements.folded(item.label())).find();
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.?!;\\n]+[.?!;]*");

    /** The student's first closed check of understanding, with its turn, or null. */
    static Found first(List<TranscriptTurn> transcript) {
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                if (CLOSED.matcher(" " + ItemElements.folded(m.group()) + " ").find()
                        && !RhetoricalQuestions.rhetorical(turn.text(), m.end())) {
                    return new Found(turn, m.group().strip());
                }
            }
        }
        return null;
    }

    record Found(TranscriptTurn turn, String sentence) {
    }
}
