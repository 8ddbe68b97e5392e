package org.oscetrainer.common.ui;

import com.vaadin.flow.component.Component;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.oscetrainer.common.HasMessageKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person is told about an exception, in their language: the text of its message key, a
 * refusal, or, for anything unexpected, a generic line with a reference that is also in the server's
 * log. Never the exception's own text, which may name classes, SQL or another person's data.
 */
public final class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String text(Throwable error, Component where) {
        HasMessageKey keyed = find(error, HasMessageKey.class);
        if (keyed != null) {
            return where.getTranslation(keyed.messageKey(), keyed.messageArguments());
        }
        if (find(error, AccessDeniedException.class) != null) {
            return where.getTranslation("error.forbidden");
        }
        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        log.error("Unexpected error shown to the user as reference {}", reference, error);
        return where.getTranslation("error.unexpected", reference);
    }

    /** The exception or its first cause of this type. */
    static <T> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
