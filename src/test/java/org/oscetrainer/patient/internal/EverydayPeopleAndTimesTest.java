package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * benign20: what a reader learns from a first name, a time of day and a stretch of time. Someone of the patient's life
 * named ("my boss is called Mick", « un lapin nain qui s'appelle Caramel », "his teacher's Mrs Ahmed", "our son, Julien,
 * …"), an hour ("a bacon roll at six this morning", "seven till eight") and a school year or a tram line (« en CM1 »,
 * « le tram T1 ») teach nothing clinical; a stretch told of a state that comes back or goes on ("been like that eight
 * months now", "on and off for two years", « comme ça depuis onze mois ») is the illness's own time, an invented
 * clinical fact whatever its unit. Lines written for this test from general knowledge, on the real stations.
 */
class EverydayPeopleAndTimesTest {

    private static Optional<Violation> check(String station, String reply) throws Exception {
        String source = Files.readString(Path.of("scenarios", station + ".yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(station + ".yaml", source).orElseThrow();
        List<String> conversation = List.of(scenario.patient().openingLine(), "Tell me a bit about yourself.");
        Optional<Violation> v = new ScriptSupportCheck(ScriptSupportCheck.Station.of(scenario), conversation).check(
                new ReplyText(reply));
        return v.isPresent() ? v : new InventedFactCheck(scenario, conversation).check(new ReplyText(reply));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // someone or a pet of the patient's life, named
        "chest-pain-en | My supervisor is called Trevor, he'll be wondering where the van's got to.",
        "low-mood-en | My neighbour's little girl was called Maisie, she used to wave at me from the window.",
        "breathlessness-en | We had a whippet called Bess for years, she slept on my feet every night.",
        "chute-personne-agee-fr | Ma voisine s'appelait Germaine, on prenait le café ensemble le jeudi.",
        "douleur-lombaire-fr | On a une tortue qui s'appelle Speedy, c'est ma fille qui l'a baptisée.",
        "insomnie-fatigue-fr | Mon fils aîné, Baptiste, passe son code cette année.",
        "febrile-child-en | His cousin's teacher is Mr Hollis, he runs the nursery football on Saturdays.",
        "wheeze-child-en | We've got a hamster, Nibbles, he keeps us all awake at night on his wheel.",
        // a time of day, a school year, a tram line, a stretch of a life
        "abdominal-pain-en | I had a slice of toast at seven this morning before I got the bus into work.",
        "low-mood-en | The food bank on the high street is open ten till twelve on a Saturday.",
        "cephalee-fr | Ma fille est en CM2 cette année, dans la classe de la directrice.",
        "dyspnee-aigue-fr | Je prends le tram T2 tous les matins pour aller à l'agence, c'est direct.",
        "chest-pain-en | The depot's twenty minutes from our house if the ring road's clear, it's easy.",
    })
    void someoneOfTheirLifeAnHourOrALifesStretchPasses(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a stretch of time told of a state that comes back or goes on: the illness's time, invented
        "chest-pain-en | I've been like that eight months now, since before Christmas at the depot.",
        "chest-pain-en | I've been like that eleven months now, since before Christmas at the depot.",
        "low-mood-en | I've felt that way on and off for three years, even back when we lived on the estate.",
        "insomnie-fatigue-fr | Je suis comme ça depuis onze mois, depuis qu'on a changé de directeur régional.",
        "breathlessness-en | I've had them for two years really, every winter once the clocks go back.",
        // a name that names no one of the patient's life
        "chest-pain-en | My brother had the same thing, Pellow, the one the paramedic mentioned.",
        "chest-pain-en | Think Pellow, doctor.",
    })
    void theIllnesssTimeOrANameOfNoOneIsWithheld(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isPresent();
    }

    /**
     * benign20b (review of benign20): an hour in a clause about the illness's course is its timeline; a stretch of a state
     * that goes on ("it's been going on", « ça traîne », « ça fait … que ça … ») is the illness's; an illness noun between a
     * relation and a naming word names an illness, never a person; ages set before a name after a comma name children
     * only when the clause speaks of children.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "headache-pregnancy-en | It started at six this morning, out of nowhere.",
        "abdominal-pain-en | It came on at three when I was watching telly.",
        "examen-genou-fr | Ça m'a pris vers six heures, d'un coup, en descendant l'escalier.",
        "headache-pregnancy-en | Honestly, it's been going on about eight months now, give or take.",
        "cephalee-fr | Ça fait à peu près huit mois que ça traîne, je dirais.",
        "headache-pregnancy-en | My mum's illness was called Addison.",
        "headache-pregnancy-en | My son's thing is Kawasaki.",
        "toux-nourrisson-fr | Mon père en est mort à 60 ans, Hodgkin.",
        "toux-nourrisson-fr | Mon frère en est mort à 60 ans, Hodgkin.",
        "low-mood-en | My dad got it at sixty, Addison.",
    })
    void theReviewsInventedFactsAreWithheld(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "headache-pregnancy-en | The heating comes on at six every morning, it's on a timer in the hall.",
        "headache-pregnancy-en | My shift started at seven this morning, same as every Tuesday at the warehouse.",
        "headache-pregnancy-en | We've been going on holiday to Filey for thirty years, same caravan park every summer.",
        "cephalee-fr | Ça fait vingt ans que je travaille à la mairie, au service des cartes grises.",
        "headache-pregnancy-en | My son's best mate is called Kian, they're always on that games console.",
        "cephalee-fr | Mes enfants ont six et neuf ans, Inès et Yanis.",
        "headache-pregnancy-en | Our kids are seven and ten, Ava and Noah, and they fight like cat and dog.",
    })
    void theirEverydayCounterpartsPass(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isEmpty();
    }
}
