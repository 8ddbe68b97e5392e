package org.oscetrainer.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oscetrainer.common.NotFound;
import org.oscetrainer.common.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * HTTP endpoints (the downloads) answer 404 with a translated line of text when what they were asked
 * for does not exist, rather than 500. Refusals by method security are left to Spring Security.
 */
@RestControllerAdvice
class NotFoundResponses {

    @ExceptionHandler
    ResponseEntity<String> notFound(RuntimeException e, HttpServletRequest request) {
        if (!(e instanceof NotFound notFound)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN,
                java.nio.charset.StandardCharsets.UTF_8)).header("Cache-Control", "no-store")
                .body(Translations.text(request.getLocale(), notFound) + "\n");
    }
}
