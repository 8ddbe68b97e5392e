package org.oscetrainer.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.encounter.AnsweredQuestion;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.PostEncounterNoteService;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientService;
import org.springframework.stereotype.Component;

/**
 * Plays a simulated student's questions against the scripted patient at once and records the
 * encounter, ended, with its note: scoring then follows as for any encounter. Demo data only; the
 * encounter is recorded as {@link EncounterService#SIMULATED} so that every page showing its figures
 * says so.
 */
@Component
class SimulatedEncounters {

    /** The engine recorded on the simulated patient's replies. */
    private static final String SCRIPTED = "scripted";

    private final CatalogService catalog;
    private final PatientService patient;
    private final EncounterService encounters;
    private final PostEncounterNoteService notes;

    SimulatedEncounters(CatalogService catalog, PatientService patient, EncounterService encounters,
            PostEncounterNoteService notes) {
        this.catalog = catalog;
        this.patient = patient;
        this.encounters = encounters;
        this.notes = notes;
    }

    /** Records the encounter (run as the system); returns its id. */
    long play(long sessionId, String student, long stationVersionId, List<String> questions, Map<String, String> note) {
        Scenario scenario = catalog.scenario(stationVersionId);
        List<Exchange> history = new ArrayList<>();
        List<AnsweredQuestion> conversation = new ArrayList<>();
        for (String question : questions) {
            String answer = patient.scriptedAnswer(scenario, history, question);
            conversation.add(new AnsweredQuestion(question, answer));
            history.add(new Exchange(Exchange.Speaker.STUDENT, question));
            history.add(new Exchange(Exchange.Speaker.PATIENT, answer));
        }
        long id = encounters.record(sessionId, student, stationVersionId, EncounterService.SIMULATED, SCRIPTED, conversation);
        if (!note.isEmpty()) {
            notes.record(id, note);
        }
        return id;
    }
}
