package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * An introduction read as an examiner hears it: the student says who they are, their name and their role, in whatever
 * words ("Bonjour, je suis Maxime Roux, étudiant hospitalier dans le service", "Hello, I'm Dr Hannah Price, one of the
 * doctors on the medical team"), not only in the rubric's hints ("je m'appelle", "junior doctor"). Such a sentence earns
 * an introduction item's self part (its first part, "self" or "soi"), or the item when it has no parts; a first name
 * alone ("Hi, I'm Ellie.") or a role alone is left to the hints and to the name rule of {@link CommunicationReading}.
 */
final class Introductions {

    private Introductions() {
    }

    /** The part of an introduction item that is the student introducing themselves. */
    private static final Pattern SELF_PART = Pattern.compile("^(self|soi|moi)\\b");

    /** Whether a part of an item is the student's own introduction. */
    static boolean selfPart(Rubric.Item item, Rubric.Part part) {
        return CommunicationReading.introduction(item) && !item.parts().isEmpty() && item.parts().get(0) == part
                && SELF_PART.matcher(Words.fold(part.name())).find();
    }

    /** The part of an introduction item that checks who the person is, and only that: "patient's identity", "identité". */
    private static final Pattern IDENTITY_PART = Pattern.compile("^(the )?(patient s |patient |child s |du patient |de la patiente )?"
            + "(identity|identite)( du patient| de la patiente)?$");

    /** Whether a part of an introduction item is the check of the person's identity, alone. */
    static boolean identityPart(Rubric.Item item, Rubric.Part part) {
        return CommunicationReading.introduction(item) && IDENTITY_PART.matcher(Words.plain(part.name())).find();
    }

    /**
     * A question that names the person to confirm who they are: "Are you Mr Whitmore?", "You're Emily?", "Frank Whitmore,
     * yes?", "Mrs Ellis?", « Vous êtes bien Madame Roux ? », « C'est bien M. Lambert ? ». Before it may come "can I just
     * check", "so", "and"; after it a tag ("yes", "right", « c'est ça »). A title or a lead ("are you", « vous êtes ») or a
     * first name and a surname: a one-word terse question ("Dizzy?") names no one.
     */
    private static final String NAME = "\\p{Lu}[\\p{Ll}'’-]+";
    private static final String TITLE = "(?i:mr|mrs|ms|miss|mx|dr|madame|monsieur|mademoiselle|mme|mlle|m)\\.?";
    private static final Pattern CONFIRMS_IDENTITY = Pattern.compile("^\\W*(?i:(can i (just )?(check|confirm)|just to (check|confirm)"
            + "|so|and|et|alors|donc|je verifie|pour verifier|hi|hello|good morning|morning|bonjour|bonsoir)\\W+)?"
            + "(?:(?i:are you|you re|you are|is it|is that|is this|am i (speaking|talking) (to|with)|vous etes( bien)?|etes vous( bien)?"
            + "|c est( bien)?|je parle( bien)? (a|avec)|tu es( bien)?)\\s+(" + TITLE + "\\s+)?" + NAME + "(\\s+" + NAME + ")?"
            + "|" + TITLE + "\\s+" + NAME + "(\\s+" + NAME + ")?"
            + "|" + NAME + "\\s+" + NAME + ")"
            + "(?i:\\W+(yes|right|is that right|correct|is it|c est ca|c est bien ca|n est ce pas|oui|c est bien vous))?\\W*\\?\\W*$");

    /** Words a capital letter does not make a name: "Are you English?", « Vous êtes Seule ? ». */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*\\b(english|french|british|sure|okay|alright|comfortable|ready"
            + "|allergic|pregnant|francais|francaise|anglais|anglaise|seule?|bien|prete?|enceinte|d accord|ok|here|there|alone|well)\\b.*");

    /** Whether a sentence confirms the person's identity by naming them ({@link #CONFIRMS_IDENTITY}). */
    static boolean confirmsIdentity(String sentence) {
        // The accents folded, the case kept: the capital letters are what make a name.
        String text = java.text.Normalizer.normalize(sentence, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("['’]", " ").replaceAll("-", " ").strip();
        return CONFIRMS_IDENTITY.matcher(text).matches() && !NOT_A_NAME.matcher(text).matches();
    }

    /** The earliest sentence that confirms the person's identity by naming them, or null. */
    static AnalysedSentence identityConfirmed(List<AnalysedSentence> sentences) {
        return sentences.stream().filter(a -> confirmsIdentity(a.sentence().text())).findFirst().orElse(null);
    }

    /** The earliest sentence in which the student gives both their name and their role, or null. */
    static AnalysedSentence namedWithRole(List<AnalysedSentence> sentences) {
        return sentences.stream()
                .filter(a -> a.sentence().introduction() && CommunicationReading.givesName(a.sentence().text())
                        || CommunicationReading.terseIntroduction(a.sentence().text()))
                .findFirst().orElse(null);
    }
}
