package org.oscetrainer.encounter.api;

import org.oscetrainer.encounter.ConversationService;
import java.time.Clock;
import java.time.Duration;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.encounter.TranscriptTurn;
import org.springframework.stereotype.Component;

/**
 * Carries out a client's request through the catalog and encounter services, which check the role
 * and the ownership of the encounter as for the browser. Called as the socket's student.
 */
@Component
class EncounterRequests {

    private final CatalogService catalog;

    private final ConversationService conversation;
    private final EncounterService encounters;
    private final Clock clock;

    EncounterRequests(CatalogService catalog, EncounterService encounters, Clock clock, ConversationService conversation) {

        this.conversation = conversation;
        this.catalog = catalog;
        this.encounters = encounters;
        this.clock = clock;
    }

    void handle(ClientMessage request, ClientConnection client) {
        if (request instanceof ClientMessage.Ask ask) {
            ask(ask, client);
        } else {
            client.send(answer(request));
        }
    }

    private ServerMessage answer(ClientMessage request) {
        if (request instanceof ClientMessage.Stations stations) {
            return new ServerMessage.Stations(
                    catalog.publishedStations().stream().map(ServerMessage.Station::of).toList(), stations.requestId());
        }
        if (request instanceof ClientMessage.Start start) {
            return start(required(start.versionId(), "versionId", "start"), start.requestId());
        }
        if (request instanceof ClientMessage.Time time) {
            return time(encounters.encounter(required(time.encounterId(), "encounterId", "time")), time.requestId());
        }
        if (request instanceof ClientMessage.End end) {
            EncounterSummary ended = encounters.end(required(end.encounterId(), "encounterId", "end"));
            return new ServerMessage.Ended(ended.id(), ended.endReason(), end.requestId());
        }
        throw new BadFrameException("Unknown message " + request);
    }

    private ServerMessage.Started start(long versionId, String requestId) {
        EncounterSummary encounter = encounters.start(versionId);
        return new ServerMessage.Started(encounter.id(), encounter.stationId(), encounter.stationTitle(),
                encounter.deadlineAt(), encounters.doorNote(encounter.id()),
                conversation.transcript(encounter.id()).stream().map(ServerMessage.Turn::of).toList(), requestId);
    }

    /** Sends {@code asked} once the question is committed; the relay streams the reply after it. */
    private void ask(ClientMessage.Ask ask, ClientConnection client) {
        long encounterId = required(ask.encounterId(), "encounterId", "ask");
        ReplyRelay relay = new ReplyRelay(client, encounterId, ask.requestId());
        TranscriptTurn asked = conversation.ask(encounterId, ask.text(), relay);
        relay.open(asked);
    }

    private ServerMessage.Time time(EncounterSummary encounter, String requestId) {
        long remaining = encounter.ended() ? 0
                : Math.max(0, Duration.between(clock.instant(), encounter.deadlineAt()).toSeconds());
        return new ServerMessage.Time(encounter.id(), remaining, encounter.deadlineAt(), encounter.ended(), requestId);
    }

    private static long required(Long value, String field, String type) {
        if (value == null) {
            throw new BadFrameException("\"" + type + "\" needs the field \"" + field + "\"");
        }
        return value;
    }
}
