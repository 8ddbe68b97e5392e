package org.oscetrainer.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import org.oscetrainer.security.PasswordPolicy;

/** A new password typed twice, with the rules above it; shared by the set-password and change-password views. */
class PasswordFields extends Composite<VerticalLayout> implements com.vaadin.flow.component.HasSize {

    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();

    PasswordFields() {
        Paragraph rules = new Paragraph(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        rules.addClassName("password-rules");
        password.setLabel(getTranslation("password.new"));
        password.addClassName("new-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        password.getElement().setAttribute("autocomplete", "new-password");
        again.setLabel(getTranslation("password.again"));
        again.addClassName("new-password-again");
        again.getElement().setAttribute("autocomplete", "new-password");
        password.setWidthFull();
        again.setWidthFull();
        getContent().setPadding(false);
        getContent().add(rules, password, again);
    }

    /** The new password, or empty (with the fields marked) when the two do not match. */
    Optional<String> value() {
        if (!password.getValue().equals(again.getValue())) {
            again.setInvalid(true);
            again.setErrorMessage(getTranslation("password.error.mismatch"));
            return Optional.empty();
        }
        again.setInvalid(false);
        return Optional.of(password.getValue());
    }

    /** Shows why the password was refused. */
    void refuse(String message) {
        password.setInvalid(true);
        password.setErrorMessage(message);
    }

    void clear() {
        password.clear();
        again.clear();
        password.setInvalid(false);
    }
}
