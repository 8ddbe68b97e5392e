package org.oscetrainer;

import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.incident.IncidentReportService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.NoteQuestion;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.internal.HiddenTerms;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.oscetrainer.scoring.ItemScore;
import org.oscetrainer.scoring.NoteScorer;
import org.oscetrainer.scoring.ScoreReport;
import org.oscetrainer.scoring.ScoringService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every shipped station played through on the real database with the scripted patient, as a student
 * would (issue 15, part 3): a greeting, history questions in the station's language, an examination or
 * test request, the end, the post-encounter note. Each station's script is in
 * {@code stations/playthrough.yaml}, written as a student types, not copied from the station's phrasings.
 * Checks: the questions reach the station's facts, the examiner gives a scripted finding, no reply names
 * the hidden truth (the guard flags none, and for a station whose diagnosis the student does not
 * announce, no patient reply holds any of its names but those the play allows), and the checklist and the note earn a score that is
 * neither nothing nor everything.
 */
@IntegrationTest
class StationPlaythroughTest {

    /**
     * One station's play: what the student types, and the terms of the hidden truth that the patient's
     * script says deliberately in another sense (a relative's illness), which a reply may therefore hold.
     */
    record Play(String greeting, List<String> history, String examination, List<String> note,
            @com.fasterxml.jackson.annotation.JsonProperty("allowed-terms") List<String> allowedTerms) {

        Play {
            allowedTerms = allowedTerms == null ? List.of() : allowedTerms;
        }
    }

    private static final Path SCENARIOS = Path.of("scenarios");
    private static Map<String, Play> plays;

    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired CatalogService catalog;
    @Autowired ScoringService scoring;

