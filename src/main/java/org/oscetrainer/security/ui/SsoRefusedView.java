package org.oscetrainer.security.ui;

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
import com.vaadin.flow.shared.communication.PushMode;
import org.oscetrainer.common.ui.LanguageSwitch;
import org.oscetrainer.security.sso.SsoRefusal.Reason;
import org.oscetrainer.security.sso.SsoRefused;

/**
 * Why a single sign-on gave no session (no account for this person, a disabled one, a provider
 * error), in the person's language. It only links back to the sign-in page: starting the provider's
 * sign-in again by itself would loop for a person the provider knows and the app does not.
 */
@Route(value = SsoRefused.PAGE, autoLayout = false)
@AnonymousAllowed
public class SsoRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Div message = new Div();

    public SsoRefusedView() {
        addClassNames("login-view", "sso-refused");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        message.addClassName("sso-refused-card");
        add(new LanguageSwitch(), brand, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
        var session = event.getUI().getSession().getSession();
        SsoRefused refused = session == null ? null : (SsoRefused) session.getAttribute(SsoRefused.SESSION_ATTRIBUTE);
        message.removeAll();
        message.add(new com.vaadin.flow.component.html.H2(getTranslation("sso.refused.title")));
        if (refused == null) {
            message.add(paragraph("reason", getTranslation("sso.refused.none")));
        } else {
            String value = refused.value() == null ? "" : refused.value();
            message.add(paragraph("reason", getTranslation(refused.reason().key(), refused.provider(), value, refused.claim())));
            if (refused.reason() == Reason.NO_ACCOUNT) {
                message.add(paragraph("help", getTranslation("sso.refused.no-account.help")));
                message.add(paragraph("help", getTranslation("sso.refused.other-identity", refused.provider())));
            }
            message.add(paragraph("recorded", getTranslation("sso.refused.recorded")));
        }
        Anchor back = new Anchor("login", getTranslation("sso.refused.back"));
        back.addClassName("back-to-login");
        message.add(back);
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.title") + " · " + getTranslation("app.name");
    }
}
