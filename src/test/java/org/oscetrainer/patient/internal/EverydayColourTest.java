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
 * Colour (benign19): a name or a number the script does not hold, with no cue of place, person or everyday anchor, is
 * withheld only when a reader could take a clinical fact from it. A name said with an article or a possessive passes in
 * a sentence of daily life of five words or more that says nothing of the body or of care, likens no one and gives or
 * takes nothing ({@link NameContext}); a whole number said with its unit of a stretch of a life (years, months, hours,
 * minutes) passes in such a sentence of six words or more that says nothing of the illness's course or the body's routines,
 * counts no days, weeks or nights, is no age, in a reply with no code, nothing of the exam seen from outside and at most
 * two such numbers ({@link EverydayNumbers}, {@link InventedFactCheck}). Examples written for this test from general
 * knowledge, on the real stations, never from a blind set nor copied from a corpus.
 */
class EverydayColourTest {

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
        "chest-pain-en | We get our fish and chips from Crispins on a Friday, the whole street goes there.",
        "chest-pain-en | My son bought me a Barbour jacket last winter, I wear it every day to work.",
        "breathlessness-en | I spent thirty-five years fixing gearboxes and brakes, and I still miss the lads.",
        "breathlessness-en | Jean and I used to go dancing at the Locarno every Saturday night when we were courting.",
        "douleur-lombaire-fr | Mon fils a eu son permis du premier coup, il conduit la Megane de sa mère.",
        "douleur-lombaire-fr | J'ai mis quarante minutes pour venir ce matin, c'était bouché partout sur le périphérique.",
        "cephalee-fr | Ma fille a eu une Clio pour ses dix-huit ans, elle va partout avec.",
    })
    void aNameOrANumberInASentenceThatSaysNothingClinicalIsColour(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a drug given or taken, a likening, a name said nearly alone, a name in a sentence of the body
        "chest-pain-en | I've been taking Zantrex every morning for the last while, the wife swears by it.",
        "douleur-lombaire-fr | Ma mère m'a donné du Spasfon hier soir quand je suis rentré du travail.",
        "chest-pain-en | It's just like what happened to Marcus Pellow on the telly, you know.",
        "chest-pain-en | Think Pellow, doctor.",
        "chest-pain-en | My chest has felt like Blackpool pier in a storm since the van this morning.",
        // the illness's time, the body's routines, an age, more numbers than colour allows, the exam from outside
        "chest-pain-en | I've not been right for eleven days now, since the van broke down on the ring road.",
        "chest-pain-en | It started thirty-five minutes after I finished loading the van at the depot.",
        "chest-pain-en | I've only slept thirteen hours in the last five nights with the early starts at the depot.",
        "chest-pain-en | To be honest with you, doctor, I'm sixty-three, whatever the papers in front of you say.",
        "chest-pain-en | Write this down for the van: thirteen, fifteen and nineteen, then seven, that's all of it.",
        "chest-pain-en | Every candidate today has asked me that, twenty-three of them through this room since nine.",
    })
    void aNameOrANumberAReaderCouldTakeAsClinicalIsStillWithheld(String station, String reply) throws Exception {
        assertThat(check(station, reply)).as(reply).isPresent();
    }
}
