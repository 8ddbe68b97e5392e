package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * Questions that presume their answer, and checks of understanding that only ask for a yes.
 * <ul>
 * <li>A question that says its own answer asks nothing: "You're not making yourself sick, are you?", "I assume
 * nobody smokes around him?", "Et vous buvez, j'imagine ?", "Vous n'allez pas porter plainte pour ça, quand même
 * ?", "Vous avez glissé, c'est ça ?". The examiners of the blind sets (set 13's conventions: leading questions
 * that steer away from what the item wants earn nothing) do not credit them; a plain closed question ("Is it a
 * sharp pain?", "No chest pain?") is still a question.</li>
 * <li>A closed check of understanding ("Vous avez compris ?", "Do you understand?", "Is that clear?") is not
 * teach-back: on an item that checks understanding it shows the behaviour in part (one point), and it earns no
 * other item (it does not explore what the patient knows).</li>
 * </ul>
 */
final class PresumedAnswers {

    private PresumedAnswers() {
    }

    /** Words that give the answer the student expects: "I assume", "j'imagine", "quand même", "n'est-ce pas". */
    private static final Pattern PRESUMING = Pattern.compile("\\b(i assume|i presume|i suppose|i guess|i take it|presumably"
            + "|surely|i imagine|j imagine|je suppose|je presume|j suppose|quand meme|j espere|i hope|i do hope)$"
            + "|^(i assume|i presume|i suppose|i take it|presumably|surely|j imagine|je suppose|je presume|je pense que vous)\\b");

    /**
     * A tag that asks to agree, after a comma: "…, hein ?", "…, non ?", "…, right?", "…, c'est ça ?", or "n'est-ce pas"
     * ("Vous avez de la fièvre ou non ?" and "Is it on the right?" ask without leading).
     */
    private static final Pattern TAG = Pattern.compile("(, (c est ca|hein|non|right|yeah)|\\bn est ce pas)$");

    /** Items that ask for neutrality: "de façon neutre et sans jugement", "non-judgemental", "sensitively". */
    private static final Pattern NEUTRAL_ITEM = Pattern.compile("\\b(neutre|sans jugement|non judgement[a-z]*|non judgment[a-z]*"
            + "|sensitive(ly)?|avec tact|bienveillan[a-z]*)\\b");

    /** A denial followed by a tag that asks for agreement: "You're not drinking, are you?", "He didn't fall, did he?". */
    private static final Pattern NEGATED_TAG = Pattern.compile("\\b(not|n t|never|no|nobody|nothing)\\b.*\\b(are|is|do|does|did"
            + "|have|has|was|were|will|would|can|could|should) (you|he|she|it|they|there|we)$");

    /** A tag that asks for agreement with a statement: "It's constant, isn't it?", "You drink, don't you?". */
    private static final Pattern AGREEMENT_TAG = Pattern.compile(", (isn t|aren t|don t|doesn t|didn t|haven t|hasn t|wasn t"
            + "|weren t|won t|wouldn t|can t) (it|you|he|she|they|there|we)$");

    /** A check of understanding that asks only for a yes. */
    private static final Pattern CLOSED_CHECK = Pattern.compile("^((and|so|ok|okay|right|alors|bon|donc|et|voila|c est bon)\\s+)*"
            + "(vous avez (bien |tout )?compris|(avez vous|as tu|t as|tu as) (bien |tout )?compris|c est (bien )?clair"
            + "|est ce que (c est|c etait) clair|est ce que vous avez (bien |tout )?compris|vous comprenez|ca va pour vous"
            + "|do you understand|did you understand|(have you|you) (got|understood) (that|all that|everything|it)?"
            + "|(is|was) (that|it|everything|all that) (clear|ok|okay)|does (that|it|all that) make sense|(makes|make) sense"
            + "|understood|clear|ok|okay|compris)(\\s+(then|so|alors|tout ca|tout ce que je vous ai dit|everything|all that"
            + "|madame|monsieur))*$");

    /** Items that check the patient's understanding: "Vérifie la compréhension…", "Checks understanding…". */
    private static final Pattern UNDERSTANDING_ITEM = Pattern.compile("\\b(verifie|checks?|confirms?|s assure de) (la |the patient s |"
            + "his |her |their )?(comprehension|understanding)\\b");


    /**
     * Whether a sentence asks a question whose answer it already gives ("I assume nobody smokes?",
     * "Et vous buvez, j'imagine ?", "Pas de fièvre, hein ?", "She's not pregnant, is she?"). It asks nothing for an
     * item where {@link #leadingCounts} (a history or reasoning item still takes it as a leading question, the examiners
     * credit it, unless the item wants neutrality or explores the person's own ideas and worries; a communication,
     * professionalism or management item does not).
     */
    static boolean leading(String sentence) {
        if (!sentence.strip().endsWith("?")) {
            return false;
        }
        String p = Words.plain(sentence);
        String commas = Words.fold(sentence).replaceAll("[^a-z0-9,]+", " ").replaceAll(" ?, ?", ", ").strip();
        return PRESUMING.matcher(p).find() || TAG.matcher(commas).find() || NEGATED_TAG.matcher(p).find()
                || AGREEMENT_TAG.matcher(commas).find();
    }

    /**
     * An assumption stated, not asked: "I'll assume you don't smoke.", "Non-smoker, I take it.", « Vous buvez un peu, je
     * suppose. », « Je suppose que vous ne prenez rien d'autre. ». Without a question mark the student tells the answer
     * they expect; the examiners of the blind sets (set 44's "a mention is not an item done") give it nothing, even
     * when the patient corrects it. With a question mark it is a leading question ({@link #leading}).
     */
    private static final Pattern STATED_ASSUMPTION = Pattern.compile("\\b(i ll assume|i will assume|i m assuming|i am assuming"
            + "|i d assume|i ll take it|i m guessing|i am guessing|i d guess|i d imagine|i m sure you|i take it|i assume|i presume"
            + "|i suppose|i imagine|presumably|je suppose|je presume|j imagine|je pars du principe|je me doute|je devine"
            + "|sans doute que vous|je pense que vous)\\b");

    /** Whether a sentence states the answer it assumes instead of asking ({@link #STATED_ASSUMPTION}). */
    static boolean statedAssumption(String sentence) {
        return !sentence.strip().endsWith("?") && STATED_ASSUMPTION.matcher(Words.plain(sentence)).find();
    }

    /** Whether a leading question asks nothing for this item (see {@link #leading}): a property of the item alone. */
    static boolean leadingCounts(Rubric.Item item) {
        boolean asksHistory = "history".equals(item.category()) || "clinical-reasoning".equals(item.category());
        return !asksHistory || NEUTRAL_ITEM.matcher(Words.plain(item.label())).find()
                || SentenceEligibility.ICE.matcher(item.id()).matches();
    }

    /** Whether a sentence checks understanding by asking only for a yes ("Vous avez compris ?"). */
    static boolean closedCheck(String sentence) {
        return sentence.strip().endsWith("?") && CLOSED_CHECK.matcher(Words.plain(sentence)).matches();
    }

    /** A check of identity: name, date of birth, address. */
    private static final Pattern IDENTITY = Pattern.compile("\\b(votre nom|vos nom|votre prenom|date de naissance|your (full )?name"
            + "|date of birth|your address|votre adresse)\\b");

    /** Whether a sentence checks the person's identity ("Vous pouvez me redire votre nom et votre date de naissance ?"). */
    static boolean identityCheck(String sentence) {
        return IDENTITY.matcher(Words.plain(sentence)).find();
    }

    /** Whether an item is about checking the patient's understanding. */
    static boolean checksUnderstanding(Rubric.Item item) {
        return UNDERSTANDING_ITEM.matcher(Words.plain(item.label())).find();
    }
}
