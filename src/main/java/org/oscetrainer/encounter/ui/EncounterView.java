package org.oscetrainer.encounter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.oscetrainer.common.ui.ErrorMessages;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.common.ui.TurnBubble;
import org.oscetrainer.encounter.EncounterClosedException;
import org.oscetrainer.encounter.PatientVoice;
import org.oscetrainer.encounter.TooManyQuestionsException;
import org.oscetrainer.encounter.ConversationService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.PatientReplyAction;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.TranscriptTurn;
import org.oscetrainer.encounter.TurnListener;
import org.oscetrainer.voice.SpeechService;
import org.oscetrainer.voice.VoiceFeatures;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * A timed encounter: the door note, the server's countdown, and the conversation, where the
 * patient's reply streams in word by word (Vaadin Push). Each line is in the database before it shows.
 */
// the production bundle holds, per route, the components its classes use: the reply actions of other
// modules (the incident module's report dialog) open these, which nothing else here names
@Uses(Dialog.class)
@Uses(RadioButtonGroup.class)
@Uses(TextArea.class)
@Route("encounter")
@RolesAllowed("PLAY_STATIONS")
public class EncounterView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final String VOICE_SCRIPT = resource("/encounter/voice.js");

    private final EncounterService encounters;
    private final ConversationService conversation;
    private final List<PatientReplyAction> replyActions;
    private final Clock clock;
    private final Div transcript = new Div();
    private final TextField question = new TextField();
    private final Button send = new Button();
    private final Span countdown = new Span();
    private final Div notice = new Div();
    private final Button talk = new Button();
    private final Checkbox readAloud = new Checkbox();
    private final Span voiceStatus = new Span();
    private final VoiceFeatures voiceFeatures;
    private PatientVoice voice;
    private EncounterSummary encounter;

    public EncounterView(EncounterService encounters, ConversationService conversation, Clock clock, SpeechService speech,
            ObjectProvider<PatientReplyAction> replyActions) {
        this.encounters = encounters;
        this.conversation = conversation;
        this.replyActions = replyActions.orderedStream().toList();
        this.clock = clock;
        this.voiceFeatures = speech.features();
        addClassName("encounter-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long encounterId) {
        encounter = encounters.encounter(encounterId);
        if (encounter.ended()) {
            event.forwardTo("result/" + encounterId);
            return;
        }
        removeAll();
        H1 title = new H1(encounter.stationTitle());
        countdown.addClassName("countdown");
        countdown.getElement().setAttribute("role", "timer");
        countdown.getElement().addEventListener("time-up", e -> endEncounter());
        countdown.getElement().setAttribute("aria-label", getTranslation("encounter.time-left"));
        Span timeLabel = new Span(getTranslation("encounter.time-left"));
        timeLabel.addClassName("countdown-label");
        Button end = new Button(getTranslation("encounter.end"), e -> endEncounter());
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClassName("end-encounter");
        Div timer = new Div(timeLabel, countdown);
        timer.addClassName("timer");
        if (encounter.hasExtraTime()) {
            // the student's own extra time, included in the countdown (never another student's: the encounter is theirs)
            Span extra = new Span(getTranslation("encounter.extra-time", Formats.extraTime(encounter.extraTime())));
            extra.addClassName("extra-time");
            timer.add(extra);
        }
        HorizontalLayout header = new HorizontalLayout(title, timer, end);
        header.addClassName("encounter-header");
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.expand(title);

        DoorNoteParts doorText = new DoorNoteParts(org.oscetrainer.catalog.DoorNote.parse(encounters.doorNote(encounterId)));
        Details door = new Details(getTranslation("encounter.door-note"), doorText);
        door.addClassName("door-note-panel");
        door.setOpened(true);

        Paragraph ai = new Paragraph(getTranslation("encounter.ai-notice." + encounter.engine()));
        ai.addClassName("ai-notice");
        notice.addClassName("degraded-notice");
        notice.setVisible(false);

        transcript.addClassName("transcript");
        transcript.getElement().setAttribute("role", "log");
        transcript.getElement().setAttribute("aria-live", "polite");
        conversation.transcript(encounterId).forEach(this::showTurn);

        question.setPlaceholder(getTranslation("encounter.ask.placeholder"));
        question.setAriaLabel(getTranslation("encounter.ask.label"));
        question.setMaxLength(ConversationService.MAX_QUESTION_LENGTH);
        question.addClassName("question");
        question.setWidthFull();
        send.setText(getTranslation("encounter.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send");
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> ask());
        // voice controls stay hidden unless voice is configured and the browser can record or speak (voice.js shows them)
        talk.setText(getTranslation("encounter.voice.talk"));
        talk.setIcon(VaadinIcon.MICROPHONE.create());
        talk.addClassName("push-to-talk");
        talk.setTooltipText(getTranslation(voiceFeatures.browserRecognition() ? "encounter.voice.talk.help.browser"
                : "encounter.voice.talk.help"));
        talk.getElement().setAttribute("hidden", "");
        voiceStatus.addClassName("voice-status");
        voiceStatus.getElement().setAttribute("role", "status");
        voiceStatus.getElement().setAttribute("aria-live", "polite");
        readAloud.setLabel(getTranslation("encounter.voice.read-aloud"));
        readAloud.addClassName("read-aloud");
        readAloud.getElement().setAttribute("hidden", "");
        readAloud.addValueChangeListener(e -> {
            if (!e.getValue()) {
                getElement().executeJs("window.osceVoice && window.osceVoice.stop()");
            }
        });
        voice = encounters.voice(encounterId);
        HorizontalLayout input = new HorizontalLayout(question, talk, send);
        input.setWidthFull();
        input.addClassName("ask-bar");

        add(header, door, ai, notice, transcript, input, voiceStatus, readAloud);
        if (voiceFeatures.browserRecognition()) {
            Paragraph where = new Paragraph(getTranslation("encounter.voice.browser-notice"));
            where.addClassName("voice-browser-notice");
            add(where);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (encounter == null || encounter.ended()) {
            return;
        }
        countdown.getElement().executeJs("""
                const el = this, deadline = $0, offset = Date.now() - $1;
                clearInterval(el._timer);
                const tick = () => {
                  const left = Math.max(0, deadline - (Date.now() - offset));
                  const m = Math.floor(left / 60000), s = Math.floor((left % 60000) / 1000);
                  el.textContent = String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
                  el.classList.toggle('urgent', left <= 60000);
                  if (left <= 0) { clearInterval(el._timer); el.dispatchEvent(new CustomEvent('time-up')); }
                };
                tick();
                el._timer = setInterval(tick, 500);""",
                (double) encounter.deadlineAt().toEpochMilli(), (double) clock.millis());
        getElement().executeJs(VOICE_SCRIPT, talk.getElement(), readAloud.getElement(), question.getElement(),
                voiceStatus.getElement(), voiceSettings());
        keepDraft();
        question.focus();
    }

    /**
     * Keeps the question being typed in the tab's session storage, so that it survives a reload, a lost
     * session or a node's death (the student signs in again and finds it in the field); forgotten once
     * asked. Session storage: this tab only, gone when the tab is closed (shared exam-room computers).
     */
    private void keepDraft() {
        question.getElement().executeJs("""
                const field = this, key = 'osce-draft-' + $0;
                const saved = sessionStorage.getItem(key);
                if (saved && !field.value) {
                  field.value = saved;
                  field.dispatchEvent(new CustomEvent('change'));
                }
                if (!field._osceDraft) {
                  field._osceDraft = true;
                  field.addEventListener('input', () => {
                    if (field.value) { sessionStorage.setItem(key, field.value); } else { sessionStorage.removeItem(key); }
                  });
                }""", (double) encounter.id());
    }

    private void forgetDraft() {
        getElement().executeJs("sessionStorage.removeItem('osce-draft-' + $0)", (double) encounter.id());
    }

    /** What voice.js needs: which voice paths are on, the patient's voice, and its texts in the page's language. */
    private JsonObject voiceSettings() {
        JsonObject settings = Json.createObject();
        settings.put("listen", voiceFeatures.serverListening() ? "server" : voiceFeatures.browserRecognition() ? "browser" : "none");
        settings.put("speak", voiceFeatures.serverSpeaking() ? "server" : "browser");
        settings.put("encounterId", encounter.id());
        settings.put("language", voice.language());
        settings.put("age", voice.age());
        settings.put("sex", voice.sex() == null ? "" : voice.sex());
        settings.put("maxSeconds", voiceFeatures.maxAudioSeconds());
        JsonObject texts = Json.createObject();
        for (String key : new String[] {"recording", "transcribing", "check", "nothing", "denied", "failed"}) {
            texts.put(key, getTranslation("encounter.voice." + key, voiceFeatures.maxAudioSeconds()));
        }
        settings.put("texts", texts);
        return settings;
    }

    private void ask() {
        String text = question.getValue();
        if (text == null || text.isBlank()) {
            return;
        }
        UI ui = UI.getCurrent();
        PatientBubble bubble = new PatientBubble();
        TranscriptTurn asked;
        try {
            asked = conversation.ask(encounter.id(), text, new StreamToView(ui, bubble));
        } catch (EncounterClosedException e) {
            ui.navigate("result/" + encounter.id());
            return;
        } catch (TooManyQuestionsException e) {
            Notification.show(getTranslation("encounter.too-many-questions", e.perMinute()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(ErrorMessages.text(e, this), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        question.clear();
        forgetDraft();
        voiceStatus.getElement().executeJs("this.textContent = ''");
        setWaiting(true);
        showTurn(asked);
        transcript.add(bubble);
        scrollDown();
    }

    private void endEncounter() {
        forgetDraft();
        encounters.end(encounter.id());
        UI.getCurrent().navigate("result/" + encounter.id());
    }

    private void setWaiting(boolean waiting) {
        question.setEnabled(!waiting);
        send.setEnabled(!waiting);
        if (!waiting) {
            question.focus();
        }
    }

    private void showTurn(TranscriptTurn turn) {
        String speaker = turn.speaker().name().toLowerCase();
        TurnBubble line = new TurnBubble(speaker, getTranslation("speaker." + speaker), turn.text());
        line.setSeq(turn.seq());
        if (turn.speaker() == TranscriptTurn.Speaker.PATIENT) {
            replyActions.forEach(a -> line.add(a.create(encounter.id(), turn.seq())));
        }
        transcript.add(line);
    }

    private void scrollDown() {
        transcript.getElement().executeJs("this.lastElementChild && this.lastElementChild.scrollIntoView({block: 'end'})");
    }

    /** The patient's reply while it streams. Text only: LLM output is never rendered as HTML. */
    private final class PatientBubble extends TurnBubble {

        private final StringBuilder received = new StringBuilder();

        PatientBubble() {
            super("patient", EncounterView.this.getTranslation("speaker.patient"), "…");
            addClassName("streaming");
        }

        void append(String token) {
            received.append(token);
            setText(received.toString());
        }

        void reset() {
            received.setLength(0);
            setText("…");
        }

        void done(TranscriptTurn turn) {
            removeClassName("streaming");
            setSeq(turn.seq());
            setText(turn.text());
            replyActions.forEach(a -> add(a.create(encounter.id(), turn.seq())));
            if (readAloud.getValue()) {
                getElement().executeJs("window.osceVoice && window.osceVoice.speak($0, $1)", turn.text(), turn.seq());
            }
        }

        void failed(String reason) {
            removeClassName("streaming");
            addClassName("failed");
            setText(getTranslation("encounter.reply-failed"));
        }
    }

    /** Carries the patient's stream from a background thread into this view through Push. */
    private final class StreamToView implements TurnListener {

        private final UI ui;
        private final PatientBubble bubble;

        StreamToView(UI ui, PatientBubble bubble) {
            this.ui = ui;
            this.bubble = bubble;
        }

        @Override
        public void token(String token) {
            access(() -> bubble.append(token));
        }

        @Override
        public void degraded(String reason) {
            access(() -> {
                bubble.reset();
                notice.setText(getTranslation("encounter.degraded"));
                notice.setVisible(true);
            });
        }

        /** The guardrails withdrew what was shown; another answer follows. The student is not told why. */
        @Override
        public void retracted() {
            access(bubble::reset);
        }

        @Override
        public void replied(TranscriptTurn turn) {
            access(() -> {
                bubble.done(turn);
                setWaiting(false);
                scrollDown();
            });
        }

        @Override
        public void failed(String reason) {
            access(() -> {
                bubble.failed(reason);
                setWaiting(false);
            });
        }

        private void access(Runnable change) {
            try {
                ui.access(change::run);
            } catch (UIDetachedException e) {
                // the student left the page; the transcript in the database is complete
            }
        }
    }

    private static String resource(String path) {
        try (var in = EncounterView.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Missing resource " + path, e);
        }
    }

    @Override
    public String getPageTitle() {
        return (encounter == null ? "" : encounter.stationTitle() + " · ") + getTranslation("app.name");
    }
}
