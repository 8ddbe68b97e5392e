package org.oscetrainer.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * The student's sentences that ask nothing of the patient, and the asides that only open a sentence:
 * <ul>
 * <li>declining to ask: "I won't ask about smoking", "je ne vais pas vous demander", "pas besoin de
 * parler de", "on en reparlera", "don't worry" (reassurance is not exploring concerns);</li>
 * <li>asides about oneself or one's own relatives, an apology or a first-person remark that is not a
 * question: "Sorry, I'm a bit short of breath myself", "Ma mère a aussi des migraines" (an empathic
 * "sorry to hear that" stays);</li>
 * <li>an apology or a reassurance that only opens a sentence ("Sorry, I should say - this is confidential", "Don't worry,
 * this is all confidential") is an aside, and what follows it stands (it explores no concern,
 * {@link #reassuringStatement}).</li>
 * </ul>
 */
final class Asides {

    private static final Pattern DECLINES = Pattern.compile("\\b(((i|we)( really| just)? (won ?t|will not|shan ?t)|(i m|i am|we re|we are) not (really |just )?going to)"
            // Declining to ask or do ("I won't ask about drugs", "I'm not going to examine you today"), not a promise ("I
            // won't tell your mum anything") nor a reassurance ("it won't hurt").
            + " (ask|go into|go over|examine|cover|talk|discuss|do|check|look|test|bother|get into|worry about|dwell|press)"
            + "|(won ?t|will not) (ask|go into|examine|cover|talk about|discuss)|no need to"
            + "|don ?t need to|do not need to|needn ?t|let ?s not|i ?ll skip|skip|don ?t worry|do not worry"
            + "|come back to (that|this|it) later|leave (that|this|it) for (now|later|another)"
            + "|ne vais pas|n ?allons pas|ne vous demanderai pas|ne demanderai pas|on ne va pas|pas besoin"
            + "|pas la peine|inutile de|ne vous inquietez pas|laissons de cote|on en reparlera|on en parlera plus tard"
            + "|plus tard pour"
            // A thing named, then declined or put off with a pronoun: "Le pivot shift, je ne le fais pas", "Le score, je le
            // ferai après", "The JVP, I'll do it later": the student neither asks nor does it.
            + "|je ne (le|la|les|l) (fais|ferai|fait|demande|demanderai|prescris|prescrirai|cherche|teste|testerai)"
            + "|je (le|la|les|l) (ferai|demanderai|regarderai|testerai|verifierai|chercherai) (apres|plus tard|ensuite|une autre fois)"
            + "|(i ll|i will|we ll|we will) (do|check|ask|test|look at) (it|that|this|them) later)\\b");

    private static final Pattern APOLOGY = Pattern.compile("^\\W*(sorry|excuse me|apologies|i apologise|i apologize"
            + "|pardon|excusez|desole|desolee)\\b");

    /** Empathy that begins like an apology: "I'm sorry to hear that", "désolé pour vous". */
    private static final Pattern EMPATHY = Pattern.compile("\\b(sorry to hear|sorry (that|about|for)|sorry you|sounds"
            + "|must (be|have)|that s (hard|difficult|awful|tough|a lot)|desolee? (pour|d apprendre|de l apprendre|que)"
            + "|doit etre|ca doit)\\b");

    private static final Pattern ABOUT_ONESELF = Pattern.compile("\\b(myself|moi meme|moi aussi)\\b");

    /** The student's own relatives, in a statement: "my dad had a heart attack", "ma tante a fait une embolie". */
    private static final Pattern OWN_RELATIVE = Pattern.compile("\\b(my (own )?(mum|mom|mother|dad|father|brother|sister"
            + "|wife|husband|partner|son|daughter|aunt|auntie|uncle|cousin|gran|grandma|grandad|grandfather|grandmother"
            + "|family|parents|kids|children|friend)|(ma|mon|mes) (propre )?(mere|maman|pere|papa|frere|soeur|femme|mari"
            + "|compagne|compagnon|fils|fille|tante|oncle|cousin|cousine|grand mere|grand pere|famille|parents|enfants"
            + "|amie?|copine|copain|collegue))\\b");

    /** An apology or a reassurance that opens a sentence and ends at a comma, a colon or a dash: "Sorry, ", « Ne vous inquiétez pas, ». */
    private static final Pattern OPENING_ASIDE = Pattern.compile("^\\W*(sorry|excuse me|apologies|pardon|d[ée]sol[ée]e?|excusez[- ]moi"
            + "|don'?t worry|do not worry|no worries|ne vous inqui[ée]tez pas|ne t'inqui[èe]te pas)\\b[^,:;\\u2013\\u2014-]{0,12}"
            + "[,:;\\u2013\\u2014-]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern REASSURANCE = Pattern.compile("\\b(don'?t worry|do not worry|no worries|ne vous inqui[ée]tez pas"
            + "|ne t'inqui[èe]te pas)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Asides() {
    }

    /** Whether a sentence may earn an item: it neither declines to ask nor is an aside about the student. */
    static boolean asks(String sentence) {
        String folded = Words.fold(sentence).replaceAll("[^a-z0-9?]+", " ").strip();
        if (DECLINES.matcher(folded).find() || ABOUT_ONESELF.matcher(folded).find()) {
            return false;
        }
        if (OWN_RELATIVE.matcher(folded).find() && !sentence.endsWith("?")) {
            return false;
        }
        return !(APOLOGY.matcher(folded).find() && !sentence.endsWith("?") && !EMPATHY.matcher(folded).find());
    }

    /** Whether the student declines to ask or to do, or puts it off: "I won't ask about drugs", « on en reparlera ». */
    static boolean declines(String sentence) {
        return DECLINES.matcher(Words.fold(sentence).replaceAll("[^a-z0-9?]+", " ").strip()).find();
    }

    /** What a sentence says after an apology or a reassurance that opens it, or null when none opens it. */
    static String afterAnAside(String sentence) {
        Matcher m = OPENING_ASIDE.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String rest = sentence.substring(m.end()).strip();
        return rest.isEmpty() ? null : rest;
    }

    /**
     * Whether a statement comes in a turn that reassures ("Ne vous inquiétez pas, à votre âge c'est sûrement le stress"):
     * what it says after the reassurance stands for other items, but it explores no concern.
     */
    static boolean reassuringStatement(StudentSentence sentence) {
        return !sentence.question() && REASSURANCE.matcher(sentence.turn().text()).find();
    }
}
