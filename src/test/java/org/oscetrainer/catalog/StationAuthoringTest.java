package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.security.Role;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.encounter.EncounterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Faculty author stations in the app; students never see drafts, retired stations or rubrics. */
@IntegrationTest
class StationAuthoringTest {

    static final String SCENARIO = """
            format: osce-scenario/2
            id: authoring-test-en
            title: Sore throat in a 20-year-old
            language: en
            duration-minutes: 5
            door-note: Take a focused history.
            authors: [Test Author]
            licence: CC-BY-4.0
            patient:
              name: Sam Lee
              age: 20
              opening-line: My throat hurts.
            facts:
              - id: onset
                text: Three days ago.
                disclosure: direct
                ask: [when did it start]
            hidden:
              diagnosis: Streptococcal pharyngitis
            """;
    static final String RUBRIC = """
            format: osce-rubric/2
            station: authoring-test-en
            items:
              - { id: onset, label: Asks about onset, category: history, points: 1, facts: [onset], evidence: [when start] }
            global-rating:
              scale: [{ value: 1, label: Fail }, { value: 2, label: Borderline }, { value: 3, label: Pass }]
              borderline: 2
            """;

    @Autowired StationAuthoringService authoring;
    @Autowired CatalogService catalog;
    @Autowired EncounterService encounters;

    static <T> T as(String role, Supplier<T> work) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase() + "-author", null,
                Role.authorities(List.of(Role.valueOf(role))).stream().map(SimpleGrantedAuthority::new).toList());
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void as(String role, Runnable work) {
        as(role, () -> {
            work.run();
            return null;
        });
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private boolean studentSees(String stationId) {
        return as("STUDENT", () -> catalog.publishedStations().stream().anyMatch(s -> s.stationId().equals(stationId)));
    }

    @Test
    void aDraftIsInvisibleToStudentsUntilPublishedAndGoneOnceRetired() {
        var problems = as("FACULTY", () -> authoring.check(SCENARIO.replace("language: en", "language: xx"), RUBRIC));
        assertThat(problems).singleElement().extracting(StationProblem::message).asString().contains("'language' is 'xx'");
        assertThatThrownBy(() -> as("FACULTY", () -> authoring.saveDraft(SCENARIO, RUBRIC.replace("[onset]", "[offset]"))))
                .isInstanceOf(StationFileException.class).hasMessageContaining("refers to fact 'offset'");

        var draft = as("FACULTY", () -> authoring.saveDraft(SCENARIO, RUBRIC));
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.createdBy()).isEqualTo("faculty-author");
        assertThat(studentSees("authoring-test-en")).isFalse();
        assertThatThrownBy(() -> as("STUDENT", () -> catalog.scenario(draft.versionId()))).isInstanceOf(UnknownStationException.class);
        assertThatThrownBy(() -> as("STUDENT", () -> encounters.start(draft.versionId()))).isInstanceOf(UnknownStationException.class);

        as("FACULTY", () -> authoring.publish(draft.versionId()));
        assertThat(studentSees("authoring-test-en")).isTrue();

        var second = as("FACULTY", () -> authoring.saveDraft(SCENARIO.replace("Three days ago.", "Four days ago."), RUBRIC));
        assertThat(second.version()).isEqualTo(draft.version() + 1);
        assertThat(as("STUDENT", () -> catalog.latestStation("authoring-test-en").versionId()))
                .as("students keep the published version while the next one is a draft").isEqualTo(draft.versionId());
        List<String> diff = as("FACULTY", () -> authoring.diff(draft.versionId(), second.versionId()));
        assertThat(diff).contains("-     text: Three days ago.", "+     text: Four days ago.");
        assertThat(as("FACULTY", () -> authoring.history("authoring-test-en"))).extracting(StationAuthoringService.VersionInfo::status)
                .containsExactly("DRAFT", "PUBLISHED");
        assertThat(as("FACULTY", () -> authoring.library("sore throat", "en", null)))
                .extracting(StationAuthoringService.StationRow::stationId).containsExactly("authoring-test-en");
        assertThat(as("FACULTY", () -> authoring.library("sore throat", "fr", null))).isEmpty();

        as("FACULTY", () -> authoring.retire("authoring-test-en"));
        assertThat(studentSees("authoring-test-en")).isFalse();
        assertThatThrownBy(() -> as("STUDENT", () -> encounters.start(draft.versionId()))).isInstanceOf(UnknownStationException.class);
    }

    @Test
    void studentsAndExaminersCannotAuthorNorReadSourcesOrRubrics() {
        long version = as("FACULTY", () -> catalog.latestStation("chest-pain-en").versionId());
        for (String role : List.of("STUDENT", "EXAMINER")) {
            assertThatThrownBy(() -> as(role, () -> authoring.library(null, null, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(role, () -> authoring.sources(version))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(role, () -> authoring.saveDraft(SCENARIO, RUBRIC))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("STUDENT", () -> catalog.rubric(version))).isInstanceOf(AccessDeniedException.class);
        for (String role : List.of("STUDENT", "EXAMINER", "FACULTY", "ADMIN")) {
            assertThatThrownBy(() -> as(role, () -> catalog.hiddenDiagnosis(version)))
                    .as("only the patient's guardrails, as the system, read the hidden diagnosis")
                    .isInstanceOf(AccessDeniedException.class);
        }
        var studentView = as("STUDENT", () -> catalog.scenario(version));
        assertThat(studentView.toString()).as("the patient's view of a station holds no hidden truth")
                .doesNotContain("STEMI", "myocardial infarction");
    }
}
