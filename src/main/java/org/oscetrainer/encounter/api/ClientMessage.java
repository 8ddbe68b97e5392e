package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A request from the client: one JSON object per frame, named by its field {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClientMessage.Stations.class, name = "stations"),
        @JsonSubTypes.Type(value = ClientMessage.Start.class, name = "start"),
        @JsonSubTypes.Type(value = ClientMessage.Ask.class, name = "ask"),
        @JsonSubTypes.Type(value = ClientMessage.Time.class, name = "time"),
        @JsonSubTypes.Type(value = ClientMessage.End.class, name = "end") })
sealed interface ClientMessage {

    String TYPES = "stations, start, ask, time, end";

    /** The client's own id for the request, echoed in every frame that answers it; may be null. */
    String requestId();

    record Stations(String requestId) implements ClientMessage {
    }

    record Start(Long versionId, String requestId) implements ClientMessage {
    }

    record Ask(Long encounterId, String text, String requestId) implements ClientMessage {
    }

    record Time(Long encounterId, String requestId) implements ClientMessage {
    }

    record End(Long encounterId, String requestId) implements ClientMessage {
    }
}
