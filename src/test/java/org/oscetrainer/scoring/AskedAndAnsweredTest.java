package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TranscriptTurn.Speaker;

/**
 * A history item asked by an open question in the student's own words and answered by the next turn with every fact
 * the rubric links to it ({@link AskedAndAnswered}), on the real breathlessness-en station (rubric read with its
 * scenario, as the catalog reads it). Written by grader23 (session 39); the replies are the scenario's own texts.
 */
class AskedAndAnsweredTest {

    private static final String ORTHOPNOEA = "I can't lie flat, I feel like I'm drowning. I've gone from one pillow to four, and"
            + " last night I gave up and slept in the armchair.";
    private static final String PND = "Twice this week I woke up in the night gasping. I had to sit on the edge of the bed with"
            + " the window open until it settled.";

    private static Rubric rubric() throws IOException {
        return rubric("breathlessness-en.yaml");
    }

    private static Rubric rubric(String file) throws IOException {
        return StationFiles.rubric(file, Files.readString(Path.of("rubrics/" + file)), file,
                Files.readString(Path.of("scenarios/" + file))).orElseThrow();
    }

    private static ItemScore score(String itemId, String... turns) throws IOException {
        return score(rubric(), itemId, turns);
    }

    private static ItemScore score(Rubric rubric, String itemId, String... turns) {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(new TranscriptTurn(100 + i, i + 1, i % 2 == 0 ? Speaker.STUDENT : Speaker.PATIENT, turns[i], null,
                    Instant.EPOCH));
        }
        return new ChecklistScorer().score(rubric, "en", transcript).stream().filter(s -> s.itemId().equals(itemId))
                .findFirst().orElseThrow();
    }

    @Test
    void theRubricReadWithItsScenarioKnowsWhatAnswersAnItem() throws IOException {
        Rubric.Item item = rubric().items().stream().filter(i -> i.id().equals("orthopnoea-pnd")).findFirst().orElseThrow();
        assertThat(item.answers()).hasSize(2);
        assertThat(item.answers().get(0)).startsWith("I can't lie flat");
    }

    @Test
    void anOpenQuestionAnsweredWithAllTheItemIsAboutEarnsItWhole() throws IOException {
        ItemScore s = score("orthopnoea-pnd",
                "You mentioned the chair last night. Tell me about what happens when you lie down or when you're asleep.",
                ORTHOPNOEA + " " + PND);
        assertThat(s.points()).isEqualTo(s.maxPoints());
        assertThat(s.evidenceQuote()).isEqualTo("Tell me about what happens when you lie down or when you're asleep.");
    }

    @Test
    void aReplyThatSaysOnlyPartOfTheItemEarnsNothingByIt() throws IOException {
        ItemScore s = score("orthopnoea-pnd", "Tell me about what happens at bedtime.", ORTHOPNOEA);
        assertThat(s.points()).isZero();
    }

    @Test
    void whatTheReplyToAClosedQuestionAddsIsVolunteeredNotAsked() throws IOException {
        ItemScore s = score("orthopnoea-pnd", "Do you sleep in a chair?", ORTHOPNOEA + " " + PND);
        assertThat(s.points()).isZero();
    }

    @Test
    void whatThePatientSaysAfterAnEmpathicRemarkIsNotAsked() throws IOException {
        ItemScore s = score("orthopnoea-pnd", "That sounds frightening, sitting up all night.", ORTHOPNOEA + " " + PND);
        assertThat(s.points()).isZero();
    }

    @Test
    void theAnswerMustBeTheNextTurn() throws IOException {
        ItemScore s = score("orthopnoea-pnd", "Tell me about what happens when you lie down or when you're asleep.",
                "I couldn't tell you, doctor, sorry.", "Right.", ORTHOPNOEA + " " + PND);
        assertThat(s.points()).isZero();
    }

    // grader23b (session 39), review of issue 13.

    @Test
    void aCriticalItemIsNeverEarnedThroughTheReplyItsDescriptorDecides() throws IOException {
        // low-mood-en suicidal-thoughts (2 points, critical): "dark thoughts" without naming suicide is partly done.
        String reply = "Yes... I keep thinking everyone would be better off without me. For the last two weeks I've thought"
                + " about ending my life most days.";
        ItemScore s = score(rubric("low-mood-en.yaml"), "suicidal-thoughts", "Tell me about any dark thoughts you've had.", reply);
        assertThat(s.points()).isLessThanOrEqualTo(1);
    }

    @Test
    void anInvitationToGoOnAsksForNothingInParticular() throws IOException {
        assertThat(score("orthopnoea-pnd", "What else?", ORTHOPNOEA + " " + PND).points()).isZero();
        assertThat(score("orthopnoea-pnd", "Tell me more.", ORTHOPNOEA + " " + PND).points()).isZero();
        assertThat(score("orthopnoea-pnd", "Is there anything else you'd like to tell me?", ORTHOPNOEA + " " + PND).points())
                .isZero();
    }

    @Test
    void theOpeningQuestionAsksForNothingInParticular() throws IOException {
        ItemScore s = score("orthopnoea-pnd", "Hello, I'm Dr Lee. What brings you in today?", ORTHOPNOEA + " " + PND);
        assertThat(s.points()).isZero();
    }

    /**
     * Deliberate (measured by grader23 on set 53: raising partial credit to full on this rule cost ICC(2,1) 0.841 →
     * 0.828): a closed question on one part earns the partial points, and an open question answered with everything
     * later does not lift the item to full. The examiners mostly credit the first way the item was asked.
     */
    @Test
    void aClosedQuestionFirstKeepsItsPartialPointsOnPurpose() throws IOException {
        ItemScore s = score("orthopnoea-pnd", "Are you breathless lying flat?", ORTHOPNOEA,
                "Tell me about what happens when you lie down or when you're asleep.", ORTHOPNOEA + " " + PND);
        assertThat(s.points()).isEqualTo(1);
    }
}
