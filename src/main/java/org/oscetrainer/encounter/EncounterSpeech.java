package org.oscetrainer.encounter;

import org.oscetrainer.voice.SpeechAudio;
import org.oscetrainer.voice.SpeechService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Voice in an encounter, through the hospital's speech server: a student's spoken question becomes
 * text (which the student then sends as any typed question, through {@link ConversationService#ask}),
 * and a patient's committed reply becomes speech. Only the student of an open encounter is heard;
 * only their own encounter's patient turns are spoken. No audio is kept.
 */
@Service
@PreAuthorize("hasRole('PLAY_STATIONS')")
public class EncounterSpeech {

    private final EncounterService encounters;

    private final ConversationService conversation;
    private final SpeechService speech;

    EncounterSpeech(EncounterService encounters, SpeechService speech, ConversationService conversation) {

        this.conversation = conversation;
        this.encounters = encounters;
        this.speech = speech;
    }

    /** The words of the student's recorded question, heard in the station's language. */
    public String transcribe(long encounterId, byte[] audio, String contentType) {
        if (encounters.encounter(encounterId).ended()) {
            throw new EncounterClosedException(encounterId);
        }
        return speech.transcribe(audio, contentType, encounters.voice(encounterId).language());
    }

    /** The patient's reply (turn {@code seq}, already in the transcript) spoken in a voice that fits the patient. */
    public SpeechAudio speak(long encounterId, int seq) {
        TranscriptTurn turn = conversation.transcript(encounterId).stream()
                .filter(t -> t.seq() == seq && t.speaker() == TranscriptTurn.Speaker.PATIENT).findFirst()
                .orElseThrow(() -> new InvalidEncounterRequestException("error.turn.unknown",
                        "No patient turn #" + seq + " in this encounter", seq));
        PatientVoice voice = encounters.voice(encounterId);
        return speech.speak(turn.text(), voice.language(), voice.sex());
    }
}
