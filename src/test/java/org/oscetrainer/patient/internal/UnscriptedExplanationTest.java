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
 * An explanation the script does not hold ({@link UnscriptedExplanation}, through {@link ScriptSupportCheck}): a
 * sentence that reports or foresees an explanation (told, drawn, explained to a child, a restriction, what will be
 * needed, prevention) with two words or more the script and the conversation do not say. Written here, never copied
 * from a blind set; the script's own explanations, in its words or close to them, pass.
 */
class UnscriptedExplanationTest {

    private static ScriptSupportCheck check(String station) throws Exception {
        String source = Files.readString(Path.of("scenarios", station + ".yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(station + ".yaml", source).orElseThrow();
        boolean fr = "fr".equals(scenario.language());
        return new ScriptSupportCheck(ScriptSupportCheck.Station.of(scenario), List.of(scenario.patient().openingLine(),
                fr ? "Et qu'est-ce qui vous inquiète ?" : "And what worries you?"));
    }

    private static ScriptSupportCheck.Support support(String station) throws Exception {
        String source = Files.readString(Path.of("scenarios", station + ".yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(station + ".yaml", source).orElseThrow();
        return ScriptSupportCheck.Station.of(scenario).patient()
                .and(ScriptSupportCheck.Support.of(scenario.patient().openingLine()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | The nurse explained they'd go in through my wrist with a tiny tube to open things up.",
        "chest-pain-en | How do I explain to my grandson that Grandad's ticker needs mending?",
        "chest-pain-en | I'm not allowed to lift weights or swim for six weeks afterwards.",
        "dyspnee-aigue-fr | Le médecin m'a dessiné un petit caillou qui remonte de la jambe jusqu'aux poumons.",
        "cephalee-fr | Je n'ai plus le droit de soulever des charges ni de pousser aux toilettes.",
        "cephalee-fr | Comment l'expliquer à ma fille : un ballon qui a crevé derrière l'oeil ?",
        "abdominal-pain-en | The doctor drew a little worm hanging off the bowel, all swollen and angry.",
        "low-mood-en | Next time I'll keep a mood diary and go back to the talking group sooner.",
        "abdominal-pain-en | Low on my right side / a small tube swollen with pus / the surgeon's knife waits",
        "chest-pain-en | You know what they say: where there's smoke there's a blocked pipe.",
        "cephalee-fr | Comme dit le proverbe, qui pousse trop fort fait sauter la poche de l'artère.",
        "cephalee-fr | Qu'est-ce qui a lâché dans ma tête ? Une petite poche gonflée sur une artère.",
        "abdominal-pain-en | What's small, on the right, and has to come out? The little worm on my bowel.",
    })
    void anExplanationBeyondTheScriptIsWithheld(String station, String reply) throws Exception {
        assertThat(UnscriptedExplanation.find(reply, support(station), UnscriptedExplanation.memory())).as(reply)
                .startsWith("explanation beyond the script");
        assertThat(check(station).check(reply)).as(reply).hasValueSatisfying(v ->
                assertThat(v.rule()).isEqualTo(ScriptSupportCheck.RULE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chest-pain-en | The GP says my cholesterol is high, and they told me last year I'm borderline diabetic.",
        "chest-pain-en | Doctor, I've got this terrible pain in my chest and it just won't go away.",
        "cephalee-fr | Mon médecin m'a dit l'an dernier que ma tension était un peu haute.",
        "cephalee-fr | On nous a dit qu'un anévrisme s'était rompu dans la tête de ma mère.",
        "low-mood-en | Claire is the one who nagged me to come, I haven't told my mates how bad it is.",
        "abdominal-pain-en | My flatmate's thermometer said 37.9 this morning.",
        "abdominal-pain-en | I've been feeling hot and shivery since last night, it's horrible.",
        "abdominal-pain-en | Why did I wait so long? I don't know, I'm sorry.",
        "chest-pain-en | Is it serious, doctor? Tell me straight.",
        "chest-pain-en | What can I do? Nothing, I just wait here with this pain.",
        "chest-pain-en | - Heavy, like a weight / - Started an hour ago / - Worse when I walk",
    })
    void theScriptsOwnExplanationsPass(String station, String reply) throws Exception {
        assertThat(check(station).check(reply)).as(reply).isEmpty();
    }
}
