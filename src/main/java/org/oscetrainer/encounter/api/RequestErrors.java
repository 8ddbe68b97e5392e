package org.oscetrainer.encounter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oscetrainer.catalog.UnknownStationException;
import org.oscetrainer.common.HasMessageKey;
import org.oscetrainer.common.Translations;
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

    /**
     * A request the services refused, told with the English text of the exception's message key (the
     * same words the browser shows), or an unexpected failure (logged, and told without details).
     * Never the exception's own text.
     */
    static RequestError refused(RuntimeException e, String requestId) {
        Code code = code(e);
        if (code == Code.INTERNAL) {
            log.error("Encounter API request {} failed", requestId, e);
            return new RequestError(Code.INTERNAL, "The server could not carry out the request", requestId);
        }
        String message = e instanceof HasMessageKey keyed ? Translations.text(Locale.ENGLISH, keyed)
                : e instanceof BadFrameException ? e.getMessage() : Translations.text(Locale.ENGLISH, "error.forbidden");
        return new RequestError(code, message, requestId);
    }

    private static Code code(RuntimeException e) {
        if (e instanceof AccessDeniedException) {
            return Code.FORBIDDEN;
        }
        if (e instanceof EncounterClosedException) {
            return Code.CLOSED;
        }
        if (e instanceof TooManyQuestionsException) {
            return Code.RATE_LIMITED;
        }
        if (e instanceof PatientStillAnsweringException) {
            return Code.BUSY;
        }
        if (e instanceof UnknownStationException) {
            return Code.NOT_FOUND;
        }
        if (e instanceof BadFrameException || e instanceof IllegalArgumentException && e instanceof HasMessageKey) {
            return Code.BAD_REQUEST;
        }
        return Code.INTERNAL;
    }
}
