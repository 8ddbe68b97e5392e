package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * A word of the hidden truth in its everyday sense teaches nothing ({@link EverydaySenses}), the same word about the
 * body still does; number words read as the station's language reads them
 * ({@link InventedFactCheck}). Examples written for this test, on the real stations, never from a blind set.
 */
class EverydaySensesTest {

    private static Optional<Violation> check(String station, String reply) throws Exception {
        String name = station + ".yaml";
        String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
        String question = "fr".equals(scenario.language()) ? "Parlez-moi un peu de vous." : "Tell me a bit about yourself.";
        return Guardrails.forQuestion(scenario, hidden, List.of(new Exchange(Exchange.Speaker.PATIENT,
                scenario.patient().openingLine())), question).check(reply);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "confusion-elderly-en | Getting the last seat on the bus was a real stroke of luck, I can tell you.",
        "confusion-elderly-en | She loves to stroke the neighbour's dog over the fence.",
        "examen-genou-fr | Ma grand-mère fait des mots croisés tous les soirs avec son café.",
        "examen-genou-fr | L'entraîneuse nous regardait les bras croisés, sans un mot.",
        "chest-pain-en | The motorway was blocked for an hour behind a broken-down lorry.",
        "famille-en-colere-fr | Il a travaillé à la boulangerie pendant des années, tous les jours de la semaine.",
        "douleur-lombaire-fr | Mon fils a eu une bonne note en calcul mental, il était tout fier.",
        "douleur-lombaire-fr | Au boulot, une courroie a subi une torsion et toute la ligne s'est arrêtée.",
        "low-mood-en | My old man always said a narrow escape is still an escape.",
        "cardiovascular-exam-en | I had to pump up the bike tyre twice this week, the valve must be going.",
        "insomnie-fatigue-fr | Ma fille est devenue complètement dépendante de son portable, ça m'inquiète un peu.",
        "consentement-chirurgie-fr | Avec mes élèves, on révise les tables et le calcul avant les vacances.",
    })
    void anEverydaySensePasses(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "confusion-elderly-en | I wonder whether Mum had a stroke in the night.",
        "examen-genou-fr | Je pense que ce sont les croisés, comme ma coéquipière.",
        "low-mood-en | I'm in my own depression now, and not the economic kind.",
        "chest-pain-en | One of the pipes to my heart is blocked, like the motorway this morning.",
        "douleur-lombaire-fr | C'est sûrement un calcul coincé quelque part, comme mon père.",
        "douleur-lombaire-fr | Un caillou dans la chaussure, non : un caillou dans le rein, voilà ce que c'est.",
    })
    void theSameWordAboutTheBodyIsStillWithheld(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isPresent();
    }

    @Test
    void numberWordsAreReadInTheStationsLanguage() throws Exception {
        assertThat(InventedFactCheck.numbers("il a quatre-vingt-six ans")).containsExactly("86");
        assertThat(InventedFactCheck.numbers("soixante-dix")).containsExactly("70");
        assertThat(check("famille-en-colere-fr", "Mon père a quatre-vingt-six ans, il a toujours eu bon pied bon œil."))
                .isEmpty();
        assertThat(check("famille-en-colere-fr", "Le four de sa boulangerie chauffait toute la rue en hiver.")).isEmpty();
    }

    /**
     * "one", « un(e) » and « neuf » are no number words on their own (pronouns, articles, "new"), but right after a
     * round ten they are the number's unit: a patient saying their own age in words was withheld as an invented number
     * (the hand-written corpus patient-asides: "I'm Chloe Bennett, I'm thirty-one." read as 30).
     */
    @Test
    void aUnitAfterATenIsPartOfTheNumber() throws Exception {
        assertThat(InventedFactCheck.numbers("I'm thirty-one")).containsExactly("31");
        assertThat(InventedFactCheck.numbers("twenty one of them")).containsExactly("21");
        assertThat(InventedFactCheck.numbers("a hundred and one")).containsExactly("101");
        assertThat(InventedFactCheck.numbers("Sarah Benali, vingt-neuf ans.")).containsExactly("29");
        assertThat(InventedFactCheck.numbers("soixante et un ans")).containsExactly("61");
        assertThat(InventedFactCheck.numbers("trente et une personnes")).containsExactly("31");
        assertThat(InventedFactCheck.numbers("quatre-vingt-un ans")).containsExactly("81");
        assertThat(InventedFactCheck.numbers("trente-sept virgule neuf")).containsExactly("37.9");
        assertThat(InventedFactCheck.numbers("one of them had a new coat")).isEmpty();
        assertThat(InventedFactCheck.numbers("un chat tout neuf")).isEmpty();
    }
}
