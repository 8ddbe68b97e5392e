package org.oscetrainer.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Says, in words and not by colour alone, that figures come from the demo's simulated cohort: the
 * simulated examiner signs off what the AI proposed, so its agreement with the AI measures nothing. Used
 * wherever such figures are shown (session analytics, the agreement page).
 */
public class SimulatedNotice extends Div {

    public SimulatedNotice(String textKey, Object... arguments) {
        addClassName("simulated-notice");
        getElement().setAttribute("role", "note");
        Span badge = new Span(getTranslation("analytics.simulated.badge"));
        badge.getElement().setAttribute("theme", "badge warning");
        badge.addClassName("simulated-badge");
        add(badge, new Span(" " + getTranslation(textKey, arguments)));
    }
}