    @BeforeAll
    static void readPlays() throws IOException {
        try (InputStream in = StationPlaythroughTest.class.getResourceAsStream("/stations/playthrough.yaml")) {
            plays = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, Play>>() { });
        }
    }

    static Stream<String> stations() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList().stream();
        }
    }

    @Test
    void theLibraryHas24StationsTwelveInEachLanguageAndEachHasAPlay() throws IOException {
        List<String> ids = stations().toList();
        assertThat(ids).hasSize(24);
        Map<String, Integer> byLanguage = new HashMap<>();
        for (String id : ids) {
            String text = Files.readString(SCENARIOS.resolve(id + ".yaml"));
            String language = text.contains("\nlanguage: fr") ? "fr" : "en";
            byLanguage.merge(language, 1, Integer::sum);
        }
        assertThat(byLanguage).containsEntry("fr", 12).containsEntry("en", 12);
        assertThat(plays.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @ParameterizedTest
    @MethodSource("stations")
    void aStudentPlaysTheStationThroughAndIsScored(String stationId) throws Exception {
        Play play = plays.get(stationId);
        assertThat(play).as("a play for " + stationId + " in stations/playthrough.yaml").isNotNull();
        assertThat(play.history()).as("4 to 6 history questions").hasSizeBetween(4, 6);
        long version = SystemIdentity.call(() -> catalog.latestStation(stationId).versionId());
        Scenario scenario = SystemIdentity.call(() -> catalog.scenario(version));
        HiddenDiagnosis hidden = SystemIdentity.call(() -> catalog.hiddenDiagnosis(version));
        String student = "play-" + stationId + "-" + UUID.randomUUID().toString().substring(0, 8);

        long encounter = as(student, "STUDENT", () -> encounters.start(version).id());
        List<String> factTexts = scenario.facts().stream().map(Scenario.Fact::text).toList();
        List<String> misses = new ArrayList<>();
        String greeting = ask(student, encounter, play.greeting());
        if (!factTexts.contains(greeting)) {
            misses.add("greeting \"" + play.greeting() + "\" -> " + greeting);
        }
        for (String question : play.history()) {
            String reply = ask(student, encounter, question);
            if (!factTexts.contains(reply)) {
                misses.add("\"" + question + "\" -> " + reply);
            }
        }
        assertThat(misses).as(stationId + ": questions that did not reach a fact (one allowed)").hasSizeLessThanOrEqualTo(1);

        String examination = ask(student, encounter, play.examination());
        assertThat(scenario.findings()).as(stationId + ": the examination request gets a scripted finding")
                .anySatisfy(f -> assertThat(examination).endsWith(f.text()));

        as(student, "STUDENT", () -> encounters.end(encounter));
        List<TranscriptTurn> transcript = as(student, "STUDENT", () -> conversation.transcript(encounter));
        List<HiddenTerms.Term> terms = hidden.allTerms().stream().filter(t -> !play.allowedTerms().contains(t))
                .map(HiddenTerms::term).toList();
        for (TranscriptTurn turn : transcript) {
            if (turn.speaker() != TranscriptTurn.Speaker.PATIENT) {
                continue;
            }
            assertThat(turn.guardrailVerdict()).as(stationId + " turn " + turn.seq() + " flagged by the guard: " + turn.text())
                    .isNotEqualTo("FLAGGED");
            boolean examiner = scenario.findings().stream().anyMatch(f -> turn.text().endsWith(f.text()));
            if (!hidden.disclosedByStudent() && !examiner) {
                assertThat(HiddenTerms.find(turn.text(), terms, false))
                        .as(stationId + " turn " + turn.seq() + " names the hidden truth: " + turn.text()).isNull();
            }
        }

        ScoreReport checklist = awaitReport(student, encounter, false);
        long done = checklist.items().stream().filter(ItemScore::done).count();
        assertThat(done).as(stationId + ": checklist items earned").isGreaterThanOrEqualTo(3);
        assertThat(checklist.total()).as(stationId + ": a score, not the maximum").isPositive().isLessThan(checklist.max());

        List<NoteQuestion> questions = as(student, "STUDENT", () -> notes.noteQuestions(encounter));
        assertThat(questions).as(stationId + ": note questions").isNotEmpty();
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questions.size() && i < play.note().size(); i++) {
            answers.put(questions.get(i).id(), play.note().get(i));
        }
        as(student, "STUDENT", () -> notes.submitNote(encounter, answers));
        ScoreReport withNote = awaitReport(student, encounter, true);
        List<ItemScore> noteItems = withNote.items().stream().filter(i -> NoteScorer.CATEGORY.equals(i.category())).toList();
        assertThat(noteItems).as(stationId + ": note items earned").anySatisfy(i -> assertThat(i.done()).isTrue());
        System.out.printf("playthrough %-26s questions reaching a fact %d/%d, checklist %d/%d (%d items), note %d/%d%n",
                stationId, play.history().size() + 1 - misses.size(), play.history().size() + 1, checklist.total(),
                checklist.max(), done, noteItems.stream().mapToInt(ItemScore::points).sum(),
                noteItems.stream().mapToInt(ItemScore::maxPoints).sum());
    }

    private String ask(String student, long encounter, String question) throws Exception {
        CompletableFuture<TranscriptTurn> reply = new CompletableFuture<>();
        TurnListener listener = new TurnListener() {
            @Override public void token(String token) { }
            @Override public void degraded(String reason) { }
            @Override public void replied(TranscriptTurn turn) { reply.complete(turn); }
            @Override public void failed(String reason) { reply.completeExceptionally(new AssertionError(reason)); }
        };
        as(student, "STUDENT", () -> conversation.ask(encounter, question, listener));
        TranscriptTurn turn = reply.get(20, TimeUnit.SECONDS);
        assertThat(turn.engine()).isEqualTo("scripted");
        return turn.text();
    }

    private ScoreReport awaitReport(String student, long encounter, boolean withNote) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            var report = as(student, "STUDENT", () -> scoring.report(encounter));
            if (report.isPresent() && (!withNote
                    || report.get().items().stream().anyMatch(i -> NoteScorer.CATEGORY.equals(i.category())))) {
                return report.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("encounter " + encounter + " was not scored within 20 s" + (withNote ? " with its note" : ""));
    }
}
