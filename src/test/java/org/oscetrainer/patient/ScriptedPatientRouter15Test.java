package org.oscetrainer.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.patient.StationAnswers.given;

import org.junit.jupiter.api.Test;

/**
 * router15 (issue 13) on real stations, with phrasings written here (not from a blind set): what a student means and
 * about whom. An opening question is one though a relative is named in another clause; when or how it all began, with
 * no topic named, is told by the fact named for the onset or the presenting story; the main clause says whom a
 * question is about, though "you" is said in a subordinate one; a first name alone goes with the clause after it; how
 * the one who speaks for the patient is coping is not the patient's history. Every assertion marked "failed on main"
 * failed at 6c093bf; the others guard what must not move.
 */
class ScriptedPatientRouter15Test {

    @Test
    void anOpeningQuestionIsOneThoughARelativeIsNamedInAnotherClause() {
        // failed on main: the wife, the mum named before the question made it a question about them
        assertThat(given("chest-pain-en", "Your wife's just parking the car, so what's been going on?")).containsExactly("chief-complaint");
        assertThat(given("wheeze-child-en", "Mum, what's been happening with Leo?")).containsExactly("chief-complaint");
        assertThat(given("cephalee-fr", "Votre mari est resté à l'accueil, alors, qu'est-ce qui se passe ?")).containsExactly("motif");
        // failed on main: "what's gone on" is an opening
        assertThat(given("chest-pain-en", "What's gone on this morning, then?")).containsExactly("chief-complaint");
        // "what happened to your dad?" still asks about the dad
        assertThat(given("chest-pain-en", "What happened to your dad?")).containsExactly("family-history");
    }

    @Test
    void whenOrHowItAllBeganIsToldByTheOnsetOrThePresentingStory() {
        // failed on main: no fact's words meet "since when", "how it all began"
        assertThat(given("abdominal-pain-en", "And since when, more or less?")).containsExactly("onset");
        assertThat(given("wheeze-child-en", "Can you tell me how it all began?")).containsExactly("chief-complaint");
        assertThat(given("missed-periods-en", "Since when?")).containsExactly("chief-complaint");
        // a fact that answers by its words still does
        assertThat(given("toux-nourrisson-fr", "Et depuis quand ?")).containsExactly("debut");
        assertThat(given("douleur-lombaire-fr", "Comment tout ça a commencé ?")).containsExactly("debut");
        assertThat(given("cephalee-fr", "Depuis quand ?")).containsExactly("debut");
    }

    @Test
    void theMainClauseSaysWhomAQuestionIsAbout() {
        // failed on main: "vous" in the subordinate clause made these questions about the wife and the partner the
        // patient's own (his smoking, her vomiting)
        assertThat(given("metrorragies-grossesse-fr", "Votre compagnon est au courant que vous êtes aux urgences ?")).isEmpty();
        assertThat(given("douleur-lombaire-fr", "Votre épouse est au courant que vous êtes là ?")).isEmpty();
        // reported words stay the patient's: what the wife says of his snoring is still about him
        assertThat(given("insomnie-fatigue-fr", "Votre femme dit que vous ronflez ?")).isNotEmpty();
    }

    @Test
    void aFirstNameAloneGoesWithTheClauseAfterIt() {
        // failed on main: "Mia" and "she" were two questions, and the child's jabs answered the second
        assertThat(given("febrile-child-en", "Mia, has she had her jabs?")).isEmpty();
        assertThat(given("toux-nourrisson-fr", "Jeanne, elle a eu ses vaccins ?")).isEmpty();
        // a title-case word that opens a list is still one part of it
        assertThat(given("abdominal-pain-en", "Nausea, and any vomiting?")).containsExactly("nausea-vomiting");
        assertThat(given("chest-pain-en", "Sweating, and feeling sick?")).containsExactly("sweating", "nausea-vomiting");
    }

    @Test
    void howTheOneWhoSpeaksForThePatientIsCopingIsNotThePatientsHistory() {
        // failed on main: the mother's baseline answered how the daughter is coping
        assertThat(given("confusion-elderly-en", "How are you coping with it all yourself?")).isEmpty();
        assertThat(given("confusion-elderly-en", "Are you coping okay yourself?")).isEmpty();
        // where the script gives the speaker's own feelings, they still answer
        assertThat(given("famille-en-colere-fr", "Et vous-même, comment vous allez ?")).containsExactly("culpabilite");
    }
}
