package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.StationFiles;

/**
 * The organs and conditions of more languages (guard19, {@code other-languages.txt}, section {@code [more languages]}):
 * a patient who quotes a Swahili, Vietnamese, Finnish, Lithuanian, Malay, Norwegian, Czech, Hungarian, Croatian or
 * Tagalog relative tells the diagnosis's field as surely as one who quotes a Spanish one; the English and French
 * words that look like them pass. Sentences written here, from general knowledge of the languages, never from a set.
 */
class OtherLanguagesTest {

    private static Guardrails guard(String id) throws Exception {
        String src = Files.readString(Path.of("scenarios", id + ".yaml"));
        return new Guardrails(StationFiles.scenario(id + ".yaml", src).orElseThrow(),
                StationFiles.hiddenDiagnosis(id + ".yaml", src), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chest-pain-en|My neighbour from Mombasa just shook her head and said 'moyo, moyo'.",
            "chest-pain-en|Mrs Nguyen downstairs kept saying 'nhoi mau co tim' to her son on the phone.",
            "chest-pain-en|My Finnish mate texted one word back: sydänkohtaus?",
            "chest-pain-en|The Lithuanian lad at the depot said his dad had the same, širdies smūgis he called it.",
            "abdominal-pain-en|My aunt in Kuala Lumpur says it's usus buntu, she had hers out at my age.",
            "abdominal-pain-en|Mum's Norwegian friend said 'blindtarmen' and pointed at her own tummy.",
            "breathlessness-en|My Czech carer said 'srdce' and patted my chest, then she rang the surgery.",
            "breathlessness-en|Our Hungarian lodger kept saying szívelégtelenség, whatever that means.",
            "low-mood-en|My Malaysian friend said it sounds like kemurungan, her brother had it after his divorce.",
            "wheeze-child-en|Her nan from Dar es Salaam says it's pumu, like her brothers had.",
            "dyspnee-aigue-fr|Ma collègue finlandaise m'a dit « keuhkoembolia », elle a tapé ça sur son téléphone.",
            "cephalee-fr|Mon voisin croate a dit « krvarenje u mozgu », il avait l'air inquiet."})
    void anOrganOrAConditionInAnotherLanguageIsWithheld(String station, String reply) throws Exception {
        assertThat(guard(station).check(reply)).as(reply).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It's sapping my energy, honestly, I could sleep all afternoon.",
            "Tim from next door gave me a lift, then I had a cup of tea.",
            "Il a paru fatigué toute la semaine, le pauvre, alors je suis venue."})
    void englishWordsThatLookLikeThemPass(String reply) throws Exception {
        assertThat(OtherLanguages.LIST.unsupported(Disguises.tokens(Disguises.fold(reply)), w -> false)).as(reply)
                .isNull();
    }
}
