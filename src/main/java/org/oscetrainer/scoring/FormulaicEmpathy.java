package org.oscetrainer.scoring;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * Empathy said as a formula ("I'm sorry to hear that.", "That must be hard.", "Je comprends.", "Je
 * suis désolé.") against empathy that acknowledges this person's concern ("Losing your job and the
 * flat, that's a lot to carry", "Je comprends que vous soyez en colère de l'avoir trouvée seule sur un
 * brancard"). Formulas alone show the behaviour once: the second point of an empathy item needs a
 * turn that names what the person feels or lives.
 */
final class FormulaicEmpathy {

    private FormulaicEmpathy() {
    }

    /** Items about empathy, acknowledging an emotion or a concern. */
    private static final Pattern EMPATHY_ITEM = Pattern.compile("\\b(empath[a-z]*|acknowledges?|rapport|reconnait|accueille"
            + "|emotion|colere|anxiety|distress|inquietudes)\\b");

    /** Words of the formulas themselves, and words that carry no content, English and French. */
    private static final Set<String> FORMULA = Set.copyOf(Arrays.asList((
            "i im i m am is are was be been that that s thats this it it s its so very really truly just quite such a an the to of"
            + " for you your you re about with and oh ok okay well yes right sorry hear heard hearing understand understandable"
            + " see can imagine must sounds sound seems hard difficult tough awful terrible horrible lot thank thanks telling me"
            + " feel feeling like how what know completely totally absolutely sure course dear"
            + " je j suis c est ca cela vous votre vos tres vraiment bien tout a fait desole desolee navre navree comprends comprend"
            + " comprehensible imagine doit etre dur difficile penible merci de d le la les l un une que qui ce en pour me m"
            + " sais entends oui d accord effet presente presenter mes nos excuses excuse pardon regrette regrettons"
            + " apologise apologize apologies apology").split(" ")));

    static boolean isEmpathyItem(Rubric.Item item) {
        return "communication".equals(item.category())
                && EMPATHY_ITEM.matcher(Words.fold(item.label() + " " + item.id()).replace('-', ' ')).find();
    }

    /** Whether a sentence is only a formula: nothing in it but the formula's own words. */
    static boolean formula(String sentence) {
        return Arrays.stream(Words.plain(sentence).split(" "))
                .allMatch(w -> w.isEmpty() || FORMULA.contains(w));
    }
}
