package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.encounter.TranscriptTurn;

/** A frame to the client, named by its field {@code type}; {@code requestId} echoes the request it answers. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ServerMessage.Stations.class, name = "stations"),
        @JsonSubTypes.Type(value = ServerMessage.Started.class, name = "started"),
        @JsonSubTypes.Type(value = ServerMessage.Asked.class, name = "asked"),
        @JsonSubTypes.Type(value = ServerMessage.Token.class, name = "token"),
        @JsonSubTypes.Type(value = ServerMessage.Degraded.class, name = "degraded"),
        @JsonSubTypes.Type(value = ServerMessage.Retracted.class, name = "retracted"),
        @JsonSubTypes.Type(value = ServerMessage.Reply.class, name = "reply"),
        @JsonSubTypes.Type(value = ServerMessage.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = ServerMessage.Time.class, name = "time"),
        @JsonSubTypes.Type(value = ServerMessage.Ended.class, name = "ended"),
        @JsonSubTypes.Type(value = ServerMessage.RequestError.class, name = "error") })
sealed interface ServerMessage {

    record Stations(List<Station> stations, String requestId) implements ServerMessage {
    }

    record Started(long encounterId, String stationId, String title, Instant deadline, String doorNote,
            List<Turn> transcript, String requestId) implements ServerMessage {

        public Started {
            deadline = inMillis(deadline);
        }
    }

    /** The student's question is committed to the transcript; the patient's reply follows. */
    record Asked(long encounterId, Turn turn, String requestId) implements ServerMessage {
    }

    /** A piece of the patient's reply as it streams. */
    record Token(long encounterId, String text, String requestId) implements ServerMessage {
    }

    /** The LLM failed; the scripted patient answers instead: discard the tokens received so far. */
    record Degraded(long encounterId, String reason, String requestId) implements ServerMessage {
    }

    /** The text streamed so far is withdrawn (a guardrail stopped it): discard the tokens received so far; another answer follows. */
    record Retracted(long encounterId, String requestId) implements ServerMessage {
    }

    /** The patient's reply, committed to the transcript. */
    record Reply(long encounterId, Turn turn, String requestId) implements ServerMessage {
    }

    /** The patient could not answer; the question stays in the transcript and may be asked again. */
    record Failed(long encounterId, String reason, String requestId) implements ServerMessage {
    }

    record Time(long encounterId, long remainingSeconds, Instant deadline, boolean ended, String requestId)
            implements ServerMessage {

        public Time {
            deadline = inMillis(deadline);
        }
    }

    record Ended(long encounterId, String reason, String requestId) implements ServerMessage {
    }

    record RequestError(Code code, String message, String requestId) implements ServerMessage {

        enum Code {
            BAD_REQUEST, FORBIDDEN, CLOSED, BUSY, RATE_LIMITED, NOT_FOUND, INTERNAL;

            @JsonValue
            String id() {
                return name().toLowerCase().replace('_', '-');
            }
        }
    }

    /**
     * Times to the millisecond, so that one instant reads the same in every frame (the database
     * keeps microseconds, a freshly started encounter has the clock's nanoseconds).
     */
    private static Instant inMillis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A published station as a student sees it: the door note, never the answer key. */
    record Station(String id, long versionId, String title, String language, int durationMinutes, String doorNote) {

        static Station of(StationSummary s) {
            return new Station(s.stationId(), s.versionId(), s.title(), s.language(), s.durationMinutes(), s.doorNote());
        }
    }

    /** A line of the transcript. */
    record Turn(long id, int seq, TranscriptTurn.Speaker speaker, String text, Instant at) {

        public Turn {
            at = inMillis(at);
        }

        static Turn of(TranscriptTurn t) {
            return new Turn(t.id(), t.seq(), t.speaker(), t.text(), t.at());
        }
    }
}
