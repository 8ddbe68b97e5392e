package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * The student's turns cut into sentences (the unit the offline grader credits and quotes, {@link StudentSentence}),
 * without the sentences that do not ask anything of the patient ({@link Asides}: declining to ask, asides about oneself
 * or one's own relatives, apologies; an apology or a reassurance that only opens a sentence leaves what follows it), and
 * read for what they mean: the words of a denied clause are not read ({@link Denials}), nor everyday phrases whose words
 * look clinical ({@link OtherSenses}); what is asked in other words gets its plain words ({@link Paraphrases}); what the
 * sentence does ({@link SentenceKinds}). The patient's turns are never read.
 */
final class StudentSentences {

    private static final Pattern SENTENCE = Pattern.compile("[^.?!;\\n]+[.?!;]*");

    private static final Pattern BUT = Pattern.compile("(?i)\\b(but|however|mais|cependant|par contre)\\b");

    private StudentSentences() {
    }

    static List<StudentSentence> of(List<TranscriptTurn> transcript) {
        return of(transcript, null);
    }

    /** The sentences that may earn an item, read in {@code language} ({@code fr}, {@code en}, or null for both). */
    static List<StudentSentence> of(List<TranscriptTurn> transcript, String language) {
        List<StudentSentence> sentences = new ArrayList<>();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                String text = m.group().strip();
                String after = Asides.afterAnAside(text);
                if (!text.isEmpty() && Asides.asks(text)) {
                    sentences.add(read(turn, text, language));
                } else if (after != null && Asides.asks(after)) {
                    // "Sorry, I should say - this is confidential, unless…", "Don't worry, this is all confidential": the
                    // apology or the reassurance opening the sentence is an aside; what the student says after it stands.
                    sentences.add(read(turn, after, language));
                } else if (!text.isEmpty() && Asides.declines(text)) {
                    // "I won't ask you about drugs today, but how much are you drinking?": the question after "but" stands.
                    Matcher but = BUT.matcher(text);
                    int from = -1;
                    while (but.find()) {
                        from = but.end();
                    }
                    String rest = from < 0 ? "" : text.substring(from).strip();
                    if (!rest.isEmpty() && Asides.asks(rest)) {
                        sentences.add(read(turn, rest, language));
                    }
                }
            }
        }
        return sentences;
    }

    /** Every sentence of the student's, as said (for what they decline or only name). */
    static List<StudentSentence> all(List<TranscriptTurn> transcript) {
        List<StudentSentence> out = new ArrayList<>();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.STUDENT || turn.text() == null) {
                continue;
            }
            Matcher m = SENTENCE.matcher(turn.text());
            while (m.find()) {
                String text = m.group().strip();
                if (!text.isEmpty()) {
                    out.add(new StudentSentence(turn, text));
                }
            }
        }
        return out;
    }

    private static StudentSentence read(TranscriptTurn turn, String text, String language) {
        String folded = folded(text);
        boolean question = text.endsWith("?");
        String withoutEveryday = Paraphrases.added(OtherSenses.removed(folded, language), language);
        folded = Paraphrases.added(folded, language);
        String plain = folded.replace('\'', ' ');
        return new StudentSentence(turn, text, Denials.denied(withoutEveryday, question), Denials.denied(folded, question),
                question, SentenceKinds.firstPerson(plain, question), SentenceKinds.introduction(plain),
                SentenceKinds.advice(plain), SentenceKinds.asking(text, plain, question));
    }

    /** A sentence folded as the grader reads it: lower case, no accents, only letters, digits and ?,:()'- kept. */
    static String folded(String text) {
        return Words.fold(text).replaceAll("[^a-z0-9?,:()'\\-]+", " ").replaceAll("\\s+", " ").strip();
    }
}
