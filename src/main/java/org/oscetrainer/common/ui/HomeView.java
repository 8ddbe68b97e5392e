package org.oscetrainer.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

/** The root URL sends each person to their role's start page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String target = "stations";
        if (auth != null) {
            var roles = auth.getAuthorities().stream().map(a -> a.getAuthority()).toList();
            if (roles.contains("ROLE_EXAMINER")) {
                target = "review";
            } else if (roles.contains("ROLE_FACULTY") || roles.contains("ROLE_ADMIN")) {
                target = "overview";
            }
        }
        event.forwardTo(target);
    }
}
