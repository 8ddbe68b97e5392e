package org.oscetrainer.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;

/** The root URL sends each person to the start page of what they do: marking, analytics, else the stations. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = "stations";
        if (CurrentUser.can(Capability.MARK)) {
            target = "review";
        } else if (CurrentUser.can(Capability.READ_ANALYTICS)) {
            target = "overview";
        }
        event.forwardTo(target);
    }
}
