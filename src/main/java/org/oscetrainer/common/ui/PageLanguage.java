package org.oscetrainer.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Tells browsers and screen readers the page's language ({@code <html lang>}, WCAG 3.1.1, RGAA 8.3):
 * the language the UI is shown in, French or English. The language switch reloads the page, which
 * makes a new UI, so setting it when each UI starts keeps it right.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", ui.getLocale().getLanguage());
        });
    }
}
