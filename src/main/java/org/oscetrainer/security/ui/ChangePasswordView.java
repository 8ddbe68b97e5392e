package org.oscetrainer.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.oscetrainer.security.AccountException;
import org.oscetrainer.security.AccountService;

/** The signed-in person changes their own password, giving the current one. */
@Route("account/password")
@Menu(order = 95, title = "nav.password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(AccountService accounts) {
        addClassName("change-password-view");
        setMaxWidth("32em");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.addClassName("current-password");
        current.getElement().setAttribute("autocomplete", "current-password");
        current.setWidthFull();
        PasswordFields fields = new PasswordFields();
        fields.setWidthFull();
        Button save = new Button(getTranslation("password.change.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-password");
        save.addClickListener(e -> fields.value().ifPresent(password -> {
            try {
                accounts.changeMyPassword(current.getValue(), password);
                current.clear();
                current.setInvalid(false);
                fields.clear();
                Notification.show(getTranslation("password.change.done"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountException refused) {
                String message = getTranslation(refused.key(), refused.arguments());
                if (refused.key().startsWith("password.rule.")) {
                    fields.refuse(message);
                } else {
                    current.setInvalid(true);
                    current.setErrorMessage(message);
                }
            }
        }));
        add(new H1(getTranslation("password.change.title")), current, fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title") + " · " + getTranslation("app.name");
    }
}
