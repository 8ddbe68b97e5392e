package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * The patient says only what its script supports: clinical content the script and the student's question do not
 * hold is withheld, an in-character paraphrase of the script passes. Examples written for this test from general
 * knowledge (never from a blind set), in English and French.
 */
class ScriptSupportCheckTest {

    private static ScriptSupportCheck check(String station, String question) throws Exception {
        String source = Files.readString(Path.of("scenarios", station + ".yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(station + ".yaml", source).orElseThrow();
        return new ScriptSupportCheck(ScriptSupportCheck.Station.of(scenario), List.of(scenario.patient().openingLine(),
                question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | It feels like one of the pipes to my heart has clogged up, like a blocked drain.",
        "chest-pain-en | They'll want to thin my blood and open the artery with a little balloon, won't they?",
        "chest-pain-en | Will I need to see a cardiologist today?",
        "chest-pain-en | Same thing that got Tim Russert, I reckon.",
        "chest-pain-en | My ❤️ feels like it's being squeezed by a 🐍.",
        "dyspnee-aigue-fr | J'ai l'impression qu'un bouchon est parti de ma jambe et s'est coincé dans mes poumons.",
        "dyspnee-aigue-fr | On va sûrement me mettre sous anticoagulants, non ?",
        "dyspnee-aigue-fr | Il me faut un angioscanner, c'est ça ?",
        "cephalee-fr | J'ai l'impression qu'un vaisseau a pété dans ma tête.",
        "cephalee-fr | Il faudra sûrement une ponction lombaire, comme ma mère.",
        "cephalee-fr | Un neurochirurgien va venir me voir ?",
        "low-mood-en | It's the black dog again, doctor, every single morning.",
        "low-mood-en | Maybe I should be seeing a psychiatrist, not you.",
        "examen-genou-fr | Je crois que je me suis déchiré un ligament à l'intérieur.",
        "examen-genou-fr | Il paraît qu'on revient au sport neuf mois après l'opération.",
        "annonce-cancer-fr | Vous allez me parler du crabe, c'est ça ?",
        "breathlessness-en | My pump's gone weak and the water's backing up into my lungs.",
        "abdominal-pain-en | Guess what I've got: it's small, it's on the right, and nobody needs it."})
    void clinicalContentTheScriptDoesNotHoldIsWithheld(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).isPresent()
                .get().extracting(Violation::rule).isEqualTo(ScriptSupportCheck.RULE);
    }

    /**
     * What a reply points at without naming it: a relative's illness the script does not liken the patient's to, a
     * condition told by a stand-in name, a guess whose words the script does not hold (examples written for this test).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | I reckon it's the same thing my uncle had last winter.",
        "chest-pain-en | Just like my neighbour, he went the same way.",
        "dyspnee-aigue-fr | C'est pareil que ma cousine, j'en suis sûre.",
        "low-mood-en | It's probably the sugar problem again, isn't it?",
        "low-mood-en | Maybe it's a touch of the winter thing.",
        "cephalee-fr | C'est peut-être un souci vasculaire, non ?",
        "cephalee-fr | Ce serait une maladie des nerfs ?",
        "abdominal-pain-en | Could it be a grumbling tube thing down there?",
        "examen-genou-fr | Vous pensez à une usure du cartilage ?"})
    void anAllusionTheScriptDoesNotSupportIsWithheld(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).as(reply).isPresent()
                .get().extracting(Violation::rule).isEqualTo(ScriptSupportCheck.RULE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | My wife is worried sick, she made me come in.",
        "chest-pain-en | It's the same pain as an hour ago, maybe a bit worse.",
        "low-mood-en | Is it my fault, doctor? Is this just how I am now?",
        "low-mood-en | I've had trouble sleeping for weeks.",
        "cephalee-fr | C'est la première fois que j'ai aussi mal, docteur.",
        "dyspnee-aigue-fr | Est-ce que c'est grave ? J'ai un peu peur.",
        "examen-genou-fr | Mon genou a gonflé, c'est le même qu'avant l'accident ? Non, pire."})
    void everydayWordsOfLikenessAndGuessesPass(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | Is it my heart, doctor? It's like a weight sitting on my chest.",
        "chest-pain-en | Please just tell me I'll be okay, Doctor.",
        "dyspnee-aigue-fr | J'ai du mal à respirer depuis ce matin, docteur.",
        "cephalee-fr | J'ai eu mal à la tête d'un coup, comme jamais.",
        "low-mood-en | I've not been myself for a while, I just feel flat.",
        "examen-genou-fr | Mon genou a gonflé tout de suite après la réception.",
        "abdominal-pain-en | It started around my belly button and then moved down to the right."})
    void aParaphraseOfTheScriptPasses(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | Have you ever seen a cardiologist? | No, I've never seen a cardiologist.",
        "dyspnee-aigue-fr | Vous prenez des anticoagulants ? | Non, pas d'anticoagulants."})
    void whatTheStudentAskedMayBeSaidBack(String station, String question, String reply) throws Exception {
        assertThat(check(station, question).check(reply)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abdominal-pain-en | I've felt so tired. Heart and lungs have always been fine, they told me.",
        "chest-pain-en | My wife is worn out. Liver, kidneys, all fine at my last check-up.",
        "low-mood-en | I'm tired all the time... Blood tests came back normal, the GP said.",
        "dyspnee-aigue-fr | Je suis fatiguée. Le coeur, on ne m'en a jamais parlé."})
    void anOrganAndAHarmInTwoSentencesAreNoPair(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | (through the interpreter) Yes, it came on while I was walking. Since then it hasn't stopped.",
        "chest-pain-en | \"It'll pass,\" I told myself. \"Just wait.\" Then it got worse.",
        "chest-pain-en | I don't know... Maybe an hour ago. (sighs) Really, I can't say.",
        "chest-pain-en | It came on walking (about an hour ago.) Then it got worse."})
    void aSentenceStartAfterAnAsideAQuoteOrAnEllipsisIsNoName(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | My heart... it's failing, isn't it?",
        "chest-pain-en | (through the interpreter) She says the pipes of her heart are blocked.",
        "chest-pain-en | (through the interpreter) Yes. Ask Dr Kildare, he knows."})
    void withinASentenceTheRulesStillHold(String station, String reply) throws Exception {
        assertThat(check(station, "How are you feeling?").check(reply)).isPresent();
    }
}
