package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * Communication and professionalism items judged as the examiners of the blind sets judge them: whole on the elements
 * their label names ({@link ItemElements}), not earned by a rhetorical question ({@link RhetoricalQuestions}), at most
 * in part when done with a fault the label forbids ({@link ItemFaults}), one point for a closed check of understanding
 * on a teach-back item ({@link ClosedChecks}). Labels copied from the rubrics; the students' words are written for this
 * test.
 */
class CommunicationItemsTest {

    private static final Rubric.Item INTRO_CONFIDENTIALITY = new Rubric.Item("introduces-confidentiality",
            "Introduces self and role and explains confidentiality (and its limits)", "communication", 1,
            List.of("my name is", "medical student", "gp trainee", "confidential", "between us"));

    private static final Rubric.Item PRESENTATION_CONSENTEMENT = new Rubric.Item("presentation-consentement",
            "Se présente, explique l'examen et recueille le consentement de la patiente", "communication", 1,
            List.of("je suis", "externe", "examiner", "d'accord"));

    private static final Rubric.Item SUITE = new Rubric.Item("suite",
            "Convient d'un moyen de contact et d'un point d'étape, et vérifie qu'elle n'a pas d'autre question",
            "communication", 1, List.of("questions", "numéro", "rappelle"));

    private static final Rubric.Item SANS_BLAME = new Rubric.Item("sans-blame",
            "Explique ce que l'on sait des causes sans accuser un collègue ni spéculer", "professionalism", 1,
            List.of("allergie", "analyse"));

    private static final Rubric.Item RECLAMATION = new Rubric.Item("reclamation",
            "Indique les voies de réclamation (cadre de santé, commission des usagers) sans chercher à la dissuader",
            "professionalism", 1, List.of("réclamation", "commission des usagers", "plainte"));

    private static final Rubric.Item PLAIN_LANGUAGE = new Rubric.Item("plain-language",
            "Speaks to the patient directly, in short sentences and plain words (no jargon such as \"dysuria\")",
            "communication", 1, List.of("burn when you pass urine", "passing water", "hurts when you wee"));

    private static final Rubric.Item TEACH_BACK = new Rubric.Item("teach-back",
            "Checks understanding by asking the patient to explain back (through the interpreter), and invites questions",
            "communication", 2, List.of("own words", "explain back", "any questions"));

    private static ItemScore grade(Rubric.Item item, String language, String... turns) {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(new TranscriptTurn(100 + i, i + 1, Speaker.STUDENT, turns[i], null, Instant.EPOCH));
        }
        return new ChecklistScorer().score(new Rubric("s", 1, List.of(item)), language, transcript).get(0);
    }

    @Test
    void anIntroductionItemIsDoneOnlyWithEveryElementItsLabelNames() {
        assertThat(grade(INTRO_CONFIDENTIALITY, "en", "Good afternoon, my name is Priya Shah, I'm a GP trainee.").points()).isZero();
        assertThat(grade(INTRO_CONFIDENTIALITY, "en", "Good afternoon, my name is Priya Shah, I'm a GP trainee.",
                "What we discuss is confidential.").points()).as("confidentiality without its limits").isZero();
        assertThat(grade(INTRO_CONFIDENTIALITY, "en", "Good afternoon, my name is Priya Shah, I'm a GP trainee.",
                "What we discuss is confidential, unless I were worried that you or another person could come to serious harm.")
                .points()).isEqualTo(1);
        assertThat(grade(INTRO_CONFIDENTIALITY, "en", "Hello, I'm one of the GP trainees.",
                "This stays confidential unless someone is at risk.").points()).as("no name").isZero();
    }

    @Test
    void anExaminationNeedsTheConsentItsLabelNames() {
        assertThat(grade(PRESENTATION_CONSENTEMENT, "fr", "Bonjour, je suis Léa Martin, externe. Je vais examiner votre épaule.")
                .points()).isZero();
        assertThat(grade(PRESENTATION_CONSENTEMENT, "fr", "Bonjour, je suis Léa Martin, externe.",
                "Je vais examiner votre épaule, vous êtes d'accord ?").points()).isEqualTo(1);
    }

    @Test
    void aQuestionTheStudentAnswersThemselvesInvitesNothing() {
        assertThat(grade(SUITE, "fr", "Je vous laisse mon numéro et je vous rappelle demain midi. Vous avez d'autres questions ? Non ? Parfait.")
                .points()).isZero();
        assertThat(grade(SUITE, "fr", "Je vous laisse mon numéro et je vous rappelle demain midi. Vous avez d'autres questions ?")
                .points()).isEqualTo(1);
        assertThat(RhetoricalQuestions.rhetorical("Any questions? No? Lovely.", "Any questions?".length())).isTrue();
        assertThat(RhetoricalQuestions.rhetorical("Any questions?", "Any questions?".length())).isFalse();
    }

    @Test
    void aFaultTheLabelForbidsLeavesTheItemUndone() {
        assertThat(grade(SANS_BLAME, "fr", "L'allergie n'était pas notée dans votre dossier, une analyse est en cours.").points())
                .isEqualTo(1);
        assertThat(grade(SANS_BLAME, "fr", "L'allergie n'était pas notée dans votre dossier.",
                "Le pharmacien aurait dû le voir, franchement.").points()).isZero();
        assertThat(grade(RECLAMATION, "fr", "Vous pouvez faire une réclamation auprès de la commission des usagers.").points())
                .isEqualTo(1);
        assertThat(grade(RECLAMATION, "fr", "Vous pouvez faire une réclamation, mais entre nous ce n'est pas la peine.").points())
                .isZero();
        assertThat(grade(PLAIN_LANGUAGE, "en", "Does it burn when you pass urine?").points()).isEqualTo(1);
        assertThat(grade(PLAIN_LANGUAGE, "en", "Ask her whether it burns when she's passing water.").points())
                .as("the patient spoken of, not to").isZero();
        assertThat(grade(PLAIN_LANGUAGE, "en", "Any dysuria?", "Does it burn when you pass urine?").points())
                .as("jargon left unexplained").isZero();
    }

    @Test
    void aClosedCheckOfUnderstandingEarnsPartOfATeachBackItem() {
        ItemScore closed = grade(TEACH_BACK, "en", "So that's the plan for tonight. Does that make sense?");
        assertThat(closed.points()).isEqualTo(1);
        assertThat(closed.evidenceQuote()).isEqualTo("Does that make sense?");
        assertThat(grade(TEACH_BACK, "en", "Does that make sense? No? Fine.").points()).isZero();
        assertThat(grade(TEACH_BACK, "en", "Could you explain back to me, in your own words, what happens next?",
                "Do you have any questions?").points()).isEqualTo(2);
    }
}
