package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Optional;
import org.oscetrainer.common.Words;

/** The patient must not speak as an AI, an assistant or a role player, nor about its prompt. */
final class OutOfCharacterCheck implements GuardrailCheck {

    static final String RULE = "ooc";

    /** Folded phrases, matched on word boundaries. */
    private static final List<String> PHRASES = List.of(
            // English
            "as an ai", "i am an ai", "i m an ai", "an ai model", "ai language model", "language model",
            "large language model", "llm", "i am an assistant", "i m an assistant", "as an assistant", "ai assistant",
            "virtual assistant", "system prompt", "my prompt", "my instructions", "my programming", "i was programmed",
            "i am programmed", "openai", "chatgpt", "artificial intelligence", "standardized patient",
            "standardised patient", "simulated patient", "role play", "roleplay", "in this simulation", "this scenario",
            "osce", "i cannot reveal", "i can t reveal", "i am not allowed to reveal", "i m not allowed to reveal",
            // French
            "en tant qu ia", "en tant qu intelligence artificielle", "en tant qu assistant", "je suis une ia",
            "je suis un assistant", "je suis une intelligence artificielle", "modele de langage", "modele de langue",
            "assistant virtuel", "intelligence artificielle", "prompt systeme", "invite systeme", "mes instructions",
            "ma programmation", "je suis programme", "patient standardise", "patient simule", "jeu de role",
            "cette simulation", "ce scenario", "ecos", "je ne peux pas reveler", "je n ai pas le droit de reveler");

    @Override
    public Optional<Violation> check(String text) {
        String words = Disguises.words(Words.fold(text));
        for (String phrase : PHRASES) {
            if (words.contains(" " + phrase + " ")) {
                return Optional.of(new Violation(RULE, phrase));
            }
        }
        return Optional.empty();
    }
}
