package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * Issue 13, branch grader14: whom a question is about, and a combined question in the student's own words asking each
 * thing it names. Phrasings written here, on the stations' own rubrics; none is a line of a blind set.
 */
class GraderUnderstanding14Test {

    private static int points(String station, String item, String... studentTurns) throws IOException {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (String text : studentTurns) {
            transcript.add(new TranscriptTurn(100 + transcript.size(), transcript.size() + 1, Speaker.STUDENT, text, null,
                    Instant.EPOCH));
            transcript.add(new TranscriptTurn(100 + transcript.size(), transcript.size() + 1, Speaker.PATIENT, "Hmm.", null,
                    Instant.EPOCH));
        }
        return new ChecklistScorer().score(BlindGraderInterviewsTest.rubric(station), station.endsWith("-fr") ? "fr" : "en",
                transcript).stream().filter(s -> s.itemId().equals(item)).findFirst().orElseThrow().points();
    }

    @Test
    void aQuestionAboutARelativeIsNotThePatientsOwnHistory() throws IOException {
        assertThat(points("low-mood-en", "suicidal-thoughts", "Does your sister ever think about suicide?")).isZero();
        assertThat(points("dyspnee-aigue-fr", "fievre", "Votre fils a de la fièvre ?")).isZero();
        assertThat(points("cephalee-fr", "antecedents-personnels", "Votre sœur a mal à la tête ?")).isZero();
    }

    @Test
    void aQuestionThatNamesARelativeAndAsksAboutThePatientStaysTheirs() throws IOException {
        assertThat(points("low-mood-en", "suicidal-thoughts", "Does your sister know you've had thoughts of suicide?")).isPositive();
        assertThat(points("dyspnee-aigue-fr", "fievre", "Vous avez de la fièvre ?")).isPositive();
        assertThat(points("cephalee-fr", "antecedents-personnels", "Vous avez mal à la tête ?")).isPositive();
    }

    @Test
    void whereTheStudentSpeaksAboutTheParentTheRelativeIsThePatient() throws IOException {
        // The daughter speaks of her father: « votre papa » is the patient.
        assertThat(points("famille-en-colere-fr", "etat-anterieur", "Il est comment, d'habitude, votre papa ?")).isPositive();
    }

    @Test
    void aCombinedQuestionInOwnWordsAsksEachThingItNames() throws IOException {
        assertThat(points("confusion-elderly-en", "features",
                "Can she keep track of a conversation, and has she been agitated, or seen things that aren't there?")).isEqualTo(1);
        assertThat(points("confusion-elderly-en", "onset-course",
                "When did you first notice a change, and has it stayed the same or come and gone?")).isPositive();
        assertThat(points("confusion-elderly-en", "baseline", "What was she like a month ago - memory, managing at home?"))
                .isPositive();
        assertThat(points("breathlessness-en", "social-function", "Who's at home with you, and does anyone rely on you?"))
                .isEqualTo(1);
        assertThat(points("cephalee-fr", "tabac-toxiques", "Vous fumez ? Un peu d'alcool, d'autres produits ?")).isEqualTo(1);
        assertThat(points("famille-en-colere-fr", "etat-anterieur", "Il était comment, avant ?")).isEqualTo(1);
    }

    @Test
    void aSummaryFollowedByAClosedCheckChecksUnderstandingWhereTheItemAsksThat() throws IOException {
        // "Résume l'interrogatoire et vérifie la compréhension de la patiente": "c'est clair pour vous ?" is that check.
        assertThat(points("cephalee-fr", "resume", "Je récapitule : une douleur brutale, la pire de votre vie, avec des "
                + "vomissements. On fait un scanner de la tête. Est-ce que c'est clair pour vous ?")).isEqualTo(1);
        assertThat(points("cephalee-fr", "resume", "Je récapitule : une douleur brutale, la pire de votre vie, avec des vomissements."))
                .isZero();
    }
}
