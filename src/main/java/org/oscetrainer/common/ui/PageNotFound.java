package org.oscetrainer.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No view at this address (or one the person's role may not open, which Vaadin's access control
 * reports the same way): the translated 404 page in place of Vaadin's English one.
 */
@AnonymousAllowed
public class PageNotFound extends ErrorFrame implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.title.not-found", getTranslation("error.page.not-found"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
