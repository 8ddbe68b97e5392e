package org.oscetrainer.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** FR | EN: switches the session's language and reloads the view. */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("language-switch");
        add(button(Locale.FRENCH, "FR", "Français"), button(Locale.ENGLISH, "EN", "English"));
    }

    private Button button(Locale locale, String label, String name) {
        Button button = new Button(label, e -> {
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // the spoken name starts with the visible one (WCAG 2.5.3): "FR, Français"
        button.getElement().setAttribute("aria-label", label + ", " + name);
        button.getElement().setAttribute("lang", locale.getLanguage());
        if (locale.getLanguage().equals(UI.getCurrent().getLocale().getLanguage())) {
            button.addClassName("current");
            button.getElement().setAttribute("aria-current", "true");
        }
        return button;
    }
}
