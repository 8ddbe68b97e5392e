package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator reports every error planted in the broken station files under
 * src/test/resources/broken-stations, each with its file and line, and the command exits with 1.
 */
class StationValidatorFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/broken-stations");
    private static final String S = DIR.resolve("scenarios") + "/";
    private static final String R = DIR.resolve("rubrics") + "/";

    @Test
    void everyPlantedErrorIsReportedWithItsFileAndLine() {
        var report = new StationValidator().validateLibrary(DIR.resolve("scenarios"), DIR.resolve("rubrics"));
        List<String> where = report.problems().stream()
                .map(p -> p.file().replace(DIR + "/", "") + ":" + p.line() + " " + p.message().lines().findFirst().orElse(""))
                .toList();

        assertThat(where).containsExactlyInAnyOrder(
                "scenarios/bad-fields.yaml:4 'language' is 'de'",
                "scenarios/bad-fields.yaml:5 'duration-minutes' is 90",
                "scenarios/bad-fields.yaml:11 patient.sex is 'woman'",
                "scenarios/bad-fields.yaml:13 patient.challenge is 'sad'",
                "scenarios/bad-fields.yaml:17 facts[0].disclosure is 'sometimes'",
                "scenarios/bad-fields.yaml:19 facts[1].id 'onset' is used twice",
                "scenarios/bad-fields.yaml:19 facts[1].ask is empty",
                "scenarios/bad-fields.yaml:25 findings[0].kind is 'imaging'",
                "scenarios/bad-fields.yaml:28 'hidden.diagnosis' is missing",
                "rubrics/bad-fields.yaml:8 items[0] ('onset') refers to fact 'severity', which the scenario does not have",
                "rubrics/bad-fields.yaml:10 items[1].id 'onset' is used twice",
                "rubrics/bad-fields.yaml:12 items[1].category is 'feelings'",
                "rubrics/bad-fields.yaml:13 items[1].points is 0",
                "rubrics/bad-fields.yaml:14 items[1].evidence[0] 'the' has no meaningful word",
                "rubrics/bad-fields.yaml:17 global-rating.borderline is 3",
                "scenarios/bad-syntax.yaml:3 not valid YAML: while scanning a quoted scalar; found unexpected end of stream",
                "scenarios/leak.yaml:14 facts[0].text names the hidden diagnosis",
                "scenarios/public-leak.yaml:3 title names 'pericarditis', a term of the hidden truth",
                "scenarios/public-leak.yaml:6 door-note names 'PE', a term of the hidden truth",
                "scenarios/public-leak.yaml:12 patient.unprompted[0] names 'Pneumothorax', a term of the hidden truth",
                "scenarios/public-leak.yaml:24 hidden.differentials[1] ('Pneumothorax') has no aliases (format 3)",
                "scenarios/no-rubric.yaml:0 this station has no rubric",
                "scenarios/unknown-field.yaml:12 unknown field 'patient.opening-lines'",
                "scenarios/wrong-id.yaml:2 'id' is 'another-id' but the file is named 'wrong-id.yaml'",
                "rubrics/wrong-id.yaml:2 'station' is 'yet-another-id' but the scenario's id is 'another-id'",
                "rubrics/orphan.yaml:0 this rubric has no scenario");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
    }

    @Test
    void everyPlantedErrorReadsInFrenchToo() {
        var report = new StationValidator().validateLibrary(DIR.resolve("scenarios"), DIR.resolve("rubrics"));
        List<String> french = report.problems().stream().map(p -> p.localized(java.util.Locale.FRENCH)).toList();
        assertThat(french).contains(S + "bad-fields.yaml:4:1: « language » vaut 'de' — écrivez « language: fr » ou « language: en »",
                R + "bad-fields.yaml:8:20: items[0] (« onset ») renvoie à l’élément « severity », que le scénario n’a pas"
                        + " — utilisez l’un des identifiants d’élément ou de donnée d’examen du scénario, ou supprimez-le");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.code()).isNotNull());
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.localized(java.util.Locale.UK)).isEqualTo(p.toString()));
        assertThat(french).noneMatch(l -> l.contains(" is ") || l.contains("write "));
    }

    @Test
    void theCommandPrintsEveryProblemAndExitsWithOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = StationValidatorCommand.run(new String[] {S, R}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(printed).contains(S + "bad-fields.yaml:4:1: 'language' is 'de' — write 'language: fr' or 'language: en'")
                .contains("26 problem(s)");
    }

    @Test
    void theShippedLibraryPassesAndAWrongCommandLineExitsWithTwo() {
        var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(StationValidatorCommand.run(new String[] {"scenarios", "rubrics"}, sink)).isZero();
        assertThat(StationValidatorCommand.run(new String[] {"a", "b", "c"}, sink)).isEqualTo(2);
    }
}
