package org.oscetrainer.encounter;

import org.oscetrainer.incident.IncidentReportService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.NoteQuestion;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The post-encounter note: written after the encounter, once, by its student; read by staff. */
@IntegrationTest
class PostEncounterNoteTest {

    @Autowired EncounterService encounters;
    @Autowired ConversationService conversation;
    @Autowired PostEncounterNoteService notes;
    @Autowired IncidentReportService incidentReports;
    @Autowired CatalogService catalog;

    @Test
    void theStudentWritesTheNoteOnceAfterTheEncounterAndStaffReadIt() {
        long version = SystemIdentity.call(() -> catalog.latestStation("febrile-child-en").versionId());
        long id = as("note-student", "STUDENT", () -> encounters.start(version).id());
        List<NoteQuestion> questions = as("note-student", "STUDENT", () -> notes.noteQuestions(id));
        assertThat(questions).extracting(NoteQuestion::question).contains("Summarise the case in two sentences.");
        assertThat(questions.toString()).as("the student sees the questions, not the expected answers")
                .doesNotContainIgnoringCase("meningococcal");
        Map<String, String> answers = Map.of(questions.get(0).id(), "A 2-year-old boy with fever and a rash.",
                questions.get(1).id(), "Meningococcal septicaemia; differentials: viral exanthem, ITP.");

        assertThatThrownBy(() -> as("note-student", "STUDENT", () -> notes.submitNote(id, answers)))
                .hasMessageContaining("after the encounter has ended");
        as("note-student", "STUDENT", () -> encounters.end(id));
        assertThatThrownBy(() -> as("note-student", "STUDENT", () -> notes.submitNote(id, Map.of())))
                .hasMessageContaining("The note is empty");
        assertThatThrownBy(() -> as("note-intruder", "STUDENT", () -> notes.submitNote(id, answers)))
                .isInstanceOf(AccessDeniedException.class);

        List<NoteAnswer> saved = as("note-student", "STUDENT", () -> notes.submitNote(id, answers));
        assertThat(saved).hasSize(questions.size());
        assertThat(saved.get(1).answer()).startsWith("Meningococcal septicaemia");
        assertThat(saved.get(questions.size() - 1).answer()).as("a blank answer is kept as empty").isEmpty();
        assertThatThrownBy(() -> as("note-student", "STUDENT", () -> notes.submitNote(id, answers)))
                .hasMessageContaining("already been submitted");

        assertThat(as("examiner", "EXAMINER", () -> notes.note(id))).hasSize(questions.size());
        assertThatThrownBy(() -> as("note-intruder", "STUDENT", () -> notes.note(id)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
