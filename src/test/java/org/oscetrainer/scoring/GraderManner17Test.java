package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * Issue 13, branch grader17: introductions and the identity check in the student's own words, a greeting that speaks to
 * the person, interjections and the student's own worry that explore nothing, and a plan written in the key's own words.
 * Phrasings written here, on the stations' own rubrics (or a rubric made here); none is a line of a blind set.
 */
class GraderManner17Test {

    private static int points(String station, String item, String... studentTurns) throws IOException {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (String text : studentTurns) {
            transcript.add(new TranscriptTurn(100 + transcript.size(), transcript.size() + 1, Speaker.STUDENT, text, null,
                    Instant.EPOCH));
            transcript.add(new TranscriptTurn(100 + transcript.size(), transcript.size() + 1, Speaker.PATIENT, "Mm.", null,
                    Instant.EPOCH));
        }
        return new ChecklistScorer().score(BlindGraderInterviewsTest.rubric(station), station.endsWith("-fr") ? "fr" : "en",
                transcript).stream().filter(s -> s.itemId().equals(item)).findFirst().orElseThrow().points();
    }

    @Test
    void theIdentityIsCheckedByNamingThePerson() throws IOException {
        assertThat(points("breathlessness-en", "introduces-self", "Good afternoon, I'm Kofi Mensah, a final-year medical student.",
                "Is it Mr Whitmore?")).isEqualTo(1);
        assertThat(points("abdominal-pain-en", "introduces-self", "Hello, my name is Ines, one of the junior doctors.",
                "Just to check, you're Emily Carter, yes?")).isEqualTo(1);
        assertThat(points("annonce-cancer-fr", "se-presente", "Bonjour, je m'appelle Chloé Marin, interne en chirurgie.",
                "Vous êtes bien Monsieur Lambert ?")).isEqualTo(1);
        // Without the check, the introduction alone is not the whole item.
        assertThat(points("breathlessness-en", "introduces-self", "Good afternoon, I'm Kofi Mensah, a final-year medical student.",
                "Is it painful?")).isZero();
        // A terse question of one capitalised word names no one.
        assertThat(points("breathlessness-en", "introduces-self", "Good afternoon, I'm Kofi Mensah, a final-year medical student.",
                "Dizzy?")).isZero();
    }

    @Test
    void aNameAfterATitleAndATerseIntroductionGiveTheStudentsName() {
        assertThat(CommunicationReading.givesName("Hi there, I'm Dr Ravi Patel from the medical team.")).isTrue();
        assertThat(CommunicationReading.givesName("Ana Lopes, one of the surgical doctors.")).isTrue();
        assertThat(CommunicationReading.givesName("Bonsoir, je suis l'externe du service, Hugo Martin.")).isTrue();
        assertThat(CommunicationReading.givesName("Je suis ravi de vous voir.")).isFalse();
        assertThat(CommunicationReading.givesName("Chest pain, worse on exertion.")).isFalse();
    }

    @Test
    void aGreetingByNameSpeaksToThePersonNotAboutThem() throws IOException {
        assertThat(points("wheeze-child-en", "introduces-self", "Hi, I'm Priya Shah, a medical student.",
                "You must be Leo's mum?", "And Leo, hi, is it OK if I listen to your chest later?")).isEqualTo(1);
        // Leo named, never spoken to.
        assertThat(points("wheeze-child-en", "introduces-self", "Hi, I'm Priya Shah, a medical student.",
                "You must be Leo's mum?", "How has Leo's breathing been?")).isZero();
        assertThat(Greetings.spokenTo(" hello margaret ", "How are you feeling today, Margaret?")).isTrue();
        assertThat(Greetings.spokenTo(" hello margaret ", "Are you Margaret's son?")).isFalse();
    }

    @Test
    void anInterjectionIsNoExpectation() throws IOException {
        assertThat(points("dyspnee-aigue-fr", "idees-inquietudes-attentes", "Attendez, vous toussez depuis quand ?")).isZero();
        assertThat(points("dyspnee-aigue-fr", "idees-inquietudes-attentes", "Et vous, qu'attendez-vous de cette consultation ?"))
                .isPositive();
    }

    @Test
    void theStudentsOwnWorryExploresNothingOfThePersons() throws IOException {
        assertThat(points("low-mood-en", "ideas-concerns-expectations",
                "Everything stays between us, except if I'm really worried that you might come to harm.")).isZero();
        assertThat(CommunicationReading.ownWorry("If I'm concerned about your safety I may have to tell someone.")).isTrue();
        assertThat(CommunicationReading.ownWorry("I'm worried too: what worries you most?")).isFalse();
    }

    @Test
    void aClosedQuestionAboutCuttingDownAsksAboutTheWishToChange() throws IOException {
        assertThat(points("insomnie-fatigue-fr", "motivation", "Vous aimeriez réduire un peu l'alcool ?")).isEqualTo(1);
    }

    @Test
    void aSlipIsNotForgivenOnTheFirstLetter() {
        assertThat(HintMatching.sameWord("douleur", "couleur")).isFalse();
        assertThat(HintMatching.sameWord("vomitting", "vomiting")).isTrue();
    }

    @Test
    void aPlanInTheKeysOwnWordsIsPartlyDone() {
        Rubric.NoteItem plan = new Rubric.NoteItem("plan", "Outline your management.", 2,
                List.of("Blood cultures, lactate and full blood count; IV antibiotics within the hour", "Call the outreach team"),
                List.of("sepsis six", "outreach"), List.of());
        Rubric rubric = new Rubric("s", 1, List.of(), List.of(plan));
        assertThat(note(rubric, "Take blood cultures and a lactate, then IV antibiotics.")).isEqualTo(1);
        // One word of the key alone is not a plan.
        assertThat(note(rubric, "Lactate.")).isZero();
        // Denied, it is not said.
        assertThat(note(rubric, "No blood cultures, no lactate needed.")).isZero();
    }

    private static int note(Rubric rubric, String answer) {
        return new NoteScorer().score(rubric, "en", List.of(new NoteAnswer("plan", "q", answer, Instant.EPOCH))).get(0).points();
    }
}
