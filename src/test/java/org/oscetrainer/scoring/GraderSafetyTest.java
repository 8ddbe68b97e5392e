package org.oscetrainer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.scoring.GraderConductTest.points;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * The offline grader reads what a plan and a manner mean (grader13): a note's plan that sends home a
 * patient whom the station's key admits or treats now is unsafe and earns nothing; an explanation (a management item)
 * that covers two things and half of what its label lists is done; a colleague named as the one who failed is blame; a
 * choice offered ("would you rather…?") checks a preference.
 */
class GraderSafetyTest {

    private static final String PLAN = "What is your immediate management?";
    private static final List<String> ADMIT = List.of(
            "Call for senior help and activate the primary PCI pathway (cath lab) for reperfusion",
            "Aspirin 300 mg loading dose and a second antiplatelet; continuous cardiac monitoring");
    private static final List<String> HOME = List.of("Antalgie par AINS, scanner faible dose",
            "Retour à domicile avec tamisage des urines et consignes de reconsultation");

    private static int plan(List<String> key, List<String> hints, String language, String note) {
        Rubric rubric = new Rubric("s", 1, List.of(), List.of(new Rubric.NoteItem("plan", PLAN, 2, key, hints)));
        return new NoteScorer().score(rubric, language, List.of(new NoteAnswer("plan", PLAN, note, Instant.EPOCH))).get(0).points();
    }

    @Test
    void aPlanThatSendsHomeAPatientTheKeyAdmitsEarnsNothing() {
        List<String> hints = List.of("aspirin", "cath lab", "monitoring", "antiplatelet");
        assertThat(plan(ADMIT, hints, "en", "Plan: serial trops, aspirin, GTN, admit CCU, d/c if trops neg.")).isZero();
        assertThat(plan(ADMIT, hints, "en", "Aspirin, monitoring, home if it settles.")).isZero();
        assertThat(plan(ADMIT, hints, "en", "Aspirin, cardiac monitoring, discharge with GP follow-up.")).isZero();
        // The same elements without the disposition, or with the disposition denied, keep their points.
        assertThat(plan(ADMIT, hints, "en", "Aspirin, cath lab now, cardiac monitoring.")).isEqualTo(2);
        assertThat(plan(ADMIT, hints, "en", "Aspirin, cath lab now, monitoring. Do not send him home.")).isEqualTo(2);
        assertThat(plan(ADMIT, hints, "en", "Aspirin, cath lab, monitoring; consent and discharge summary later.")).isEqualTo(2);
    }

    @Test
    void goingHomeIsNoErrorWhereTheKeySendsThePatientHome() {
        List<String> hints = List.of("AINS", "scanner", "tamisage", "consignes");
        assertThat(plan(HOME, hints, "fr", "AINS, scanner faible dose, retour à domicile avec tamisage des urines.")).isEqualTo(2);
    }

    private static final Rubric EXPLAINED = new Rubric("s", 1, List.of(
            new Rubric.Item("consequences", "Explique les conséquences, le traitement reçu, l'absence de séquelle attendue et la "
                    + "poursuite du traitement de la pneumonie", "management", 1,
                    List.of("séquelles", "conséquences", "traitement reçu", "nouvel antibiotique", "pneumonie")),
            new Rubric.Item("bilan", "Explique le scanner d'extension et le dosage de l'ACE", "management", 1,
                    List.of("scanner", "ACE"))));

    @Test
    void anExplanationOfTwoThingsAndHalfWhatTheLabelListsIsDone() {
        assertThat(points(EXPLAINED, "fr", "consequences", "Vous avez reçu un traitement contre l'allergie.",
                "Votre pneumonie continue d'être traitée par un autre antibiotique.")).isEqualTo(1);
        // One thing of four is still only part of it; of two things, both are wanted.
        assertThat(points(EXPLAINED, "fr", "consequences", "Votre pneumonie continue d'être traitée par un autre antibiotique.")).isZero();
        assertThat(points(EXPLAINED, "fr", "bilan", "On va faire un scanner pour voir si c'est ailleurs.")).isZero();
    }

    private static final Rubric CONDUCT = new Rubric("s", 1, List.of(
            new Rubric.Item("causes", "Explique ce que l'on sait des causes sans accuser un collègue ni spéculer",
                    "professionalism", 1, List.of("comment c'est arrivé", "analyse", "logiciel")),
            new Rubric.Item("interpreter", "Uses the professional interpreter rather than the husband, and checks the patient's "
                    + "preference", "professionalism", 1, List.of("husband", "prefer the interpreter", "professional interpreter"))));

    @Test
    void aColleagueNamedAsTheOneWhoFailedIsBlame() {
        assertThat(points(CONDUCT, "fr", "causes", "Une analyse est en cours.", "C'est l'infirmière de nuit qui n'a pas vérifié."))
                .isZero();
        assertThat(points(CONDUCT, "fr", "causes", "Une analyse est en cours.", "L'interne de garde n'a pas vu l'allergie.")).isZero();
        assertThat(points(CONDUCT, "fr", "causes", "Une analyse est en cours pour comprendre comment c'est arrivé.")).isEqualTo(1);
    }

    @Test
    void aChoiceOfferedChecksThePreference() {
        assertThat(points(CONDUCT, "en", "interpreter", "Mrs Popescu, would you rather use the interpreter than your husband today?"))
                .isEqualTo(1);
        assertThat(points(CONDUCT, "en", "interpreter", "Your husband is outside. Would you like him here, or would you rather "
                + "speak with the interpreter?")).isEqualTo(1);
        assertThat(points(CONDUCT, "en", "interpreter", "Your husband can translate for us.")).isZero();
    }
}
