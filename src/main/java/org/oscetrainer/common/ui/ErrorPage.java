package org.oscetrainer.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.oscetrainer.common.NotFound;
import org.springframework.security.access.AccessDeniedException;

/**
 * The page shown when opening a view fails (Vaadin's error navigation, replacing its
 * InternalServerError page, which prints the exception's text): a translated title and message,
 * and a way home. A missing thing gives 404, a refusal 403, anything else 500 with a reference.
 */
@AnonymousAllowed
public class ErrorPage extends ErrorFrame implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        int status;
        String titleKey;
        if (ErrorMessages.find(error, NotFound.class) != null) {
            status = HttpServletResponse.SC_NOT_FOUND;
            titleKey = "error.title.not-found";
        } else if (ErrorMessages.find(error, AccessDeniedException.class) != null) {
            status = HttpServletResponse.SC_FORBIDDEN;
            titleKey = "error.title.unavailable";
        } else {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            titleKey = "error.title.unexpected";
        }
        show(titleKey, ErrorMessages.text(error, this));
        return status;
    }
}
