package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.patient.StationAnswers.given;

import org.junit.jupiter.api.Test;

/**
 * router13 (issue 13) on real stations, with phrasings written here (not from a blind set): the usual blood tests
 * named in ward shorthand get the station's blood panel; the one who speaks for a child, asked about themself, answers
 * from the family history, and the patient asked about themself never from it; a greeting with a courtesy is greeted back; an examination of the whole person gets the
 * station's general examination, a part it does not script still the neutral finding. Most assertions failed on main
 * (0ad9787); the others guard what must not move (the child's own history, "u" for "you", a question after a courtesy).
 */
class ScriptedPatientRouter13Test {

    @Test
    void theUsualBloodTestsInShorthandGetTheStationsBloodPanel() {
        // "U" in "U&Es" is not "you": a request to the examiner, not a history question.
        assertThat(given("chest-pain-en", "Could we send U&Es and an FBC?")).containsExactly("blood-tests");
        assertThat(given("medication-history-en", "U and E's please")).containsExactly("blood-tests");
        assertThat(given("confusion-elderly-en", "Her LFTs and a glucose?")).containsExactly("bloods");
        assertThat(given("missed-periods-en", "I'd send off a calcium and a phosphate.")).containsExactly("bloods");
        assertThat(given("medication-history-en", "Just the U&Es for now.")).containsExactly("blood-tests");
        // A single element the panel's results do not name is a test the station does not script.
        assertThat(given("headache-pregnancy-en", "Could we check a magnesium?")).containsExactly("neutral");
    }

    @Test
    void youInTextSpeechIsStillYou() {
        assertThat(given("chest-pain-en", "can u tell me where the pain is?")).containsExactly("site");
    }

    @Test
    void theParentAskedAboutThemselfAnswersFromTheFamilyHistoryNotTheChildsHistory() {
        assertThat(given("wheeze-child-en", "What about you, do you have eczema yourself?")).containsExactly("family-history");
        assertThat(given("toux-nourrisson-fr", "Et vous-même, vous faites de l'asthme ?")).containsExactly("antecedents-familiaux");
        // The child's own, asked of the child, stays the child's.
        assertThat(given("wheeze-child-en", "Does he get eczema?")).containsExactly("atopy");
    }

    @Test
    void thePatientAskedAboutThemselfIsNeverAnsweredWithTheFamilyHistory() {
        // No aneurysm of her own in the script: she does not know, rather than tell of her mother's.
        assertThat(given("cephalee-fr", "Et vous, vous avez déjà eu un anévrisme ?")).isEmpty();
        assertThat(given("chest-pain-en", "And you yourself, did anyone tell you about a heart attack?")).isEmpty();
        assertThat(given("dyspnee-aigue-fr", "Et vous-même, des phlébites ?")).containsExactly("antecedents-thrombose");
    }

    @Test
    void aGreetingWithACourtesyIsGreetedBack() {
        assertThat(given("headache-pregnancy-en", "Good morning, I'm Sam, a student doctor. How are you today?"))
                .containsExactly("greeting");
        assertThat(given("cephalee-fr", "Bonjour, je suis l'interne. Comment allez-vous ?")).containsExactly("greeting");
        assertThat(given("douleur-lombaire-fr", "bsr monsieur")).containsExactly("greeting");
        // A question after the courtesy is still answered.
        assertThat(given("chest-pain-en", "Hello, how are you? Where is the pain?")).containsExactly("site");
    }

    @Test
    void anExaminationOfTheWholePersonGetsTheGeneralExamination() {
        assertThat(given("erreur-medicamenteuse-fr", "Je vais vous examiner de la tête aux pieds.")).containsExactly("examen-clinique");
        assertThat(given("famille-en-colere-fr", "Je passe le voir et je vais l'examiner tout de suite.")).containsExactly("etat-actuel");
        assertThat(given("febrile-child-en", "I'd like a full examination of him.")).containsExactly("general-appearance");
        // A part the station does not script is still the neutral finding.
        assertThat(given("metrorragies-grossesse-fr", "Je voudrais regarder ses pieds.")).containsExactly("neutral");
    }
}
