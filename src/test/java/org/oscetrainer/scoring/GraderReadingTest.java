package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.scoring.GraderMeaningTest.points;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * Issue 13, grader9: notes read against the answer key's structure and communication behaviours read on the whole
 * encounter. Items shaped like the stations' rubrics; the student's words are written for this test.
 */
class GraderReadingTest {

    private static final Rubric.NoteItem DIFFERENTIAL = new Rubric.NoteItem("differential",
            "What is your most likely diagnosis, and which differential diagnoses must you exclude?", 2,
            List.of("Acute coronary syndrome: inferior STEMI", "Exclude aortic dissection, pulmonary embolism, pericarditis"),
            List.of("STEMI", "acute coronary syndrome", "aortic dissection", "pulmonary embolism"), List.of("NSTEMI"));

    private static int note(String answer) {
        Rubric rubric = new Rubric("s", 1, List.of(), List.of(DIFFERENTIAL));
        return new NoteScorer().score(rubric, "en",
                List.of(new NoteAnswer("differential", DIFFERENTIAL.question(), answer, Instant.EPOCH))).get(0).points();
    }

    @Test
    void theRightDiagnosisOnlyAsAnAlternativeIsHalfTheDifferential() {
        assertThat(note("Inferior STEMI; exclude aortic dissection and pulmonary embolism.")).isEqualTo(2);
        assertThat(note("Probably GORD, differential acute coronary syndrome, aortic dissection.")).isEqualTo(1);
        assertThat(note("Diagnosis: GORD. Differentials: STEMI, pulmonary embolism.")).isEqualTo(1);
        assertThat(note("Acute coronary syndrome, probably NSTEMI; exclude aortic dissection.")).isEqualTo(1);
    }

    @Test
    void theDiagnosisWrittenJustBeforeItsListOfAlternativesIsPartOfTheAnswer() {
        assertThat(NoteSections.of("58M, chest pain. Inferior STEMI; differentials: PE, dissection. Plan: cath lab.", "differential"))
                .contains("Inferior STEMI").contains("PE, dissection").doesNotContain("cath lab");
    }

    private static final Rubric COMMUNICATION = new Rubric("s", 1, List.of(
            new Rubric.Item("introduces-self", "Introduces self and role", "communication", 1,
                    List.of("my name is", "i'm the doctor", "medical student", "one of the doctors")),
            new Rubric.Item("resume", "Résume l'interrogatoire et vérifie la compréhension de la patiente", "communication", 1,
                    List.of("si je résume", "en résumé", "résumer")),
            new Rubric.Item("inquietudes", "Explore les inquiétudes de la patiente", "communication", 1,
                    List.of("inquiète", "inquiétudes", "peur")),
            new Rubric.Item("questions", "Invite les questions", "communication", 1, List.of("des questions", "d'autres questions"))));

    @Test
    void aQuestionAnsweredForThePersonInvitesNothing() {
        assertThat(points(COMMUNICATION, "fr", "questions", "Vous avez des questions ? Non ? Très bien, au revoir.")).isZero();
        assertThat(points(COMMUNICATION, "fr", "questions", "Vous avez des questions ?")).isEqualTo(1);
    }

    @Test
    void anIntroductionNeedsTheStudentsName() {
        assertThat(points(COMMUNICATION, "en", "introduces-self", "Hi, I'm one of the doctors.")).isZero();
        assertThat(points(COMMUNICATION, "en", "introduces-self", "Hi, I'm Sam Patel, one of the doctors.")).isEqualTo(1);
        assertThat(points(COMMUNICATION, "en", "introduces-self", "Hello, Sam, one of the doctors on the ward.")).isEqualTo(1);
    }

    @Test
    void aSummaryIsCheckedWithThePatient() {
        assertThat(points(COMMUNICATION, "fr", "resume", "Si je résume : un mal de tête brutal avec des vomissements. Ça vous va ?"))
                .isZero();
        assertThat(points(COMMUNICATION, "fr", "resume",
                "Si je résume : un mal de tête brutal avec des vomissements. Corrigez-moi si j'ai oublié quelque chose.")).isEqualTo(1);
    }

    @Test
    void concernsAreExploredByAskingNotByGeneralitiesOrReassurance() {
        assertThat(points(COMMUNICATION, "fr", "inquietudes", "Les parents s'inquiètent toujours beaucoup, mais en général ça passe tout seul.")).isZero();
        assertThat(points(COMMUNICATION, "fr", "inquietudes", "Qu'est-ce qui vous inquiète ?", "Ne vous inquiétez pas.")).isZero();
        assertThat(points(COMMUNICATION, "fr", "inquietudes", "Qu'est-ce qui vous inquiète ?", "D'accord, vous avez peur pour votre travail."))
                .isEqualTo(1);
    }
}
