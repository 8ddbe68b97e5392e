package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * A question the student does not wait to hear answered: answered by the student in the same turn ("Any questions?
 * No? Great.", "Vous avez des questions ? Non ? Très bien.") or asked on the way out ("Bon, je vous laisse, j'ai
 * d'autres patients. Vous avez des questions ?"). Examiners do not count it as an invitation to ask.
 */
final class RhetoricalQuestions {

    private RhetoricalQuestions() {
    }

    /** The student answers for the patient: "No?", "Non ?", "Nothing?", "Rien ?", "Aucune ?", "Good.", "Parfait." */
    private static final Pattern SELF_ANSWER = Pattern.compile("^\\s*(no|non|none|nope|nothing|rien|aucune?|pas de questions?"
            + "|no questions?|good|great|perfect|fine|right|bien|tres bien|parfait|ok|okay|super)\\s*[?.!,]");

    /** Leaving while asking: "je vous laisse" (not "je vous laisse mon numéro"), "I have to go", "d'autres patients". */
    private static final Pattern LEAVING = Pattern.compile("\\b(je vous laisse(?! (mon|ma|mes|le|la|les|un|une|des|ce|cette|votre|vos|reflechir|le temps|du temps))|je dois (y aller|filer|partir|vous laisser)"
            + "|d autres patients|other patients|i (have|ve got|need) to (go|run|dash|get going)|got to (go|run)|must dash"
            + "|je file)\\b");

    /** Whether the question that ends at {@code end} of the turn {@code turn} is rhetorical. */
    static boolean rhetorical(String turn, int end) {
        if (end <= 0 || end > turn.length() || turn.charAt(end - 1) != '?') {
            return false;
        }
        String after = Words.fold(turn.substring(end));
        return SELF_ANSWER.matcher(after).find()
                || LEAVING.matcher(Words.fold(turn).replaceAll("[^a-z0-9]+", " ")).find();
    }
}
