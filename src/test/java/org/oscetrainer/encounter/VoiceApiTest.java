package org.oscetrainer.encounter;

import org.oscetrainer.incident.IncidentReportService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.SignedIn;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.security.SystemIdentity;
import org.oscetrainer.voice.FakeSpeechServer;
import org.oscetrainer.voice.SpeechFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Voice over the app's HTTP endpoints with a fake OpenAI-compatible speech server and real speech
 * (espeak-ng, French and English): the recording reaches the speech server through the app, the text
 * comes back, and sent as a question it becomes the student's turn exactly as typed text does. The
 * patient's committed reply is spoken by the server and served by the app. Only the student of an open
 * encounter is heard.
 */
@IntegrationTest
class VoiceApiTest {

    static final FakeSpeechServer SPEECH = FakeSpeechServer.started();

    @DynamicPropertySource
    static void voice(DynamicPropertyRegistry registry) {
        registry.add("osce.voice.base-url", SPEECH::baseUrl);
        registry.add("osce.voice.api-key", () -> "speech-secret");
        registry.add("osce.voice.stt-model", () -> "whisper-test");
        registry.add("osce.voice.tts-model", () -> "tts-test");
        registry.add("osce.voice.voices.fr", () -> "fr");
        registry.add("osce.voice.voices.en-female", () -> "en-gb+f3");
        registry.add("osce.voice.voices.en", () -> "en-gb");
        registry.add("osce.voice.max-audio-seconds", () -> "8");
        registry.add("osce.voice.max-audio-bytes", () -> "600000");
    }

    @AfterAll
    static void stop() {
        SPEECH.close();
    }

    @LocalServerPort int port;
    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void reset() {
        SPEECH.transcriptions().clear();
        SPEECH.speeches().clear();
        SPEECH.failWith(0);
    }

