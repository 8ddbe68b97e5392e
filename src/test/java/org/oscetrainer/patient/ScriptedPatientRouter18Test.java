package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.patient.StationAnswers.given;

import org.junit.jupiter.api.Test;

/**
 * router18 (issue 13) on real stations, with phrasings written here (not from a blind set): a polite or hedged wrapper
 * is stripped down to what is asked; regional and colloquial words are read as the standard ones; a relative's life
 * and death ask for the family history that tells of them, a detail the script does not give stays unscripted; a
 * greeting followed by "how are you feeling?" is greeted back.
 */
class ScriptedPatientRouter18Test {

    @Test
    void aPoliteWrapperIsStrippedToWhatIsAsked() {
        assertThat(given("chest-pain-en", "Could I just ask whether you've had anything like this before?"))
                .containsExactly("previous-episodes");
        assertThat(given("chest-pain-en", "I hope you don't mind me asking, but do you take any recreational drugs?"))
                .containsExactly("recreational-drugs");
        assertThat(given("cephalee-fr", "Je me permets de vous demander si vous pourriez être enceinte"))
                .containsExactly("grossesse");
        assertThat(given("cephalee-fr", "Ça vous dérange si je vous demande si vous avez vomi ?")).containsExactly("vomissements");
    }

    @Test
    void aRequestForAnExaminationOrATestIsNoWrapper() {
        assertThat(given("cephalee-fr", "Je voudrais demander un scanner")).containsExactly("scanner-cerebral");
        assertThat(given("chest-pain-en", "I'd like to check your pulse")).isNotEmpty().doesNotContain("smoking", "onset");
    }

    @Test
    void regionalWordsAreReadAsTheStandardOnes() {
        assertThat(given("chest-pain-en", "Have you been boaking at all?")).containsExactly("nausea-vomiting");
        assertThat(given("chest-pain-en", "Do you take a bevvy?")).containsExactly("alcohol");
        assertThat(given("cephalee-fr", "Vous avez dégobillé ?")).containsExactly("vomissements");
        // "même" is not « mémé »: an entry meets its own spelling or none of its accents, never other accents
        assertThat(given("dyspnee-aigue-fr", "Vous êtes essoufflée même au repos ?")).containsExactly("dyspnee-effort");
    }

    @Test
    void aRelativesLifeAndDeathAskForTheFamilyHistoryThatTellsOfThem() {
        assertThat(given("chest-pain-en", "Is your da still alive?")).containsExactly("family-history");
        assertThat(given("chest-pain-en", "how old was your dad when he passed?")).containsExactly("family-history");
        assertThat(given("cephalee-fr", "Votre mère est toujours en vie ?")).containsExactly("antecedents-familiaux");
        // the script gives no age for the brother's stent, nor anything of the wife's work
        assertThat(given("chest-pain-en", "How old was your brother when he had his stent?")).isEmpty();
        assertThat(given("chest-pain-en", "what does your wife do for a living?")).isEmpty();
    }

    @Test
    void aGreetingThenHowAreYouFeelingIsGreetedBack() {
        assertThat(given("chest-pain-en", "Hi there, how are you feeling?")).containsExactly("greeting");
    }
}
