package org.oscetrainer.scoring;

import java.util.List;
import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * Which of the student's sentences may earn which item, whatever words they share with its hints: an introduction earns
 * only communication items; a statement, a closed or presumptive question, the student's own plans or feelings earn no
 * history item; a preview, a voiced diagnosis or an examination only named earns no examination step.
 */
final class SentenceEligibility {

    private SentenceEligibility() {
    }

    /** Items about ideas, concerns and expectations: asked of the patient, never the student's own worry. */
    static final Pattern ICE = Pattern.compile(".*(concern|ideas|expectation|worr|inquiet|preoccup|idees|attente|craint).*");

    /** The sentences that may earn an item, in their order; the item is read once. */
    static List<AnalysedSentence> earning(Rubric.Item item, List<AnalysedSentence> sentences) {
        ItemTraits traits = ItemTraits.of(item);
        return sentences.stream().filter(s -> mayEarn(traits, s)).toList();
    }

    /**
     * Whether a sentence may earn an item: an introduction earns only communication items; a
     * statement about the student's own plans or feelings ("I'll make a note of that", "I'm worried
     * about your safety") earns no history item and no ideas-concerns-expectations item. The item and the sentence are
     * read once each ({@link ItemTraits}, {@link SentenceReading}): this runs for every item and sentence.
     */
    static boolean mayEarn(ItemTraits item, AnalysedSentence analysed) {
        StudentSentence sentence = analysed.sentence();
        SentenceReading reading = analysed.reading();
        String category = item.category();
        if (sentence.introduction() && !"communication".equals(category)) {
            return false;
        }
        if (("communication".equals(category) || "professionalism".equals(category))
                && (reading.dismisses() || reading.rhetorical())) {
            // "Vous avez des questions ? Non ? Très bien.": a question answered for the person invites nothing.
            return false;
        }
        if (reading.closedCheck() || reading.leading() && item.leadingCounts() && !item.introduces()) {
            // "Vous avez compris ?" explores nothing (an understanding item reads it apart); "You're not drinking, are you?" asks nothing.
            return false;
        }
        if (sentence.introduction() && item.introduces() && !reading.named()) {
            return false;
        }
        if ("examination".equals(category) && reading.preview() && !item.consent()) {
            // "Je vais regarder, palper et tester la stabilité de votre genou, ça vous va ?": a preview for consent, not done.
            return false;
        }
        if (item.checksUnderstanding() && reading.identityCheck()) {
            // "Vous pouvez me redire votre nom et votre date de naissance ?" checks who she is, not what she understood.
            return false;
        }
        if ("examination".equals(category) && (reading.hypothesis() || reading.asksPermission() && !item.examinationRequest())) {
            // "Bon, c'est peut-être le ménisque": a diagnosis voiced examines nothing; "Is it OK if I examine your heart?"
            // asks consent for the examination as a whole, it is not yet any of its steps.
            return false;
        }
        if ("examination".equals(category) && reading.namedOnly()) {
            // "At this point I would normally do this: a general inspection", "je vérifierais les pouls": named, not done.
            return false;
        }
        if (item.tells() && sentence.question() && !reading.offers()) {
            // "Saturation ?", "Is your mum outside?": a question asks the person for a fact, it explains or arranges nothing.
            return false;
        }
        if (!sentence.asking() && "history".equals(category)) {
            return false;
        }
        if (sentence.advice() && "history".equals(category)) {
            return false;
        }
        if (!sentence.asking() && item.exploresConcerns() && !reading.toThePerson()) {
            // "Les parents s'inquiètent toujours beaucoup", "C'est sûrement le stress": a statement explores no worry.
            return false;
        }
        if (item.ideasConcerns() && !item.answersConcerns() && reading.ownWorry()) {
            // "What we say stays between us, unless I'm worried about your safety": the student's worry, not his.
            return false;
        }
        if (sentence.firstPerson() && ("history".equals(category) || item.ideasConcerns() && !item.answersConcerns())) {
            // "I'm worried about your safety" explores no worry; "I can tell you it usually gets better" answers one.
            return false;
        }
        return true;
    }

    /** Whether a sentence announces an examination to ask consent ({@link #PREVIEW}). */
    static boolean preview(String sentence) {
        return PREVIEW.matcher(Words.fold(sentence).replaceAll("[^a-z0-9?]+", " ")).find();
    }

    /**
     * An examination announced to ask consent, ending with the consent question: "I'm going to listen to your heart and
     * feel your pulses, is that OK?", "Je vais regarder et palper votre genou, ça vous va ?". It names, it does not examine.
     */
    private static final Pattern PREVIEW = Pattern.compile(
            "^\\W*(\\w+ ){0,3}?(je vais|on va|nous allons|je voudrais|j aimerais|i m going to|i am going to|i ll|i will|i d like to"
            + "|i would like to|we ll|we re going to)\\b.*\\b(ca vous va|cela vous va|vous etes d accord|d accord|c est bon pour vous"
            + "|vous permettez|is that (ok|okay|alright|all right)|are you (ok|okay|happy|alright) with (that|this)|if that s (ok|okay|alright)"
            + "|would that be (ok|okay|alright)|that ok|ok with you)\\W*\\?\\W*$");
}
