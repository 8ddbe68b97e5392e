package org.oscetrainer.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.oscetrainer.common.ui.LanguageSwitch;
import org.oscetrainer.security.AccountException;
import org.oscetrainer.security.SetPasswordLinks;

/**
 * The page a set-password link opens ({@code /set-password?token=…}): whose account it is, the
 * password rules, the new password twice. Open to anyone; the token is the key, and works once.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SetPasswordLinks links;
    private final Div body = new Div();

    public SetPasswordView(SetPasswordLinks links) {
        this.links = links;
        addClassNames("login-view", "set-password-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        body.addClassName("set-password-card");
        add(new LanguageSwitch(), brand, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        body.removeAll();
        links.holder(token).ifPresentOrElse(name -> form(token, name), this::invalid);
    }

    private void form(String token, String name) {
        Paragraph who = new Paragraph(getTranslation("password.set.for", name));
        who.addClassName("set-password-for");
        PasswordFields fields = new PasswordFields();
        Button save = new Button(getTranslation("password.set.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-password");
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(e -> fields.value().ifPresent(password -> {
            try {
                String username = links.redeem(token, password);
                done(username);
            } catch (AccountException refused) {
                if (refused.key().startsWith("password.rule.")) {
                    fields.refuse(getTranslation(refused.key(), refused.arguments()));
                } else {
                    invalid();
                }
            }
        }));
        body.add(new com.vaadin.flow.component.html.H2(getTranslation("password.set.title")), who, fields, save);
    }

    private void done(String username) {
        body.removeAll();
        Paragraph saved = new Paragraph(getTranslation("password.set.done", username));
        saved.addClassName("password-saved");
        Anchor signIn = new Anchor("login", getTranslation("password.set.sign-in"));
        signIn.addClassName("sign-in-link");
        body.add(saved, signIn);
    }

    private void invalid() {
        body.removeAll();
        Paragraph dead = new Paragraph(getTranslation("password.error.link"));
        dead.addClassName("link-invalid");
        body.add(dead, new Anchor("login", getTranslation("password.set.sign-in")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.set.title") + " · " + getTranslation("app.name");
    }
}
