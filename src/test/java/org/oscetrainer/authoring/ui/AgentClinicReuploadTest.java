package org.oscetrainer.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.SignedIn;
import org.oscetrainer.catalog.StationAuthoringService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploading AgentClinic cases again never changes a published station silently: the same case makes a
 * new draft with a notice that students keep the published version; another patient under the same
 * station id is refused with a message saying how to import it; an empty file is told, not ticked.
 */
@IntegrationTest
class AgentClinicReuploadTest {

    @Autowired StationAuthoringService authoring;

    static <T> T asFaculty(Supplier<T> work) {
        return SignedIn.as("faculty-importer", "FACULTY", work);
    }

    static String sampleLine(int n) throws IOException {
        try (InputStream in = AgentClinicReuploadTest.class.getResourceAsStream("/agentclinic/medqa-sample.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[n - 1];
        }
    }

    private List<String> upload(String fileName, String content) {
        UploadedStations uploaded = new UploadedStations();
        uploaded.add(fileName, content);
        return asFaculty(() -> uploaded.saveAll(authoring, Locale.ENGLISH)).stream()
                .filter(l -> !l.key().equals("library.upload.note"))
                .map(l -> l.key() + " " + List.of(l.args())).toList();
    }

    @Test
    void aReuploadMakesANoticedDraftAndAnotherPatientIsRefused() throws IOException {
        String file = "reupload-" + Long.toString(System.nanoTime(), 36) + ".json";
        String id = file.replace(".json", "");
        assertThat(upload(file, sampleLine(1))).containsExactly("library.upload.saved [" + id + ", 1]");
        long v1 = asFaculty(() -> authoring.history(id)).get(0).versionId();
        asFaculty(() -> authoring.publish(v1));

        assertThat(upload(file, sampleLine(1))).as("the very same case again")
                .containsExactly("library.upload.unchanged [" + id + ", 1]");
        String edited = sampleLine(1).replace("drinks wine occasionally", "drinks wine at weekends");
        assertThat(upload(file, edited)).as("the same patient, edited")
                .containsExactly("library.upload.redraft [" + id + ", 2, 1]");
        assertThat(upload(file, sampleLine(2))).as("another patient under the same id")
                .singleElement().asString().startsWith("library.upload.other-patient [" + id + ", Double vision in a 35-year-old woman, ");

        var history = asFaculty(() -> authoring.history(id));
        assertThat(history).hasSize(2);
        assertThat(history).filteredOn(v -> v.status().equals("PUBLISHED")).singleElement()
                .extracting(StationAuthoringService.VersionInfo::version).isEqualTo(1);
        assertThat(asFaculty(() -> authoring.sources(history.get(0).versionId())).scenarioYaml())
                .contains("diagnosis: Myasthenia gravis");
    }

    @Test
    void anEmptyFileIsToldNotTicked() {
        assertThat(upload("empty.jsonl", "")).containsExactly("library.upload.empty [empty.jsonl]");
        assertThat(upload("blank.json", " \n\n")).containsExactly("library.upload.empty [blank.json]");
    }
}
