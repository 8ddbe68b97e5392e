package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.scoring.GraderConductTest.points;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;

/**
 * Management told to the person (grader19, issue 13), on phrasings written here: an item that explains, announces,
 * proposes or arranges is earned by what the student tells, not by a question that asks the person for a fact; an offer
 * put as a question, or a plan told with a question at its end, still tells; and an item whose label says "sans
 * promesse" or "without false reassurance" is lost by an outcome promised that no one can know.
 */
class GraderManagement19Test {

    private static final Rubric TOLD = new Rubric("s", 1, List.of(
            new Rubric.Item("explication", "Explique au père la suite (hospitalisation, surveillance, oxygène)", "management", 1,
                    List.of("hospitalisation", "surveillance", "saturation", "oxygène")),
            new Rubric.Item("suite", "Propose un nouvel entretien avec le chef de service et l'information de la personne de confiance",
                    "management", 1, List.of("chef de service", "fille", "personne de confiance")),
            new Rubric.Item("next-steps", "Explains next steps (urgent specialist assessment, involving her mother with her agreement)",
                    "management", 1, List.of("specialist", "mum", "mother")),
            new Rubric.Item("rhesus", "Demande le groupe sanguin et le rhésus", "management", 1, List.of("groupe sanguin", "rhésus"))));

    @Test
    void aQuestionThatAsksForAFactExplainsNothing() {
        assertThat(points(TOLD, "fr", "explication", "Saturation ?")).isZero();
        assertThat(points(TOLD, "fr", "explication", "Il a déjà eu besoin d'oxygène ?")).isZero();
        assertThat(points(TOLD, "fr", "suite", "Votre fille, elle est au courant ?")).isZero();
        assertThat(points(TOLD, "en", "next-steps", "Is your mum outside?")).isZero();
        // Told, the same words earn it.
        assertThat(points(TOLD, "fr", "explication", "On va le garder à l'hôpital, sous surveillance, avec de l'oxygène.")).isEqualTo(1);
        assertThat(points(TOLD, "en", "next-steps", "I'd like a specialist team to see you today, and to tell your mum with you."))
                .isEqualTo(1);
    }

    @Test
    void anOfferOrAPlanToldWithAQuestionAtItsEndStillTells() {
        assertThat(points(TOLD, "fr", "suite", "Voulez-vous qu'on prévienne votre fille, votre personne de confiance ?")).isEqualTo(1);
        assertThat(points(TOLD, "fr", "suite", "Mon chef de service viendra vous voir cet après-midi, et je peux appeler votre fille :"
                + " vous avez d'autres questions ?")).isEqualTo(1);
        assertThat(points(TOLD, "en", "next-steps", "Would it be OK if a specialist saw you today and we told your mum together?"))
                .isEqualTo(1);
        // An item that asks is earned by asking.
        assertThat(points(TOLD, "fr", "rhesus", "Vous connaissez votre groupe sanguin et votre rhésus ?")).isEqualTo(1);
    }

    private static final Rubric HONEST = new Rubric("s", 1, List.of(
            new Rubric.Item("perspectives", "Donne des perspectives de traitement honnêtes (chirurgie, chimiothérapie selon le stade,"
                    + " stomie non systématique) sans promesse ni chiffre non fondé", "management", 2,
                    List.of("chirurgie", "opération", "chimiothérapie", "poche")),
            new Rubric.Item("plan", "Explains the plan without false reassurance", "management", 1, List.of("antibiotics", "admit"))));

    @Test
    void anOutcomePromisedWhereTheLabelForbidsItLosesTheItem() {
        assertThat(points(HONEST, "fr", "perspectives", "Le plus souvent on propose une opération, parfois une chimiothérapie.",
                "Oui, vous allez guérir, c'est sûr.")).isZero();
        assertThat(points(HONEST, "fr", "perspectives", "On va vous opérer, pas de poche, ne vous en faites pas.")).isZero();
        assertThat(points(HONEST, "fr", "perspectives", "Avec la chirurgie, on guérit à 90 %, tout ira bien.")).isZero();
        assertThat(points(HONEST, "en", "plan", "We'll admit him for antibiotics; he'll be absolutely fine.")).isZero();
        // Said honestly, or a promise refused, it stands.
        assertThat(points(HONEST, "fr", "perspectives", "Le plus souvent on propose une opération, parfois une chimiothérapie ;"
                + " une poche n'est pas systématique.", "Je ne peux pas vous promettre que vous allez guérir avant le scanner."))
                .isEqualTo(2);
        assertThat(points(HONEST, "en", "plan", "We'll admit him for antibiotics through a drip; I can't promise how fast he'll be"
                + " fine, but we'll watch him closely.")).isEqualTo(1);
    }

    private static final Rubric NEUTRAL = new Rubric("s", 1, List.of(
            new Rubric.Item("alcool", "Questionne la consommation d'alcool de façon neutre et sans jugement", "history", 1,
                    List.of("alcool", "vous buvez", "verres")),
            new Rubric.Item("alcohol", "Asks about alcohol", "history", 1, List.of("alcohol", "drink"))));

    @Test
    void aHopeThatStatesTheAnswerIsNoNeutralQuestion() {
        assertThat(points(NEUTRAL, "fr", "alcool", "Vous ne buvez pas trop, j'espère ?")).isZero();
        assertThat(points(NEUTRAL, "fr", "alcool", "Et l'alcool, vous buvez combien de verres par semaine ?")).isEqualTo(1);
        // A history item that does not ask for neutrality still takes the leading question (the examiners credit it).
        assertThat(points(NEUTRAL, "en", "alcohol", "You don't drink too much, I hope?")).isEqualTo(1);
    }
}
