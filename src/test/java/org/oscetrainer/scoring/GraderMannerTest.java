package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;

/**
 * Communication read on the manner of the whole encounter (grader12): an introduction in the student's own words, what
 * the person already knows asked in any words, jargon and the third person where the label wants plain words said to the
 * patient.
 */
class GraderMannerTest {

    private static final Rubric FR = new Rubric("s", 1, List.of(
            new Rubric.Item("se-presente", "Se présente (nom et fonction)", "communication", 1,
                    List.of("je m'appelle", "interne", "externe")),
            new Rubric.Item("accueil", "Se présente (nom et fonction) et vérifie l'identité", "communication", 1,
                    List.of("je m'appelle", "interne"), false, null,
                    List.of(new Rubric.Part("soi", List.of("je m'appelle", "interne")),
                            new Rubric.Part("identité", List.of("date de naissance", "votre nom"))), null, List.of()),
            new Rubric.Item("perception", "Explore ce que le patient sait déjà et ce qu'il a compris avant d'annoncer", "communication",
                    2, List.of("savez déjà", "compris examen")),
            new Rubric.Item("annonce", "Annonce clairement le diagnostic avec le mot « cancer », en langage simple, sans jargon",
                    "communication", 2, List.of("cancer", "tumeur")),
            new Rubric.Item("comprehension", "Vérifie la compréhension par la reformulation", "communication", 2,
                    List.of("redire", "reformuler"))));

    private static final Rubric EN = new Rubric("s", 1, List.of(
            new Rubric.Item("plain-language", "Speaks to the patient directly, in short sentences and plain words (no jargon such as \"dysuria\")",
                    "communication", 1, List.of("burn when you pass urine", "how often do you go", "passing water")),
            new Rubric.Item("perception", "Establishes what the patient already knows", "communication", 1, List.of("already know")),
            new Rubric.Item("explanation", "Explains the likely diagnosis in plain words", "management", 1, List.of("infection")),
            new Rubric.Item("rapport", "Builds rapport with empathic, non-judgemental responses and open questions", "communication", 2,
                    List.of("sounds difficult", "sorry to hear")),
            new Rubric.Item("concerns", "Explores the daughter's concerns and explains that delirium is usually reversible",
                    "communication", 1, List.of("worried", "get better"), false, null,
                    List.of(new Rubric.Part("concerns", List.of("worried", "worrying")),
                            new Rubric.Part("reversible", List.of("get better", "reversible"))), null, List.of()),
            new Rubric.Item("palpation", "Palpates the apex beat and for heaves and thrills", "examination", 1,
                    List.of("apex", "heart", "heaves")),
            new Rubric.Item("requests-examination", "Requests observations and a chest examination", "examination", 1,
                    List.of("examine", "obs"))));

    private static final Rubric KNEE = new Rubric("s", 1, List.of(
            new Rubric.Item("menisques", "Teste les ménisques (McMurray)", "examination", 1, List.of("ménisque", "McMurray"))));

    private static int points(Rubric rubric, String language, String item, String... turns) {
        return GraderConductTest.points(rubric, language, item, turns);
    }

    @Test
    void anIntroductionByNameAndRoleInOtherWordsIsAnIntroduction() {
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je suis Maxime Roux, étudiant hospitalier dans le service.")).isEqualTo(1);
        assertThat(points(FR, "fr", "accueil", "Bonjour, je suis Maxime Roux, étudiant hospitalier.",
                "Vous pouvez me donner votre date de naissance ?")).isEqualTo(1);
        // A role alone, or a name alone, is no introduction in other words.
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je suis étudiant hospitalier.")).isZero();
        assertThat(points(FR, "fr", "se-presente", "Bonjour, je suis Maxime.")).isZero();
        assertThat(points(FR, "fr", "accueil", "Bonjour, je suis Maxime Roux, étudiant hospitalier.")).isZero();
    }

