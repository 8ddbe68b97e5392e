package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.UnknownStationException;
import org.oscetrainer.encounter.EncounterClosedException;
import org.oscetrainer.encounter.PatientStillAnsweringException;
import org.oscetrainer.encounter.TooManyQuestionsException;
import org.oscetrainer.encounter.api.ServerMessage.RequestError;
import org.oscetrainer.encounter.api.ServerMessage.RequestError.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** What the client is told when a request cannot be carried out. The socket stays open. */
final class RequestErrors {

    private static final Logger log = LoggerFactory.getLogger(RequestErrors.class);

    private RequestErrors() {
    }

    static RequestError badRequest(String message, String requestId) {
        return new RequestError(Code.BAD_REQUEST, message, requestId);
    }

    /** A frame that is JSON but not a message we know. */
    static RequestError unreadable(JsonProcessingException e, String requestId) {
        if (e instanceof InvalidTypeIdException unknown) {
            return badRequest("Unknown message type \"" + unknown.getTypeId() + "\"; the types are "
                    + ClientMessage.TYPES, requestId);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .collect(Collectors.joining("."));
            return badRequest("The field \"" + field + "\" has the wrong type", requestId);
        }
        return badRequest("Unreadable message: " + e.getOriginalMessage(), requestId);
    }

    /** A request the services refused, or an unexpected failure (logged, and told without details). */
    static RequestError refused(RuntimeException e, String requestId) {
        if (e instanceof AccessDeniedException) {
            return new RequestError(Code.FORBIDDEN, e.getMessage(), requestId);
        }
        if (e instanceof EncounterClosedException) {
            return new RequestError(Code.CLOSED, e.getMessage(), requestId);
        }
        if (e instanceof TooManyQuestionsException) {
            return new RequestError(Code.RATE_LIMITED, e.getMessage(), requestId);
        }
        if (e instanceof PatientStillAnsweringException) {
            return new RequestError(Code.BUSY, e.getMessage(), requestId);
        }
        if (e instanceof UnknownStationException) {
            return new RequestError(Code.NOT_FOUND, e.getMessage(), requestId);
        }
        if (e instanceof IllegalArgumentException) {
            return badRequest(e.getMessage(), requestId);
        }
        log.error("Encounter API request {} failed", requestId, e);
        return new RequestError(Code.INTERNAL, "The server could not carry out the request", requestId);
    }
}
