package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.patient.Exchange;

/**
 * What an invented number or name tells (benign17): a count of people or things of daily life, a score, a size, a room,
 * a pet or a person named, teach nothing of the hidden truth and pass; a count of what the body takes in or shows, a
 * weight, a dose or a size in the body with a unit the script does not give it, and a drug's name after a verb of
 * giving, are withheld. Examples written for this test on the real stations (none from a blind set nor from the
 * benign corpora).
 */
class EverydayCountsTest {

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
        // counts of people and things of daily life
        "chest-pain-en | We planted forty-four tulips along the front wall last autumn.",
        "low-mood-en | I used to manage seventy pallets an hour on a good shift, me and the lads.",
        "cardiovascular-exam-en | The church sold sixty-two jars of my wife's chutney at the fete.",
        "cephalee-fr | On a organisé une sortie avec quarante-cinq enfants et six parents accompagnateurs.",
        "annonce-cancer-fr | Sur la résidence, on pose trente-quatre fenêtres cette semaine.",
        "medication-history-en | There are eleven great-nephews now, I've stopped counting.",
        "metrorragies-grossesse-fr | On est six au bureau, et la machine à café est toujours en panne.",
        // a score, a size, a room or plot
        "wheeze-child-en | His cousin's team beat them seven-three, he was furious.",
        "examen-genou-fr | On a gagné trente et un à vingt-huit samedi, un match de folie.",
        "missed-periods-en | My running spikes are a size four, they're nearly worn through.",
        "erreur-medicamenteuse-fr | Ma femme est venue en bus, elle est montée directement à la chambre 318.",
        // a pet or a person named
        "abdominal-pain-en | My flatmate's dog, Pickle, chewed my charger last night.",
        "breathlessness-en | We had a collie called Flash when the kids were small.",
        "chute-personne-agee-fr | Mon voisin, Monsieur Perrin, m'apporte le journal tous les matins.",
        "dyspnee-aigue-fr | Ma chienne s'appelle Praline, c'est ma voisine qui la garde.",
        "wheeze-child-en | His best friend is Harvey, they sit together at lunch."
    })
    void everydayNumbersAndNamesPass(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // counts of what the body takes in, lets out or shows: the illness told in numbers
        "cardiovascular-exam-en | I'm on seven pillows now or I can't get my breath at night.",
        "toux-nourrisson-fr | Il n'a pris que onze biberons en trois jours, lui qui en prenait six par jour.",
        "insomnie-fatigue-fr | Le soir je descends facilement onze bières devant la télé.",
        "febrile-child-en | He's got about twenty spots on his tummy now.",
        "abdominal-pain-en | They said it would be three small cuts and I'd be home in a day.",
        "missed-periods-en | I only have seven meals a week, and no snacks.",
        // a weight, a dose or a size in the body with a unit the script does not give that number
        "low-mood-en | I've put on eleven kilos since I lost my job.",
        "chest-pain-en | I take seventy-five milligrams of the aspirin every morning.",
        "consentement-chirurgie-fr | Le plus gros calcul fait onze millimètres, d'après l'échographie.",
        // "lost" is no game: a weight or a pressure that drops
        "chute-personne-agee-fr | Quand je me lève, ma tension perd quarante d'un coup.",
        // a drug given or taken is no place
        "febrile-child-en | My mum wanted to give him some of the Nurofen, I said no.",
        "toux-nourrisson-fr | Ma sœur m'a dit de lui donner du Rhinathiol pour la toux.",
        // a disease after a word of naming is no one's name
        "low-mood-en | My friend has a thing called Addison's, he says it's like mine."
    })
    void clinicalNumbersAndNamesStayWithheld(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isPresent();
    }
}
