package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * What the eligibility rules ({@link SentenceEligibility}) read of an item, a property of the item alone: read once per
 * item graded, not once per hint and sentence.
 *
 * @param category            the item's category ("" when it has none)
 * @param introduces          an introduction item ("Introduces self and role", "Se présente (nom et fonction)")
 * @param consent             an item about consent or introduction, which a preview of the examination earns
 * @param checksUnderstanding an item that checks the patient's understanding ({@link PresumedAnswers#checksUnderstanding})
 * @param examinationRequest  an item that asks for the examination rather than performs it ({@link ExaminationReading#request})
 * @param exploresConcerns    an item that explores the person's worries ({@link CommunicationReading#exploresConcerns})
 * @param ideasConcerns       an item about ideas, concerns and expectations (by its id, {@link SentenceEligibility#ICE})
 * @param answersConcerns     an item that also wants the worry answered ({@link CommunicationReading#answersConcerns})
 * @param leadingCounts       a leading question asks nothing for it ({@link PresumedAnswers#leadingCounts})
 * @param tells               a management item that tells or arranges, earned by what is said, not asked ({@link ManagementReading#tells})
 */
record ItemTraits(String category, boolean introduces, boolean consent, boolean checksUnderstanding, boolean examinationRequest,
        boolean exploresConcerns, boolean ideasConcerns, boolean answersConcerns, boolean leadingCounts, boolean tells) {

    /** Items of introduction: "Introduces self and role", "Se présente (nom et fonction)"; a name is part of them. */
    private static final Pattern INTRODUCES = Pattern.compile("^(introduces|se presente)");

    /** Items about consent or introduction, which a preview of the examination does earn. */
    private static final Pattern CONSENT_ITEM = Pattern.compile(
            "(consent|permission|accord|introduc|presente|explain|explique)");

    static ItemTraits of(Rubric.Item item) {
        String label = Words.fold(item.label());
        return new ItemTraits(item.category() == null ? "" : item.category(), INTRODUCES.matcher(label).find(),
                CONSENT_ITEM.matcher(label).find(), PresumedAnswers.checksUnderstanding(item), ExaminationReading.request(item),
                CommunicationReading.exploresConcerns(item), SentenceEligibility.ICE.matcher(item.id()).matches(),
                CommunicationReading.answersConcerns(item), PresumedAnswers.leadingCounts(item),
                ManagementReading.tells(item));
    }
}
