package org.oscetrainer.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** What the error pages show: a translated title, a message for people, and a way home. */
abstract class ErrorFrame extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorFrame() {
        addClassName("error-page");
    }

    void show(String titleKey, String message) {
        removeAll();
        title = getTranslation(titleKey);
        Paragraph text = new Paragraph(message);
        text.addClassName("error-message");
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.addClassName("error-home");
        add(new LanguageSwitch(), new H1(title), text, home);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
