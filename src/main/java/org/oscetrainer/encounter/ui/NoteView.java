package org.oscetrainer.encounter.ui;

import org.oscetrainer.encounter.PostEncounterNoteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import org.oscetrainer.common.ui.ErrorMessages;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oscetrainer.catalog.NoteQuestion;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.NoteAnswer;

/**
 * The post-encounter note: after the encounter the student writes the summary, the differential
 * diagnosis and the plan, as the station's rubric asks. Submitted once; then read-only.
 */
@Route("note")
@RolesAllowed("PLAY_STATIONS")
public class NoteView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EncounterService encounters;

    private final PostEncounterNoteService notes;
    private EncounterSummary encounter;

    public NoteView(EncounterService encounters, PostEncounterNoteService notes) {

        this.notes = notes;
        this.encounters = encounters;
        addClassName("note-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long encounterId) {
        encounter = encounters.encounter(encounterId);
        if (!encounter.ended()) {
            event.forwardTo("encounter/" + encounterId);
            return;
        }
        removeAll();
        add(new H1(getTranslation("note.title", encounter.stationTitle())));
        List<NoteAnswer> submitted = notes.note(encounterId);
        if (submitted.isEmpty() && !notes.noteOpen(encounterId)) {
            Paragraph closed = new Paragraph(getTranslation("note.closed"));
            closed.addClassName("note-closed");
            add(closed);
        } else if (submitted.isEmpty()) {
            writing(notes.noteQuestions(encounterId));
        } else {
            reading(submitted);
        }
        add(new Anchor("result/" + encounterId, getTranslation("note.to-result")));
    }

    private void writing(List<NoteQuestion> questions) {
        if (questions.isEmpty()) {
            add(new Paragraph(getTranslation("note.none")));
            return;
        }
        add(new Paragraph(getTranslation("note.intro")));
        Map<String, TextArea> answers = new LinkedHashMap<>();
        for (NoteQuestion q : questions) {
            TextArea answer = new TextArea(q.question());
            answer.setWidthFull();
            answer.setMinHeight("7rem");
            answer.setMaxLength(PostEncounterNoteService.MAX_NOTE_ANSWER);
            answer.addClassName("note-answer");
            answer.getElement().setAttribute("data-question", q.id());
            answers.put(q.id(), answer);
            add(answer);
        }
        Button submit = new Button(getTranslation("note.submit"), e -> {
            Map<String, String> values = new LinkedHashMap<>();
            answers.forEach((id, area) -> values.put(id, area.getValue()));
            try {
                notes.submitNote(encounter.id(), values);
                Notification.show(getTranslation("note.submitted"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("result/" + encounter.id()));
            } catch (IllegalArgumentException ex) {
                answers.values().iterator().next().setInvalid(true);
                answers.values().iterator().next().setErrorMessage(ErrorMessages.text(ex, this));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("submit-note");
        add(new Paragraph(getTranslation("note.once")), submit);
    }

    private void reading(List<NoteAnswer> submitted) {
        add(new Paragraph(getTranslation("note.read-only")));
        for (NoteAnswer a : submitted) {
            add(new H2(a.question()));
            Paragraph answer = new Paragraph(a.answer().isEmpty() ? "—" : a.answer());
            answer.addClassName("note-submitted-answer");
            add(answer);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("note.title", encounter == null ? "" : encounter.stationTitle()) + " · "
                + getTranslation("app.name");
    }
}
