package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * grader22 (issue 13), on phrasings written here against the stations' own rubrics: a plan said in general words where the
 * key names the precise thing ("antibiotics" for benzylpenicillin, "BP tablets" for labetalol, "keep her in" for
 * admission) earns part of the points when it names two things of the key, and its rationale says which words stood for
 * what; one thing alone, a plan that waits weeks where the key acts now, or a word of the question itself earn nothing.
 */
class GraderPlanFamilies22Test {

    private static ItemScore plan(String station, String language, String text) throws IOException {
        Rubric rubric = BlindGraderInterviewsTest.rubric(station);
        Rubric.NoteItem plan = rubric.noteItems().stream().filter(n -> n.id().equals("plan")).findFirst().orElseThrow();
        return new NoteScorer().score(rubric, language, List.of(new NoteAnswer("plan", plan.question(), text, Instant.EPOCH)))
                .stream().filter(s -> s.itemId().equals(NoteScorer.ID_PREFIX + "plan")).findFirst().orElseThrow();
    }

    @Test
    void theRightKindsOfThingInGeneralWordsArePartOfThePlan() throws IOException {
        ItemScore child = plan("febrile-child-en", "en", "Give him antibiotics and get him into hospital as an emergency.");
        assertThat(child.points()).isEqualTo(1);
        assertThat(child.rationale()).contains("\"antibiotics\" for benzylpenicillin").contains("Not said:").contains("999");
        assertThat(plan("headache-pregnancy-en", "en", "Start blood pressure tablets, admit her and monitor the baby.").points())
                .isEqualTo(1);
        assertThat(plan("metrorragies-grossesse-fr", "fr", "Appeler le gynécologue de garde, poser une perfusion.").points())
                .isEqualTo(1);
        // The precise words still earn as before.
        assertThat(plan("headache-pregnancy-en", "en", "Labetalol, magnesium sulfate, steroids, senior review.").points())
                .isEqualTo(2);
    }

    @Test
    void oneThingAloneIsNotPartOfThePlan() throws IOException {
        assertThat(plan("febrile-child-en", "en", "Antibiotics.").points()).isZero();
        assertThat(plan("headache-pregnancy-en", "en", "Paracetamol and rest, see how she goes.").points()).isZero();
    }

    @Test
    void theRightKindOfThingAtTheWrongTimeEarnsNothing() throws IOException {
        // The key admits her the same day: a routine referral and a review in weeks wait where it acts now.
        assertThat(plan("missed-periods-en", "en", "Blood tests, routine referral to the eating disorder team, review in 4 weeks.")
                .points()).isZero();
        assertThat(plan("missed-periods-en", "en", "Blood tests and an urgent referral to the eating disorder team.").points())
                .isEqualTo(1);
    }

    @Test
    void whatTheKeySetsAsideOrTheQuestionAsksIsNoThingOfTheKey() throws IOException {
        // « Pas de kinésithérapie respiratoire » in the key: « kiné » is no member to stand for; the dangerous element earns nothing.
        assertThat(plan("toux-nourrisson-fr", "fr", "Kiné respiratoire et antibiotiques.").points()).isZero();
        // The question asks about the information: "informer" says nothing of the key by itself.
        assertThat(plan("consentement-chirurgie-fr", "fr", "Informer la patiente, avoir son accord.").points()).isZero();
        assertThat(plan("consentement-chirurgie-fr", "fr", "Informer la patiente, avoir son accord, lui donner une fiche.").points())
                .isEqualTo(1);
    }

    @Test
    void aPlanThatDoesWhatTheKeyForbidsIsNotPartlyRight() throws IOException {
        // The key: « Antalgiques (…, pas d'aspirine ni d'AINS) »: aspirin in a headache that may be a bleed earns nothing,
        // though the plan names two things of the key (the lumbar puncture, painkillers in general words).
        assertThat(plan("cephalee-fr", "fr", "PL, antalgiques, aspirine IV.").points()).isZero();
        // The same plan without the forbidden drug keeps its part.
        assertThat(plan("cephalee-fr", "fr", "PL, antalgiques.").points()).isEqualTo(1);
        // Saying it is not to be given is what the key wants, not a forbidden step.
        assertThat(plan("cephalee-fr", "fr", "PL, antalgiques mais pas d'aspirine.").points()).isEqualTo(1);
    }

    @Test
    void aStepForLaterOrOneSpanForTwoThingsIsNotPartOfThePlan() throws IOException {
        // A review of grader22: a return to hospital if he gets worse sends a meningococcal child home, not in.
        assertThat(plan("febrile-child-en", "en", "Bloods and bring him back to hospital if he gets worse.").points()).isZero();
        // « Signaler l'allergie » is one thing (the allergy written down), not also a declaration of the error.
        assertThat(plan("erreur-medicamenteuse-fr", "fr", "Signaler l'allergie.").points()).isZero();
        // A preventer inhaler is neither the reliever nor oral steroids.
        assertThat(plan("wheeze-child-en", "en", "Steroid inhaler.").points()).isZero();
    }
}
