package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * A sentence of a student's turn ({@link StudentSentences}): its exact text (a substring of the turn), its turn, the
 * words that may earn an item ({@code read}: without denied clauses and everyday phrases, {@link Denials},
 * {@link OtherSenses}), whether it asks something, whether it is a statement about the student's own plans or feelings,
 * and whether it introduces the student ({@link SentenceKinds}).
 */
record StudentSentence(TranscriptTurn turn, String text, String read, String readWithEverydayPhrases, boolean question,
        boolean firstPerson, boolean introduction, boolean advice, boolean asking) {

    /** A name given: "my name is", "je m'appelle", or a capitalised name after "I'm" / "je suis" / "Dr". */
    private static final Pattern NAMED = Pattern.compile("(?i:my name|je m['’]app?ell?e|je me presente|je me présente|this is|c['’]est)"
            + "|(?i:\\bi'm|\\bi’m|\\bi am|\\bje suis)[^.?!]{1,40}, \\p{Lu}\\p{Ll}+\\s*[,.!]?$"
            + "|(?i:\\bi'm|\\bi’m|\\bi am|\\bje suis|\\bme voici)\\s+(?i:(le |la )?(dr\\.?|docteur|docteure|doctor|professeur|pr\\.?)\\s+)?\\p{Lu}\\p{L}+"
            + "|\\b(Dr|Docteur|Doctor|Pr)\\.?\\s+\\p{Lu}");

    /** A sentence as said, not read: for what the student declines or only names. */
    StudentSentence(TranscriptTurn turn, String text) {
        this(turn, text, text, text, text.endsWith("?"), false, false, false, true);
    }

    /** Whether the student gives a name: "I'm Sam", "je suis le Dr Lemoine", "my name is…". */
    boolean named() {
        return NAMED.matcher(text).find();
    }
}
