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
 * benign21: a name said bare and alone (a town, a shop, a programme, a team, an app, someone phoned) in a sentence of
 * daily life teaches nothing clinical, by its role: a place after its preposition, a thing after an article, the object
 * of a verb of reading, watching, following, phoning or shopping; and a sentence cut by a patient's ellipsis ("till our
 * daughter... gets back from Bradford") is one sentence. The same name is still withheld when its sentence says what a
 * reader would learn a condition from: had or got ("my nan had Addison"), named ("it's Kawasaki", « c'est Addison »),
 * likened ("the same as Hawking"), given or taken, said with the body or care, in another language, or opening its clause
 * with no one to introduce it. Lines written for this test from general knowledge, on the real stations.
 */
class BareNamesInDailyLifeTest {

    private static Optional<Violation> check(String station, String reply) throws Exception {
        String source = Files.readString(Path.of("scenarios", station + ".yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(station + ".yaml", source).orElseThrow();
        List<String> conversation = List.of(scenario.patient().openingLine(), "Tell me a bit about yourself.");
        return new ScriptSupportCheck(ScriptSupportCheck.Station.of(scenario), conversation).check(new ReplyText(reply));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "breathlessness-en | My sister's sitting with her... till our grandson... gets back from Huddersfield.",
        "low-mood-en | I used to drive over to Blackpool with the kids on a Sunday, fish and chips on the front.",
        "chest-pain-en | My grandson plays rugby at Castleford on a Saturday, I'm meant to be watching him this weekend.",
        "abdominal-pain-en | I'm usually on the Overground by eight for work, so being here on a Monday is strange.",
        "confusion-elderly-en | She watches Pointless every afternoon with her tea and a biscuit.",
        "wheeze-child-en | His nan lives near Hull, we go up and see her every other weekend.",
        "insomnie-fatigue-fr | Cette semaine je suis allé voir des clients vers Saumur, je rentre tard tous les soirs.",
        "douleur-lombaire-fr | Ma femme est coincée chez Boulanger avec les enfants, elle arrive dès qu'elle peut.",
        "cephalee-fr | Ma fille regarde Bluey tous les matins avant l'école, avec son petit frère.",
        "dyspnee-aigue-fr | Je travaille pour un client de Rennes, j'ai une présentation là-bas vendredi.",
    })
    void aBareNameInASentenceOfDailyLifePasses(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // had, got or named: an illness, whatever the sentence's everyday words
        "low-mood-en | My nan had Addison, she lived with us in the flat for years after that.",
        "chest-pain-en | I reckon I've got Kawasaki, I read about it at work in the paper.",
        "insomnie-fatigue-fr | C'est Wernicke, je l'ai lu dans le journal au travail l'autre jour.",
        // likened, or taken
        "confusion-elderly-en | She's going the same as Hawking, she watches the telly all day now.",
        "low-mood-en | I've been taking Prozalin from the shop, my mate at work sells it.",
        // bought or ordered: a thing bought may be a medicine (the review of benign21, session 39)
        "medication-history-en | I bought Nurofen at the shop on my way to work this morning.",
        "low-mood-en | My wife bought Antabuse online from a shop her friend at work uses.",
        // with the body or care, or opening its clause with no one to introduce it
        "breathlessness-en | The nurse at work said Graves, because my neck is swollen and I go to the gym.",
        "wheeze-child-en | My shift here ends at four, then Donna does the mum for the last lot.",
        // in another language: no everyday reading
        "febrile-child-en | Ní èdè Yorùbá: àwọn ọ̀rẹ́ mi ní ibi iṣẹ́ sọ pé ó jẹ́ àrùn.",
    })
    void theSameNameIsWithheldWhenItsSentenceTellsACondition(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isPresent();
    }
}
