package org.oscetrainer.authoring.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.common.ui.TurnBubble;
import org.oscetrainer.patient.Exchange;
import org.oscetrainer.patient.PatientReply;
import org.oscetrainer.patient.PatientService;
import org.oscetrainer.patient.PatientUnavailableException;
import org.oscetrainer.patient.ReplyStream;

/**
 * Try the station being edited as a student would: the door note and a conversation with the
 * configured patient engine, on the unsaved text. Nothing is stored.
 */
class StationPreview extends VerticalLayout {

    private final PatientService patient;
    private final Supplier<String> source;
    private final Div transcript = new Div();
    private final TextField question = new TextField();
    private final Paragraph doorNote = new Paragraph();
    private final List<Exchange> history = new ArrayList<>();
    private Scenario scenario;

    StationPreview(PatientService patient, Supplier<String> source) {
        this.patient = patient;
        this.source = source;
        addClassName("station-preview");
        setPadding(false);
        Button restart = new Button(getTranslation("preview.restart"), e -> restart());
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        doorNote.addClassName("door-note-text");
        transcript.addClassName("transcript");
        question.setPlaceholder(getTranslation("encounter.ask.placeholder"));
        question.setAriaLabel(getTranslation("encounter.ask.label"));
        question.setWidthFull();
        question.addClassName("preview-question");
        Button send = new Button(getTranslation("encounter.send"), e -> ask());
        send.addClickShortcut(Key.ENTER);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(question, send);
        bar.setWidthFull();
        add(new Paragraph(getTranslation("preview.intro")), restart, doorNote, transcript, bar);
        restart();
    }

    private void restart() {
        history.clear();
        transcript.removeAll();
        scenario = StationFiles.scenario("scenario", source.get()).orElse(null);
        if (scenario == null) {
            doorNote.setText(getTranslation("preview.invalid"));
            question.setEnabled(false);
            return;
        }
        question.setEnabled(true);
        doorNote.setText(scenario.doorNote());
        line(getTranslation("speaker.patient"), scenario.patient().openingLine(), "patient");
        history.add(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
    }

    private void ask() {
        String text = question.getValue();
        if (scenario == null || text == null || text.isBlank()) {
            return;
        }
        question.clear();
        line(getTranslation("speaker.student"), text, "student");
        TurnBubble reply = line(getTranslation("speaker.patient"), "…", "patient");
        UI ui = UI.getCurrent();
        List<Exchange> before = List.copyOf(history);
        history.add(new Exchange(Exchange.Speaker.STUDENT, text));
        StringBuilder received = new StringBuilder();
        patient.reply(scenario, before, text, new ReplyStream() {
            @Override
            public void token(String token) {
                access(ui, () -> reply.setText(received.append(token).toString()));
            }

            @Override
            public void degraded(String reason) {
                access(ui, () -> received.setLength(0));
            }

            @Override
            public void completed(PatientReply done) {
                access(ui, () -> {
                    reply.setText(done.text());
                    history.add(new Exchange(Exchange.Speaker.PATIENT, done.text()));
                });
            }

            @Override
            public void failed(PatientUnavailableException error) {
                access(ui, () -> reply.setText(getTranslation("encounter.reply-failed")));
            }
        });
    }

    private TurnBubble line(String who, String text, String speaker) {
        TurnBubble line = new TurnBubble(speaker, who, text);
        transcript.add(line);
        return line;
    }

    private static void access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            // the author left the preview
        }
    }
}
