package org.oscetrainer.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * A hint that greets someone by name ("hello Margaret", "hi Leo", « bonjour Léo ») asks that the student speak to that
 * person: the name said to them (after a greeting, or set apart by a comma: "Leo, can you show me…", "How are you
 * feeling, Margaret?"), not about them ("Are you Leo's mum?", "Are you Margaret's daughter?": the name is there, the
 * person is not spoken to).
 */
final class Greetings {

    private Greetings() {
    }

    private static final String GREETING = "hello|hi|hey|hiya|good morning|morning|good afternoon|afternoon|good evening"
            + "|bonjour|bonsoir|salut|coucou";

    private static final Pattern GREETING_HINT = Pattern.compile("^ (" + GREETING + ") ");

    /** Titles that may stand between the greeting and the name. */
    private static final Pattern TITLE = Pattern.compile("mr|mrs|ms|miss|madame|monsieur|mme|mademoiselle|little|petit|petite|young");

    /** Whether a folded hint ({@link HintMatching#folded}) greets someone. */
    static boolean greeting(String foldedHint) {
        return GREETING_HINT.matcher(foldedHint).find();
    }

    /** Whether a sentence speaks to the person a greeting hint names. */
    static boolean spokenTo(String foldedHint, String sentence) {
        List<String> names = Arrays.stream(foldedHint.strip().replaceFirst("^(" + GREETING + ") ", "").split(" "))
                .filter(w -> !w.isBlank() && !TITLE.matcher(w).matches()).toList();
        if (names.isEmpty()) {
            return true;
        }
        String name = Pattern.quote(String.join(" ", names));
        String titles = "((" + TITLE.pattern() + ") )?";
        // Folded with its commas and question marks kept, a dash as a comma: "how are you feeling , margaret ?".
        String text = " " + Words.fold(sentence).replaceAll("[’']s\\b", " s").replaceAll(" [-–—] ", " , ")
                .replaceAll("[^a-z0-9,?!.]+", " ").replaceAll("\\s*([,?!.])\\s*", " $1 ").replaceAll("\\s+", " ").strip() + " ";
        String greeting = "(" + GREETING + ")";
        // "Hello Margaret", "and hello, Mrs Ellis"; "Leo, can you…", "and Leo, hello", "…, Margaret?".
        return Pattern.compile(" " + greeting + " (there )?(, )?" + titles + name + " "
                + "|(^ |, |\\b(and|et|now|so|alors) )" + titles + name + " ([,?!.]|$|" + greeting + " )").matcher(text).find();
    }
}