    @Test
    void whatThePersonAlreadyKnowsIsAskedInAnyWords() {
        assertThat(points(FR, "fr", "perception", "Avant de parler des résultats, qu'est-ce qu'on vous a dit après la coloscopie ?"))
                .isEqualTo(2);
        assertThat(points(FR, "fr", "perception", "Qu'est-ce que le gastro-entérologue vous a expliqué ?")).isEqualTo(2);
        assertThat(points(EN, "en", "perception", "What have you been told so far?")).isEqualTo(1);
        assertThat(points(EN, "en", "perception", "What's your understanding of why you're here?")).isEqualTo(1);
        // Telling is not asking; asking what the doctor said is not asking the patient about their symptoms.
        assertThat(points(FR, "fr", "perception", "Le médecin vous a dit qu'on avait trouvé quelque chose.")).isZero();
        assertThat(points(EN, "en", "perception", "What brings you in today?")).isZero();
    }

    @Test
    void jargonUnexplainedAnywhereCostsAPlainWordsItem() {
        assertThat(points(EN, "en", "plain-language", "Does it burn when you pass urine?")).isEqualTo(1);
        assertThat(points(EN, "en", "plain-language", "Any dysuria or haematuria?", "Sorry. Does it burn when you pass urine?")).isZero();
        assertThat(points(FR, "fr", "annonce", "C'est un cancer du côlon.", "Oui, un cancer.")).isEqualTo(2);
        assertThat(points(FR, "fr", "annonce", "Les biopsies montrent un adénocarcinome lieberkühnien.", "C'est un cancer du côlon.",
                "Oui, un cancer.")).isEqualTo(1);
        // Explained in the same breath, it is plain.
        assertThat(points(FR, "fr", "annonce", "C'est un adénocarcinome, c'est-à-dire un cancer de la paroi de l'intestin.",
                "Oui, un cancer.")).isEqualTo(2);
        // An explanation of the plan is not a communication item: its jargon is left to the examiner.
        assertThat(points(EN, "en", "explanation", "You have a kidney infection, acute pyelonephritis.")).isEqualTo(1);
    }

    @Test
    void speakingAboutThePatientInTheThirdPersonIsNotSpeakingToHerDirectly() {
        assertThat(points(EN, "en", "plain-language", "Just tell her: does it burn when she pees? How often do you go?")).isZero();
        assertThat(points(EN, "en", "plain-language", "How often do you go to the toilet?")).isEqualTo(1);
    }

    @Test
    void openQuestionsAloneArePartOfRapportWhenTheLabelNamesThem() {
        assertThat(points(EN, "en", "rapport", "Hello, what brings you in?", "How have things been for you lately?")).isEqualTo(1);
        assertThat(points(EN, "en", "rapport", "So what's wrong?", "Are you sleeping OK?")).isZero();
        assertThat(points(EN, "en", "rapport", "Are you sleeping OK?")).isZero();
        assertThat(points(EN, "en", "rapport", "That sounds difficult.", "I'm so sorry to hear about your job.")).isEqualTo(2);
    }

    @Test
    void aConcernAnsweredByTheStudentsOwnExplanationIsAnswered() {
        assertThat(points(EN, "en", "concerns", "What's worrying you most about your mum?",
                "I can tell you that this kind of sudden confusion usually gets better once we treat the cause.")).isEqualTo(1);
        assertThat(points(EN, "en", "concerns", "What's worrying you most about your mum?")).isZero();
    }

    @Test
    void aDiagnosisVoicedOrConsentAskedIsNoExaminationStep() {
        assertThat(points(KNEE, "fr", "menisques", "Bon, c'est peut-être le ménisque.")).isZero();
        assertThat(points(KNEE, "fr", "menisques", "Au total, je pense à une rupture du croisé avec une lésion du ménisque.")).isZero();
        assertThat(points(KNEE, "fr", "menisques", "Je fais le test de McMurray pour les ménisques.")).isEqualTo(1);
        assertThat(points(EN, "en", "palpation", "Is it OK if I examine your heart?")).isZero();
        assertThat(points(EN, "en", "palpation", "Now I'm feeling for your apex beat, then for heaves and thrills.")).isEqualTo(1);
        // An item that asks for the examination is earned by asking for it.
        assertThat(points(EN, "en", "requests-examination", "Can I have a set of obs, and may I examine your chest?")).isEqualTo(1);
    }

    @Test
    void anIdentityCheckIsNoCheckOfUnderstanding() {
        assertThat(points(FR, "fr", "comprehension", "Bonjour, vous pouvez me redire votre nom et votre date de naissance ?")).isZero();
        assertThat(points(FR, "fr", "comprehension", "Pouvez-vous me redire avec vos mots ce que vous avez retenu ?")).isEqualTo(2);
    }
}
