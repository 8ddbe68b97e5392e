package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.scoring.GraderConductTest.points;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;

/**
 * The offline grader reads an examination step as done only when the student performs it, and a management step as
 * earned only when it is explained (grader16): a step named and forgone in the student's own words ("je ne le tente
 * pas", "I'm not testing the reflexes", "on oublie, ça ne sert à rien"), or its finding supposed ("je suppose que c'est
 * bon"), is not done; a plan, risk or consequence shrugged off ("aucune idée, on verra bien", "we'll do some tests and
 * see", "c'est la routine") is not explained. Each case failed before grader16; the controls pass before and after.
 */
class GraderExamination16Test {

    private static final Rubric EN = new Rubric("s", 1, List.of(
            new Rubric.Item("reflexes", "Tests the reflexes", "examination", 1, List.of("reflexes", "knee jerk")),
            new Rubric.Item("nodes", "Palpates the cervical lymph nodes", "examination", 1, List.of("lymph nodes", "neck glands")),
            new Rubric.Item("pivot", "Performs the pivot shift test", "examination", 1, List.of("pivot shift")),
            new Rubric.Item("pulses", "Feels the foot pulses", "examination", 1, List.of("pulses", "dorsalis pedis")),
            new Rubric.Item("tests", "Explains the investigations planned", "management", 1, List.of("blood tests", "scan")),
            new Rubric.Item("risks", "Explains the risks of the operation", "management", 1, List.of("risks", "complications"))));

    private static final Rubric FR = new Rubric("s", 1, List.of(
            new Rubric.Item("ressaut", "Recherche un ressaut rotatoire", "examination", 1, List.of("pivot shift", "ressaut")),
            new Rubric.Item("pouls", "Vérifie les pouls distaux", "examination", 1, List.of("pouls", "pouls pédieux")),
            new Rubric.Item("sequelles", "Explique les séquelles possibles", "management", 1, List.of("séquelles")),
            new Rubric.Item("bilan", "Explique le bilan d'extension", "management", 1, List.of("scanner", "bilan d'extension")),
            new Rubric.Item("risques", "Explique les risques de l'intervention", "management", 1, List.of("risques", "complications"))));

    @Test
    void aStepNamedAndForgoneInTheStudentsOwnWordsIsNotDone() {
        assertThat(points(FR, "fr", "ressaut", "Le pivot shift, je ne le tente pas, elle est trop algique.")).isZero();
        assertThat(points(FR, "fr", "pouls", "Les pouls pédieux, on ne les vérifie pas.")).isZero();
        assertThat(points(EN, "en", "reflexes", "Reflexes: we're not doing those, she's too sore.")).isZero();
        assertThat(points(EN, "en", "reflexes", "The knee jerk, I didn't check it.")).isZero();
        // Controls: the step performed, and a negated perception that reports a finding.
        assertThat(points(FR, "fr", "ressaut", "Je recherche un ressaut, le pivot shift.")).isEqualTo(1);
        assertThat(points(EN, "en", "nodes", "I'm feeling the neck glands now: I don't feel any lymph nodes.")).isEqualTo(1);
        assertThat(points(FR, "fr", "pouls", "Je palpe les pouls pédieux : je ne les sens pas à droite.")).isEqualTo(1);
    }

    @Test
    void aStepDismissedAsUselessOrItsFindingSupposedIsNotDone() {
        assertThat(points(FR, "fr", "ressaut", "Le pivot shift, on oublie, ça ne sert à rien en aigu.")).isZero();
        assertThat(points(EN, "en", "pivot", "Forget the pivot shift, it's pointless in an acute knee.")).isZero();
        assertThat(points(FR, "fr", "pouls", "Les pouls, je suppose que c'est bon.")).isZero();
        assertThat(points(EN, "en", "pulses", "The foot pulses, I assume they're fine.")).isZero();
        // Control: a finding the examiner gave, then interpreted.
        assertThat(points(EN, "en", "pulses", "I'm feeling the dorsalis pedis pulses on both feet.")).isEqualTo(1);
    }

    @Test
    void aPlanShruggedOffIsNotExplained() {
        assertThat(points(FR, "fr", "sequelles", "Les séquelles, aucune idée, on verra bien.")).isZero();
        assertThat(points(FR, "fr", "bilan", "On va faire un scanner, c'est la routine.")).isZero();
        assertThat(points(EN, "en", "tests", "We'll do some blood tests and see.")).isZero();
        assertThat(points(EN, "en", "tests", "We'll get a scan, it's just routine.")).isZero();
        // A reassurance in place of the risks.
        assertThat(points(FR, "fr", "risques", "Des complications, il peut toujours y en avoir, mais ne vous en faites pas.")).isZero();
        assertThat(points(EN, "en", "risks", "There are always some risks with an operation, it's no big deal.")).isZero();
        // Controls: the same plans explained.
        assertThat(points(FR, "fr", "bilan", "On va faire un scanner pour voir si la maladie s'est étendue ailleurs.")).isEqualTo(1);
        assertThat(points(EN, "en", "tests", "We'll do some blood tests to check your kidneys, and I'll ring you with the results tomorrow."))
                .isEqualTo(1);
        assertThat(points(EN, "en", "risks", "The main risks are bleeding and infection, about one in a hundred each.")).isEqualTo(1);
        assertThat(points(FR, "fr", "sequelles", "Les séquelles possibles sont rares, une fatigue quelques jours, et on vous revoit dans un mois pour le vérifier."))
                .isEqualTo(1);
    }
}
