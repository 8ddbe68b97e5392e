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
 * The offline grader reads what the student did, not only what they named (grader11): an examination said in the
 * conditional or declined is not done, a label's "without blaming" or "without discouraging" is checked on the whole
 * encounter, and a promise ("I won't tell your mum") is not a question declined.
 */
class GraderConductTest {

    private static final Rubric EN = new Rubric("s", 1, List.of(
            new Rubric.Item("inspection", "General inspection from the end of the bed", "examination", 1,
                    List.of("inspection", "end of the bed")),
            new Rubric.Item("abdomen", "Examines the abdomen", "examination", 1, List.of("abdomen", "tummy")),
            new Rubric.Item("confidentiality", "Explains confidentiality and its limits", "professionalism", 2,
                    List.of("confidential", "unless")),
            new Rubric.Item("complaint", "Explains how to complain without discouraging", "professionalism", 1,
                    List.of("complaint", "PALS"))));

    private static final Rubric FR = new Rubric("s", 1, List.of(
            new Rubric.Item("epanchement", "Recherche un épanchement (choc rotulien)", "examination", 1,
                    List.of("choc rotulien", "épanchement")),
            new Rubric.Item("marche", "Évalue la marche et l'appui", "examination", 1, List.of("marche", "quelques pas")),
            new Rubric.Item("causes", "Explique les causes sans accuser un collègue", "professionalism", 1,
                    List.of("comment c'est arrivé", "analyse")),
            new Rubric.Item("reclamation", "Indique les voies de réclamation sans chercher à la dissuader", "professionalism", 1,
                    List.of("réclamation", "direction"))));

    /** The points {@link ChecklistScorer} gives {@code item} for these student turns (one per turn, in order). */
    static int points(Rubric rubric, String language, String item, String... turns) {
        List<TranscriptTurn> transcript = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            transcript.add(new TranscriptTurn(100 + i, i + 1, Speaker.STUDENT, turns[i], null, Instant.EPOCH));
        }
        return new ChecklistScorer().score(rubric, language, transcript).stream().filter(s -> s.itemId().equals(item))
                .findFirst().orElseThrow().points();
    }

    @Test
    void anExaminationSaidInTheConditionalIsNamedNotDone() {
        assertThat(points(EN, "en", "inspection", "At this point I would normally do this: a general inspection from the end of the bed."))
                .isZero();
        assertThat(points(FR, "fr", "marche", "Je regarderais la marche et l'appui.")).isZero();
        assertThat(points(FR, "fr", "epanchement", "Normalement, à ce stade, je ferais ceci : choc rotulien. Mais passons.")).isZero();
        assertThat(points(EN, "en", "inspection", "First a general inspection from the end of the bed.")).isEqualTo(1);
        assertThat(points(EN, "en", "abdomen", "I'd like to examine your tummy, is that OK?", "I'm pressing on your tummy now."))
                .isEqualTo(1);
        assertThat(points(FR, "fr", "epanchement", "Je recherche un choc rotulien.")).isEqualTo(1);
    }

    @Test
    void anExaminationTheStudentSaysTheyWillNotDoIsNotDoneWhateverElseMatches() {
        assertThat(points(FR, "fr", "marche", "Ça, je ne vais pas le faire aujourd'hui, on manque un peu de temps : marche.",
                "Ensuite : la marche sur la pointe, en décrivant l'appui.")).isZero();
        assertThat(points(EN, "en", "abdomen", "I won't examine your tummy today.", "Any pain in your tummy?")).isZero();
        assertThat(points(FR, "fr", "epanchement", "Normalement, je ferais ceci : choc rotulien. Mais passons.",
                "Je regarde s'il y a un épanchement… pardon, je passe au Lachman.")).isEqualTo(1);
        assertThat(points(FR, "fr", "marche", "Faites quelques pas pour moi.")).isEqualTo(1);
        assertThat(points(EN, "en", "abdomen", "Don't worry, I'll be gentle.", "I'm feeling your tummy now.")).isEqualTo(1);
    }

    @Test
    void whatTheLabelForbidsAnywhereLosesTheItem() {
        assertThat(points(FR, "fr", "causes", "On cherche à comprendre comment c'est arrivé.",
                "C'est l'infirmière des urgences qui aurait dû la reporter.")).isZero();
        assertThat(points(FR, "fr", "causes", "On cherche à comprendre comment c'est arrivé, une analyse est en cours.")).isEqualTo(1);
        assertThat(points(FR, "fr", "reclamation",
                "Si vous voulez vous plaindre, il faut écrire à la direction, mais franchement ça ne changera rien pour ce soir."))
                .isZero();
        assertThat(points(FR, "fr", "reclamation", "Vous pouvez écrire à la direction ou faire une réclamation.")).isEqualTo(1);
        assertThat(points(EN, "en", "complaint", "You can make a complaint through PALS, but honestly it won't change anything."))
                .isZero();
        assertThat(points(EN, "en", "complaint", "You can make a complaint through PALS.")).isEqualTo(1);
    }

    @Test
    void aPromiseIsNotAQuestionDeclined() {
        assertThat(points(EN, "en", "confidentiality",
                "Just so you know, anything you say in here is completely confidential, I won't tell your mum anything."))
                .isEqualTo(1);
        assertThat(points(EN, "en", "confidentiality", "I won't ask about confidential things today.")).isZero();
    }

    private static int points(String station, String item, String... turns) throws java.io.IOException {
        return points(BlindGraderInterviewsTest.rubric(station), station.endsWith("-fr") ? "fr" : "en", item, turns);
    }

    @Test
    void anItemWhoseLabelNamesSeveralActsWantsEachOfThem() throws java.io.IOException {
        // A regret is not an apology on behalf of the team: half the item.
        assertThat(points("erreur-medicamenteuse-fr", "excuses", "Je suis désolé que ça vous soit arrivé.")).isEqualTo(1);
        assertThat(points("erreur-medicamenteuse-fr", "excuses",
                "Je suis désolé. Au nom de l'équipe, je vous présente nos excuses.")).isEqualTo(2);
        assertThat(points("famille-en-colere-fr", "ce-qu-elle-sait", "Qu'est-ce qu'on vous a dit ?")).isZero();
        assertThat(points("famille-en-colere-fr", "ce-qu-elle-sait", "Qu'est-ce qu'on vous a dit ?",
                "Vous êtes bien sa personne de confiance ?")).isEqualTo(1);
        assertThat(points("cardiovascular-exam-en", "introduction-consent", "Hi, I'm Sam Ray, a medical student. Is it OK if I"
                + " examine your heart today?")).isZero();
        assertThat(points("cardiovascular-exam-en", "introduction-consent", "Hi, I'm Sam Ray, a medical student. Is it OK if I"
                + " examine your heart today? Would you like a chaperone?")).isEqualTo(1);
        assertThat(points("wheeze-child-en", "introduces-self", "Hi, I'm Liam, one of the medical students. Are you his mum?"))
                .isZero();
        assertThat(points("wheeze-child-en", "introduces-self", "Hi, I'm Liam, one of the medical students. Are you his mum?",
                "And hello Leo, what's your dinosaur called?")).isEqualTo(1);
    }
}
