package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * grader21 (issue 13), on phrasings written here: a thin summary in the student's own words is partly right, as the
 * examiners read it; an inspection from the end of the couch is the inspection; the terse parts of a chained question
 * ("Any illnesses before, medicines, allergies?", « Depuis quand, en faisant quoi, d'un coup ? ») are each asked; a word
 * that only begins a wrong element (« bronches », « bronchodilatateur ») is not it; an apology or a reassurance opening a
 * sentence is an aside, and what follows it stands.
 */
class GraderPartial21Test {

    private static final List<String> KEY = List.of(
            "84-year-old woman with three days of fluctuating confusion and agitation after starting oxybutynin",
            "Urinary retention of 900 ml and constipation; baseline independent, no focal signs");
    private static final List<String> HINTS = List.of("fluctuating", "oxybutynin", "retention", "baseline");

    private static int note(String id, String question, String text) {
        Rubric rubric = new Rubric("s", 1, List.of(), List.of(new Rubric.NoteItem(id, question, 2, KEY, HINTS, List.of())));
        return new NoteScorer().score(rubric, "en", List.of(new NoteAnswer(id, question, text, Instant.EPOCH))).get(0).points();
    }

    @Test
    void aThinSummaryInTheStudentsOwnWordsIsPartlyRight() {
        // No hint, but the age, the confusion, its days and the agitation of the key: partly (the examiners' "thin: 1").
        assertThat(note("summary", "Summarise the case in two sentences.",
                "84-year-old woman, confused for three days and agitated at night. Dip leucs 1+.")).isEqualTo(1);
        // A few words of the key only ("woman", "confused") are not a summary of the case.
        assertThat(note("summary", "Summarise the case in two sentences.", "Elderly woman, confused. ?UTI.")).isZero();
        // A hint said still earns as before.
        assertThat(note("summary", "Summarise the case in two sentences.",
                "84-year-old woman with fluctuating confusion since starting oxybutynin, in urinary retention.")).isEqualTo(2);
    }

    @Test
    void onlyASummaryIsReadForTheKeysWords() {
        // A plan in the key's words but without its elements is often the wrong plan: the rule reads summaries only.
        assertThat(note("plan", "Outline your initial management plan.",
                "84-year-old woman, confused for three days and agitated at night.")).isZero();
    }

    @Test
    void anInspectionFromTheEndOfTheCouchIsTheInspection() throws IOException {
        Rubric heart = BlindGraderInterviewsTest.rubric("cardiovascular-exam-en");
        assertThat(GraderMeaningTest.points(heart, "en", "inspection", "Looking from the end of the couch first.")).isEqualTo(1);
        assertThat(GraderMeaningTest.points(heart, "en", "inspection",
                "First I'll just stand back and have a look at you from the end of the couch.")).isEqualTo(1);
        assertThat(GraderMeaningTest.points(heart, "en", "inspection", "Could you sit on the couch for me?")).isZero();
        // Named as what one would do, it is not done.
        assertThat(GraderMeaningTest.points(heart, "en", "inspection", "I'd normally look from the end of the couch.")).isZero();
    }

    @Test
    void eachTersePartOfAChainedQuestionIsAsked() throws IOException {
        Rubric child = BlindGraderInterviewsTest.rubric("febrile-child-en");
        assertThat(GraderMeaningTest.points(child, "en", "past-medications-allergies", "Any illnesses before, medicines, allergies?"))
                .isEqualTo(1);
        assertThat(GraderMeaningTest.points(child, "en", "past-medications-allergies", "Any medicines, allergies?")).isZero();
        Rubric belly = BlindGraderInterviewsTest.rubric("abdominal-pain-en");
        assertThat(GraderMeaningTest.points(belly, "en", "character-severity-modifiers",
                "What's it like, how bad out of ten, and what makes it better or worse?")).isEqualTo(1);
        Rubric back = BlindGraderInterviewsTest.rubric("douleur-lombaire-fr");
        assertThat(GraderMeaningTest.points(back, "fr", "debut-installation", "Depuis quand, en faisant quoi, d'un coup ?"))
                .isEqualTo(1);
    }

    @Test
    void aWordThatOnlyBeginsAWrongElementIsNotIt() throws IOException {
        Rubric baby = BlindGraderInterviewsTest.rubric("toux-nourrisson-fr");
        // « bronches » begins « bronchodilatateur » but names the bronchi of a bronchiolitis explained to the father.
        assertThat(GraderMeaningTest.points(baby, "fr", "explication",
                "Léo a une bronchiolite, une infection des petites bronches par un virus. On va le garder à l'hôpital sous oxygène."))
                .isEqualTo(1);
        assertThat(GraderMeaningTest.points(baby, "fr", "explication",
                "On va le garder à l'hôpital, avec de la kiné respiratoire et un bronchodilatateur.")).isZero();
        assertThat(GraderMeaningTest.points(baby, "fr", "explication", "On va le garder à l'hôpital, avec des cortico.")).isZero();
    }

    @Test
    void anApologyOrAReassuranceOpeningASentenceIsAnAside() throws IOException {
        Rubric teen = BlindGraderInterviewsTest.rubric("missed-periods-en");
        assertThat(GraderMeaningTest.points(teen, "en", "confidentiality",
                "Sorry, I should say - this is confidential, unless I'm worried you're in danger.")).isEqualTo(2);
        assertThat(GraderMeaningTest.points(teen, "en", "confidentiality", "Don't worry, this is all confidential.")).isEqualTo(1);
        // What follows the reassurance explores no concern.
        Rubric breath = BlindGraderInterviewsTest.rubric("dyspnee-aigue-fr");
        assertThat(GraderMeaningTest.points(breath, "fr", "idees-inquietudes-attentes",
                "Ne vous inquiétez pas, à votre âge c'est sûrement le stress du retour de vacances.")).isZero();
    }
}
