package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oscetrainer.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A student's search and filters over the published stations, on the real database and the shipped library. */
@IntegrationTest
class StationSearchTest {

    @Autowired CatalogService catalog;

    private List<String> ids(StationFilter filter) {
        return as("search-student", "STUDENT", () -> catalog.publishedStations(filter)).stream()
                .map(StationSummary::stationId).toList();
    }

    private List<StationSummary> stations(StationFilter filter) {
        return as("search-student", "STUDENT", () -> catalog.publishedStations(filter));
    }

    @Test
    void filtersByLanguageSpecialtySkillAndDuration() {
        assertThat(stations(new StationFilter("fr", null, null, null, null))).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(s -> assertThat(s.language()).isEqualTo("fr"))
                .extracting(StationSummary::stationId).contains("cephalee-fr", "examen-genou-fr").doesNotContain("chest-pain-en");
        assertThat(ids(new StationFilter(null, "Paediatrics", null, null, null)))
                .containsExactlyInAnyOrder("febrile-child-en", "wheeze-child-en");
        assertThat(ids(new StationFilter(null, null, Skill.EXAMINATION, null, null)))
                .contains("cardiovascular-exam-en", "examen-genou-fr").doesNotContain("chest-pain-en", "low-mood-en");
        assertThat(ids(new StationFilter("fr", null, Skill.MANAGEMENT, null, null)))
                .contains("annonce-cancer-fr", "consentement-chirurgie-fr").allMatch(id -> id.endsWith("-fr"));
        assertThat(stations(new StationFilter(null, null, null, 8, null))).isNotEmpty()
                .allSatisfy(s -> assertThat(s.durationMinutes()).isLessThanOrEqualTo(8))
                .extracting(StationSummary::stationId).doesNotContain("low-mood-en");
        assertThat(ids(new StationFilter("en", "Paediatrics", Skill.HISTORY, 8, "wheeze"))).containsExactly("wheeze-child-en");
        assertThat(stations(StationFilter.ALL)).extracting(StationSummary::title).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void theSkillsOfAStationComeFromItsRubricsPoints() {
        StationSummary chestPain = as("search-student", "STUDENT", () -> catalog.latestStation("chest-pain-en"));
        assertThat(chestPain.skills()).first().isEqualTo(Skill.HISTORY);
        assertThat(chestPain.skills()).doesNotContain(Skill.EXAMINATION);
        assertThat(as("search-student", "STUDENT", () -> catalog.latestStation("examen-genou-fr")).skills())
                .first().isEqualTo(Skill.EXAMINATION);
    }

    @Test
    void theSearchReadsTitleAndDoorNoteIgnoringCaseAndAccentsButNeverTheHiddenTruthOrTheRubric() {
        assertThat(ids(new StationFilter(null, null, null, null, "HANDBALL genou"))).containsExactly("examen-genou-fr");
        assertThat(ids(new StationFilter(null, null, null, null, "cephalee brutale"))).containsExactly("cephalee-fr");
        assertThat(ids(new StationFilter(null, null, null, null, "triage walker"))).containsExactly("chest-pain-en");
        // the hidden diagnosis of chest-pain-en and one of its aliases; a rubric item's evidence phrasing
        assertThat(ids(new StationFilter(null, null, null, null, "Inferior STEMI"))).doesNotContain("chest-pain-en");
        assertThat(ids(new StationFilter(null, null, null, null, "heart attack"))).doesNotContain("chest-pain-en");
        assertThat(ids(new StationFilter(null, null, null, null, "what does it feel like"))).doesNotContain("chest-pain-en");
    }
}
