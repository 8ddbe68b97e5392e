package org.oscetrainer.patient.internal;

import java.util.Optional;
import java.util.Set;

/**
 * The patient answers in the station's language: a reply whose function words are mostly of the
 * other language (French station answered in English, or the reverse) breaks the rule. Short
 * replies ("OK.", "Oui.") are not judged.
 */
final class LanguageCheck implements GuardrailCheck {

    static final String RULE = "wrong-language";

    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "was", "were", "i", "you", "it",
            "my", "have", "has", "not", "with", "this", "that", "of", "to", "in", "for", "but", "what", "been",
            "do", "don", "did", "be", "at", "it's", "no", "yes", "he", "she", "they", "we", "from", "about", "when",
            "just", "really", "would", "there", "very", "so", "im", "ive", "can", "your", "am");

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "et", "est", "je", "j", "vous", "mon", "ma",
            "mes", "pas", "ne", "de", "du", "des", "un", "une", "que", "qui", "c", "ai", "avec", "pour", "dans",
            "sur", "mais", "ca", "tres", "oui", "non", "il", "elle", "nous", "ils", "au", "aux", "cette", "depuis",
            "quand", "bien", "plus", "rien", "docteur", "suis", "etait", "avait", "fait", "votre", "mal");

    private final boolean french;

    LanguageCheck(String language) {
        this.french = "fr".equals(language);
    }

    @Override
    public Optional<Violation> check(ReplyText reply) {
        int en = 0;
        int fr = 0;
        for (String w : Disguises.words(reply.folded()).strip().split(" ")) {
            if (ENGLISH.contains(w)) {
                en++;
            }
            if (FRENCH.contains(w)) {
                fr++;
            }
        }
        int own = french ? fr : en;
        int other = french ? en : fr;
        if (other >= 3 && other > 2 * own) {
            return Optional.of(new Violation(RULE, french ? "english" : "french"));
        }
        return Optional.empty();
    }
}
