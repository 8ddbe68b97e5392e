package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student's statement does not affirm: the words of a clause that denies ("No need for aspirin", "Je ne pense pas
 * à une hémorragie méningée", "Pas d'IRM"), a diagnosis said to be unlikely, someone else's words reported, a treatment
 * set aside; unless the sentence asks ("No chest pain?") or the clause is a condition ("if he's not better, come back").
 */
final class Denials {

    /** A denial: the rest of its clause is not read. */
    private static final Pattern NEGATION = Pattern.compile("\\b(no|not|don t|doesn t|didn t|isn t|aren t|wasn t|won t"
            + "|can t|haven t|hasn t|never|nothing|none|neither|nor|pas|ne|n|ni|aucun|aucune|jamais|rien|non)\\b");

    /** A diagnosis said to be unlikely or ruled out: "pre-eclampsia unlikely", "LCA peu probable", "embolie écartée". */
    private static final Pattern UNLIKELY = Pattern.compile("\\b(unlikely|less likely|not likely|ruled out|excluded|rule out"
            + "|peu probable|improbable|peu vraisemblable|ecartee?s?|eliminee?s?|exclue?s?)\\b");

    /** "Without" and "sans" deny only the word that follows: "un scanner sans injection" asks for a scanner. */
    private static final Pattern WITHOUT = Pattern.compile("\\b(without|sans)( (a|an|the|any|de|d|du|la|le|l|les|des))? ?[a-z0-9-]*");

    /** Litotes that say the bad news rather than deny it: "ce ne sont pas de bonnes nouvelles". */
    private static final Pattern LITOTES = Pattern.compile("\\b(not|no|pas|n ai|n avons) (very |tres |really |vraiment )?"
            + "((good|great) news|(de |des )?(bonnes|tres bonnes) nouvelles|bien les choses)");

    /** Someone else's words reported in a statement: "the midwife wrote that", "on m'a dit que", "d'après l'infirmière". */
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|told (me|us)|tells (me|us)|mentioned|wrote|has written"
            + "|according to|reported|m a dit|m ont dit|nous a dit|m a explique|a dit|ont dit|a ecrit|ont ecrit|m a signale"
            + "|d apres|selon)\\b");

    /** ...but the student's reflection of the patient's own words is theirs to use: "you said", "vous m'avez dit". */
    private static final Pattern YOU_SAID = Pattern.compile("\\b(you (said|told|mentioned|wrote)|vous (m |nous )?(avez|aviez) (dit|ecrit|explique|parle))\\b");

    private static final Pattern CONDITION = Pattern.compile("^(if|unless|in case|si|s il|sauf si|au cas ou)\\b");

    /** Where a sentence's clauses meet: a denial reaches no further. */
    private static final Pattern CLAUSE = Pattern.compile("\\s*(,|:|\\(|\\)| but | mais | so | donc | then | puis | because | car | parce que )\\s*");

    /** Words that set a treatment or test aside: "avoid", "not recommended", "on ne la fait plus", "inutile". */
    private static final Pattern SET_ASIDE = Pattern.compile("\\b(avoid|avoided|avoiding|unnecessary|not needed|no longer|stop|stopped"
            + "|withhold|hold off|contraindicated|instead of|rather than|eviter|evitez|evite|inutiles?|plus|arret|arreter|arretez"
            + "|suspendre|contre indiquee?s?|au lieu|plutot que)\\b");

    private Denials() {
    }

    /**
     * The words of a folded sentence that say something: in a statement, a denial hides the rest of
     * its clause, and so does a report of what someone else said or wrote ("the midwife wrote that…",
     * "ma cheffe m'a dit que…": the student neither asks nor does it).
     */
    static String denied(String folded, boolean question) {
        StringBuilder read = new StringBuilder();
        for (String clause : CLAUSE.split(folded)) {
            String c = clause.strip();
            String words = c.replace('\'', ' ');
            if (!question && !CONDITION.matcher(words).find() && !LITOTES.matcher(words).find()) {
                String kept = WITHOUT.matcher(words).replaceAll(" ");
                Matcher denial = NEGATION.matcher(kept);
                if (denial.find()) {
                    kept = kept.substring(0, denial.start());
                }
                if (UNLIKELY.matcher(kept).find()) {
                    kept = "";
                }
                Matcher reported = REPORTED.matcher(kept);
                if (reported.find() && !YOU_SAID.matcher(kept).find()) {
                    kept = kept.substring(0, reported.start());
                }
                if (!kept.equals(words)) {
                    c = kept;
                }
            }
            read.append(c).append(" , ");
        }
        return read.toString().strip();
    }

    /**
     * The clauses of a sentence in which the student says something as their own: not in a question, a
     * condition, a denial ("pas de kiné"), a report of someone else's words or a clause that sets a
     * treatment aside ("la kiné, on ne la fait plus", "avoid antibiotics"). Folded, lower case.
     */
    static List<String> affirmedClauses(StudentSentence sentence) {
        List<String> out = new ArrayList<>();
        if (sentence.question()) {
            return out;
        }
        // A denial reaches its whole list, before and after it ("pas de kiné, de bronchodilatateur ni de corticoïde", "la
        // kiné respiratoire, on ne la fait plus"), up to "but"/"mais": such a part of a sentence affirms nothing.
        for (String segment : StudentSentences.folded(sentence.text()).split(" (but|mais|however|cependant|par contre) ")) {
            String plain = segment.replace('\'', ' ').replace('-', ' ');
            if (NEGATION.matcher(plain).find() || UNLIKELY.matcher(plain).find()) {
                continue;
            }
            boolean setAside = false;
            for (String clause : CLAUSE.split(segment)) {
                String words = clause.replace('\'', ' ').replace('-', ' ').strip();
                // A word that sets aside reaches its clause and the list after it ("arrêt OH, tabac"), not what came before:
                // « zolpidem 10 mg, arrêt OH » prescribes the zolpidem.
                setAside |= SET_ASIDE.matcher(words).find();
                if (!setAside && !words.isEmpty() && !CONDITION.matcher(words).find()
                        && !(REPORTED.matcher(words).find() && !YOU_SAID.matcher(words).find())) {
                    out.add(words);
                }
            }
        }
        return out;
    }
}
