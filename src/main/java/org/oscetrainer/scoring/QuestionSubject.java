package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;
import org.oscetrainer.encounter.TranscriptTurn;

/**
 * Whom a question is about. "Does your sister ever think about suicide?", « Votre mari fume ? » ask about someone
 * else than the person the student speaks to: they earn none of the patient's own history items (mood, suicidal
 * thoughts, smoking), only items about the family and the patient's circle (family history, support, contacts). A
 * question that names a relative and still asks about the person addressed ("Does your wife know you've been feeling
 * like this?", « Votre femme s'inquiète pour vous ? ») stays theirs. Where the student speaks with someone about the
 * patient (a parent about a child, a daughter about her mother), the patient is the third person and a relative may be
 * the patient: the rule is then not applied.
 */
final class QuestionSubject {

    private QuestionSubject() {
    }

    /** A relative of the person addressed, named: "your sister", "votre mari", "ta mère", "anyone in your family". */
    private static final Pattern RELATIVE = Pattern.compile("\\b((your|votre|vos|ta|ton|tes) (own )?(sister|sisters|brother|brothers"
            + "|wife|husband|partner|boyfriend|girlfriend|fiance|fiancee|mum|mom|mother|dad|father|parents|son|sons|daughter|daughters"
            + "|children|kids|child|friend|friends|aunt|uncle|cousin|gran|grandma|grandmother|grandad|grandfather|grandparents"
            + "|family|flatmate|colleague|colleagues|boss|soeur|soeurs|frere|freres|femme|mari|conjoint|conjointe|compagne|compagnon"
            + "|copain|copine|mere|maman|pere|papa|fils|fille|filles|enfants|enfant|ami|amie|amis|tante|oncle|cousine|grand mere"
            + "|grand pere|grands parents|famille|entourage|collegue|collegues|patron))\\b");

    /** The person addressed, spoken of beside the relative: "you", "yourself", "vous", "tu", "your" + a thing of theirs. */
    private static final Pattern ADDRESSED = Pattern.compile("\\b(you|you re|you ve|you d|you ll|yourself|vous|tu|toi|te|t)\\b");

    /** Items about the family and the patient's circle, which a question about a relative may earn. */
    private static final Pattern CIRCLE_ITEM = Pattern.compile("\\b(family|familiaux|familiale?s?|famille|relatives?|social|situation"
            + "|support|home|household|lives?|living|carers?|caring|contacts?|contage|entourage|proches?|fratrie|siblings?|partner"
            + "|children|kids|enfants?|sister|brother|wife|husband|mother|father|parents?|soeur|frere|mari|femme|conjoint|aidante?"
            + "|domicile|foyer|vit|environnement|environment|stressors|protective|protecteurs|collateral|heredit[a-z]*|genetic"
            + "|atopie|passif|passive|safeguarding|interpreter|interprete)\\b");

    /** Third-person subjects: in an encounter about someone not in the room they are the patient. */
    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(he|he s|she|she s|his|her|him|il|elle|lui|son|sa|ses)\\b");


    /** Whether a question names a relative of the person addressed and asks about them alone. */
    static boolean aboutSomeoneElse(String sentence) {
        String p = Words.plain(sentence);
        if (!RELATIVE.matcher(p).find()) {
            return false;
        }
        String rest = RELATIVE.matcher(p).replaceAll(" ");
        return !ADDRESSED.matcher(rest).find() && !Pattern.compile("\\b(your|votre|vos|ton|ta|tes)\\b").matcher(rest).find();
    }

    /** Whether an item is about the patient's own history, which a question about a relative does not earn. */
    static boolean ownHistory(Rubric.Item item) {
        if (!"history".equals(item.category()) && !"clinical-reasoning".equals(item.category())) {
            return false;
        }
        if (CIRCLE_ITEM.matcher(Words.plain(item.label())).find()) {
            return false;
        }
        return item.evidence().stream().noneMatch(h -> CIRCLE_ITEM.matcher(Words.plain(h)).find())
                && item.parts().stream().flatMap(pt -> pt.evidence().stream()).noneMatch(h -> CIRCLE_ITEM.matcher(Words.plain(h)).find());
    }

    /** The impersonal "il" of French ("il faut", "il y a", "s'il vous plaît"), which speaks of no one. */
    private static final Pattern IMPERSONAL = Pattern.compile("\\b(il y a|il n y a|il y aura|il n y aura|il faut|il faudra|il faudrait"
            + "|s il|il est (possible|probable|important|normal|temps|vrai|utile|necessaire)|il se peut|il s agit|il reste)\\b");

    /**
     * Whether the student speaks with someone about a patient who is not the one answering (a parent, a daughter, an
     * interpreter): a quarter or more of everything the student says, or two fifths of what the person answering says,
     * speaks of "he" or "she" (« il » when it is someone). Only read to know who the patient is; never evidence.
     */
    static boolean speaksAboutAThirdPerson(List<TranscriptTurn> transcript) {
        List<String> said = StudentSentences.all(transcript).stream().map(StudentSentence::text).toList();
        List<String> answered = transcript.stream().filter(t -> t.speaker() == TranscriptTurn.Speaker.PATIENT && t.text() != null)
                .map(TranscriptTurn::text).toList();
        return share(said) * 4 >= 1 && !said.isEmpty() || share(answered) * 5 >= 2 && !answered.isEmpty();
    }

    private static double share(List<String> texts) {
        long third = texts.stream().filter(t -> THIRD_PERSON.matcher(IMPERSONAL.matcher(Words.plain(t)).replaceAll(" ")).find()).count();
        return texts.isEmpty() ? 0 : (double) third / texts.size();
    }
}