    @Test
    void aSpokenFrenchQuestionReachesTheSpeechServerThroughTheAppAndBecomesTheStudentsTurn() throws Exception {
        Path question = SpeechFiles.speech("api-fr-question", "fr", "Depuis quand avez-vous mal au dos ?");
        SPEECH.hears("fr", " Depuis quand avez-vous mal au dos ? ");
        long encounter = start("student", "douleur-lombaire-fr");

        HttpResponse<String> heard = post(encounter, "student", Files.readAllBytes(question), "audio/wav");
        assertThat(heard.statusCode()).isEqualTo(200);
        assertThat(json.readTree(heard.body()).get("text").asText()).isEqualTo("Depuis quand avez-vous mal au dos ?");

        assertThat(SPEECH.transcriptions()).hasSize(1);
        FakeSpeechServer.Transcription received = SPEECH.transcriptions().get(0);
        assertThat(received.file()).as("the recording, byte for byte").isEqualTo(Files.readAllBytes(question));
        assertThat(received.fields()).containsEntry("model", "whisper-test").containsEntry("language", "fr")
                .containsEntry("response_format", "json");
        assertThat(received.fileType()).isEqualTo("audio/wav");
        assertThat(received.speechSeconds()).as("espeak-ng's speech, not silence").isGreaterThan(0.8);
        assertThat(received.authorization()).isEqualTo("Bearer speech-secret");

        // the student sends what was heard: the same path as typed text, committed before it is shown
        String text = json.readTree(heard.body()).get("text").asText();
        EncounterFlowTest.Collector reply = new EncounterFlowTest.Collector(jdbc, encounter);
        TranscriptTurn asked = SignedIn.as("student", "STUDENT", () -> conversation.ask(encounter, text, reply));
        assertThat(jdbc.queryForObject("select text from turn where id = ?", String.class, asked.id())).isEqualTo(text);
        assertThat(jdbc.queryForObject("select speaker from turn where id = ?", String.class, asked.id())).isEqualTo("STUDENT");
        TranscriptTurn answer = reply.await();

        // the patient's committed reply, spoken by the server in the French voice, served by the app
        HttpResponse<byte[]> spoken = get(encounter, "student", answer.seq());
        assertThat(spoken.statusCode()).isEqualTo(200);
        assertThat(spoken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/wav"));
        assertThat(new String(spoken.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(SPEECH.speeches()).hasSize(1);
        JsonNode said = SPEECH.speeches().get(0).body();
        assertThat(said.get("input").asText()).isEqualTo(answer.text());
        assertThat(said.get("voice").asText()).isEqualTo("fr");
        assertThat(said.get("model").asText()).isEqualTo("tts-test");
        assertThat(get(encounter, "student", asked.seq()).statusCode()).as("only the patient's turns are spoken").isEqualTo(400);
        end("student", encounter);
    }

    @Test
    void anEnglishQuestionIsHeardInEnglishAndAFemalePatientGetsHerVoice() throws Exception {
        Path question = SpeechFiles.speech("api-en-question", "en-gb", "Where exactly is the pain?");
        SPEECH.hears("en", "Where exactly is the pain?");
        long encounter = start("student", "abdominal-pain-en");

        HttpResponse<String> heard = post(encounter, "student", Files.readAllBytes(question), "audio/wav");
        assertThat(heard.statusCode()).isEqualTo(200);
        assertThat(json.readTree(heard.body()).get("text").asText()).isEqualTo("Where exactly is the pain?");
        assertThat(SPEECH.transcriptions().get(0).fields()).containsEntry("language", "en");

        assertThat(get(encounter, "student", 1).statusCode()).isEqualTo(200);
        assertThat(patientSex("abdominal-pain-en")).isEqualTo("female");
        assertThat(SPEECH.speeches().get(0).body().get("voice").asText()).as("en-female wins over en").isEqualTo("en-gb+f3");
        end("student", encounter);
    }

    @Test
    void onlyTheStudentOfAnOpenEncounterIsHeardAndOversizeOrFailingSpeechIsToldPlainly() throws Exception {
        byte[] speech = Files.readAllBytes(SpeechFiles.speech("api-fr-short", "fr", "Bonjour"));
        long encounter = start("student", "douleur-lombaire-fr");

        assertThat(post(encounter, "student2", speech, "audio/wav").statusCode()).as("another student's: as a missing one").isEqualTo(404);
        assertThat(post(encounter, "examiner", speech, "audio/wav").statusCode()).as("an examiner").isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(uri(encounter, "/transcription")).header("Content-Type", "audio/wav")
                .POST(HttpRequest.BodyPublishers.ofByteArray(speech)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("nobody signed in").isEqualTo(401);

        HttpResponse<String> tooLarge = post(encounter, "student", new byte[700_000], "audio/wav");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).get("message").asText()).isEqualTo("The recording is too large (at most 0.6 MB).");
        byte[] long10s = Files.readAllBytes(SpeechFiles.speech("api-fr-long", "fr",
                "Pouvez-vous me décrire la douleur, depuis quand elle a commencé, ce que vous faisiez à ce moment-là,"
                        + " si elle irradie dans la jambe ou dans le ventre, et si quelque chose la soulage ou l'aggrave ?"));
        HttpResponse<String> tooLong = post(encounter, "student", long10s, "audio/wav");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("message").asText()).contains("8");
        assertThat(SPEECH.transcriptions()).as("nothing refused reaches the speech server").isEmpty();

        SPEECH.failWith(503);
        HttpResponse<String> failed = post(encounter, "student", speech, "audio/wav", "fr-FR");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(json.readTree(failed.body()).get("message").asText()).contains("tapez votre question");
        SPEECH.failWith(0);

        end("student", encounter);
        assertThat(post(encounter, "student", speech, "audio/wav").statusCode()).as("an ended encounter").isEqualTo(409);
        assertThat(SPEECH.transcriptions()).hasSize(1);
    }

    private String patientSex(String stationId) {
        return SystemIdentity.call(() -> catalog.scenario(catalog.latestStation(stationId).versionId()).patient().sex());
    }

    private long start(String student, String stationId) {
        long version = SystemIdentity.call(() -> catalog.latestStation(stationId).versionId());
        return SignedIn.as(student, "STUDENT", () -> encounters.start(version).id());
    }

    private void end(String student, long encounter) {
        SignedIn.as(student, "STUDENT", () -> encounters.end(encounter));
    }

    private URI uri(long encounter, String path) {
        return URI.create("http://localhost:" + port + "/api/encounters/" + encounter + path);
    }

    private String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo-password").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(long encounter, String username, byte[] audio, String type) throws Exception {
        return post(encounter, username, audio, type, "en-GB");
    }

    private HttpResponse<String> post(long encounter, String username, byte[] audio, String type, String language)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(encounter, "/transcription")).timeout(java.time.Duration.ofSeconds(60)).header("Authorization", basic(username))
                .header("Content-Type", type).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(audio)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(long encounter, String username, int seq) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(encounter, "/turns/" + seq + "/speech")).timeout(java.time.Duration.ofSeconds(60))
                .header("Authorization", basic(username)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
