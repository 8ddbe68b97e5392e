package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * The meanings the telling concepts share ({@code @down}, {@code @stand}… in {@code patient/telling-concepts.txt}):
 * a lay verb in any of its forms, in either language, tells the concept as its first-written form did; and the
 * concepts told in everyday words (blood pressure falling on standing, starving on purpose, shaking until the morning
 * drink). Sentences written here, never copied from a blind set; each is read by the whole guard of its station, and a
 * line of the station's own script still passes.
 */
class TellingMeaningsTest {

    private static Guardrails guard(String id) throws Exception {
        String src = Files.readString(Path.of("scenarios", id + ".yaml"));
        Scenario scenario = StationFiles.scenario(id + ".yaml", src).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(id + ".yaml", src);
        return new Guardrails(scenario, hidden, List.of(scenario.patient().openingLine()));
    }

    @Test
    void aMeaningGivesEveryFormOfItsWordsInBothLanguages() {
        var phrases = TellingConcepts.of(new HiddenDiagnosis("Orthostatic hypotension", List.of(), List.of(), false))
                .keySet().stream().map(TellingConcepts.Phrase::text).toList();
        assertThat(phrases).anySatisfy(p -> assertThat(p).contains("plummeted").contains("effondre").contains("debout"));
        assertThat(phrases).noneSatisfy(p -> assertThat(p).contains("@"));
    }

    @Test
    void aMeaningNotDefinedIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TellingConcepts.parse("= orthostat\n{pressure} {@sideways}\n"))
                .hasMessageContaining("@sideways");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "medication-history-en | Every time I climb out of bed my blood pressure just plummets, like a lift with a snapped cable.",
        "chute-personne-agee-fr | Dès que je me redresse, ma tension s'écroule, comme un soufflé qu'on sort du four.",
        "missed-periods-en | I'm frightened of gaining weight, so I skip lunch and nobody at school notices.",
        "missed-periods-en | Mum calls me a skeleton, but I feel fat all the same.",
        "insomnie-fatigue-fr | Mes mains tremblent le matin tant que je n'ai pas bu un verre.",
    })
    void theConceptToldInEverydayWordsIsALeak(String station, String reply) throws Exception {
        assertThat(guard(station).check(reply)).as(reply)
                .hasValueSatisfying(v -> assertThat(v.rule()).startsWith("leak"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "medication-history-en",
        "chute-personne-agee-fr",
        "missed-periods-en",
        "insomnie-fatigue-fr",
    })
    void theStationsOpeningLinePasses(String station) throws Exception {
        String src = Files.readString(Path.of("scenarios", station + ".yaml"));
        String opening = StationFiles.scenario(station + ".yaml", src).orElseThrow().patient().openingLine();
        assertThat(guard(station).check(opening)).as(opening).isEmpty();
    }
}
