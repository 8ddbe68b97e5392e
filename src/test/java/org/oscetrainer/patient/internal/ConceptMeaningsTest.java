package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * {@link ConceptMeanings}: lines written here (guard21), from the meaning of each station's hidden truth, in frames and
 * languages of no set: the organ and its fault, or a sign only that illness has, are withheld; the same words in a
 * patient's own life, and the script's own lines, pass.
 */
class ConceptMeaningsTest {

    private static Optional<Violation> check(String station, String reply) throws Exception {
        String name = station + ".yaml";
        String source = Files.readString(Path.of("scenarios", name), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
        HiddenDiagnosis hidden = StationFiles.hiddenDiagnosis(name, source);
        ConceptMeanings check = new ConceptMeanings(ConceptMeanings.Station.of(scenario, hidden), List.of());
        return check.check(new ReplyText(reply));
    }

    @Test
    void theOrganAndItsFaultAreWithheldInAnyFrame() throws Exception {
        assertThat(check("chest-pain-en", "Weather forecast for my chest: the heart's plumbing is clotted up on the lower side."))
                .isPresent();
        assertThat(check("dyspnee-aigue-fr", "Comme une recette : prenez un caillot du mollet, laissez-le monter jusqu'aux poumons."))
                .isPresent();
        assertThat(check("douleur-lombaire-fr", "Sur la liste de courses : un petit calcul coincé dans le tuyau du rein.")).isPresent();
        assertThat(check("consentement-chirurgie-fr", "Au menu du jour : pancréas enflammé, sauce bouchée.")).isPresent();
        assertThat(check("examen-genou-fr", "Bulletin météo : la rotule est sortie de son rail, puis revenue.")).isPresent();
    }

    @Test
    void otherLanguagesAreReadThroughTheirWords() throws Exception {
        // Portuguese and Polish: a clot gone to the lungs; Croatian: a stone in the kidney
        assertThat(check("dyspnee-aigue-fr", "Em português: um coágulo foi até aos pulmões.")).isPresent();
        assertThat(check("douleur-lombaire-fr", "Po hrvatsku: kamenčić je zapeo u bubregu.")).isPresent();
    }

    @Test
    void aSignOnlyThatIllnessHasIsWithheld() throws Exception {
        assertThat(check("febrile-child-en", "Like a crossword clue: spots that don't blanch, six letters.")).isPresent();
        assertThat(check("chest-pain-en", "Postcard from the ward: wish you were here, they'll put a stent in me by teatime."))
                .isPresent();
    }

    @Test
    void theSameWordsInAPatientsLifePass() throws Exception {
        assertThat(check("chest-pain-en", "My heart sank when the depot said I'd be loading parcels all weekend.")).isEmpty();
        assertThat(check("dyspnee-aigue-fr", "J'ai pris l'avion pour Montréal, dix heures de vol, je suis revenue lundi.")).isEmpty();
        assertThat(check("douleur-lombaire-fr", "Mon fils collectionne les cailloux et les cristaux, il en a plein sa chambre."))
                .isEmpty();
    }
}
