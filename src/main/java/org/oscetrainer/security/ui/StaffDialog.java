package org.oscetrainer.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.oscetrainer.security.Account;
import org.oscetrainer.security.AccountException;
import org.oscetrainer.security.Role;

/** Creates a staff account (user name, name, e-mail, roles), or changes an account's roles. */
class StaffDialog extends Dialog {

    interface Save {
        Account save(String username, String name, String email, Set<Role> roles);
    }

    StaffDialog(Account existing, Save save, Consumer<Account> saved) {
        addClassName("staff-dialog");
        setHeaderTitle(existing == null ? getTranslation("accounts.new.title")
                : getTranslation("accounts.roles.title", existing.displayName()));
        TextField username = new TextField(getTranslation("accounts.col.username"));
        username.addClassName("staff-username");
        TextField name = new TextField(getTranslation("accounts.col.name"));
        name.addClassName("staff-name");
        EmailField email = new EmailField(getTranslation("accounts.col.email"));
        email.addClassName("staff-email");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("accounts.col.roles"));
        roles.addClassName("staff-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, name, email);
            roles.setValue(EnumSet.of(Role.EXAMINER));
        } else {
            roles.setValue(existing.roles());
        }
        form.add(roles);
        add(form);
        Button ok = new Button(getTranslation("accounts.save"), e -> {
            try {
                saved.accept(save.save(username.getValue(), name.getValue(), email.getValue(), roles.getValue()));
                close();
            } catch (AccountException refused) {
                TextField target = refused.key().equals("accounts.error.email") ? null : username;
                if (target != null && existing == null && !refused.key().equals("accounts.error.no-role")) {
                    target.setInvalid(true);
                    target.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                } else if (refused.key().equals("accounts.error.email")) {
                    email.setInvalid(true);
                    email.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                } else {
                    roles.setInvalid(true);
                    roles.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-staff");
        getFooter().add(new Button(getTranslation("accounts.cancel"), e -> close()), ok);
    }
}
