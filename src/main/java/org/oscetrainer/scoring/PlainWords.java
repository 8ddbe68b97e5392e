package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * Plain words and speaking to the person, judged on the whole encounter as an examiner judges a manner:
 * <ul>
 * <li>An item that wants plain words ("sans jargon", "no jargon such as \"dysuria\"", "in plain words", "en langage
 * simple") is not earned by one lay sentence when the student also says, unexplained, words a patient is not expected to
 * understand ("Any dysuria, frequency or haematuria?", "You've got acute pyelonephritis"; {@code scoring/jargon.txt}). A
 * word explained in the same breath ("une coelioscopie, c'est-à-dire par de petites incisions", "which means…") is
 * plain. A one-point item is lost; an item worth more is at most partly done (jargon, then the plain word: the
 * examiners' "partly"). Communication items only: an explanation of the plan in jargon is still an explanation.</li>
 * <li>An item that wants the student to speak to the patient directly (through an interpreter) is not done when the
 * student asks about the patient in the third person ("Does she have any dysuria?", "Just tell her: does it burn when
 * she pees.").</li>
 * </ul>
 */
final class PlainWords {

    private PlainWords() {
    }

    private static final Pattern WANTS_PLAIN = Pattern.compile("\\b(sans jargon|no jargon|without jargon|avoids? jargon|plain (words"
            + "|language|english)|langage (simple|clair)|mots simples|termes simples|lay (terms|language|words))\\b");

    private static final Pattern WANTS_DIRECT = Pattern.compile("\\b(speaks?|talks?|addresses) (to )?(the patient|her|him)"
            + " directly|\\b(s adresse|parle) directement\\b");

    private static final List<Pattern> JARGON = ExaminationReading.load("/scoring/jargon.txt");

    /** A word explained where it is said: "c'est-à-dire", "which means", "in other words", a bracket. */
    private static final Pattern EXPLAINED = Pattern.compile("\\b(c est a dire|autrement dit|ce qui veut dire|ca veut dire|cela veut dire"
            + "|ce qui signifie|cela signifie|ca signifie|qui veut dire|ce qu on appelle|on appelle ca|en d autres termes|en clair"
            + "|that is|which means|that means|this means|it means|meaning|in other words|what we call|i e|called|appelee?s?)\\b");

    /** The student asking or speaking about the patient in the third person while the patient is there. */
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(does|is|has|did|was|can|could|will) she\\b|\\b(ask|tell) her\\b"
            + "|\\bwhen she\\b|\\bshe (has|s|is|was|had|feels|gets)\\b");

    static boolean wantsPlainWords(Rubric.Item item) {
        return "communication".equals(item.category()) && WANTS_PLAIN.matcher(Words.plain(item.label())).find();
    }

    static boolean wantsDirectSpeech(Rubric.Item item) {
        return WANTS_DIRECT.matcher(Words.plain(item.label())).find();
    }

    /** The first sentence of the student's that says jargon unexplained, or null. */
    static String jargon(List<TranscriptTurn> transcript) {
        for (StudentSentence s : StudentSentences.all(transcript)) {
            String folded = Words.plain(s.text());
            if (JARGON.stream().anyMatch(p -> p.matcher(folded).find()) && !explained(s)) {
                return s.text();
            }
        }
        return null;
    }

    /** The first question of the student's about the patient in the third person, or null. */
    static String thirdPerson(List<TranscriptTurn> transcript) {
        for (StudentSentence s : StudentSentences.all(transcript)) {
            if (THIRD_PERSON.matcher(Words.plain(s.text())).find()) {
                return s.text();
            }
        }
        return null;
    }

    /** Whether the word is explained in its sentence or in what the student says next in the same turn. */
    private static boolean explained(StudentSentence s) {
        String turn = s.turn().text();
        int at = turn.indexOf(s.text());
        String from = at < 0 ? s.text() : turn.substring(at, Math.min(turn.length(), at + s.text().length() + 120));
        return EXPLAINED.matcher(Words.plain(from)).find() || from.contains("(");
    }

}
