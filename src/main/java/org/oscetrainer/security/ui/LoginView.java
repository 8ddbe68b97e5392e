package org.oscetrainer.security.ui;

import org.oscetrainer.common.ui.HomeView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.oscetrainer.common.ui.LanguageSwitch;
import org.oscetrainer.security.DemoAccount;
import org.oscetrainer.security.SecurityProperties;
import org.oscetrainer.security.internal.SignInThrottledException;
import org.oscetrainer.security.sso.SsoProperties;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. With single sign-on configured, a "Sign in with …" button first; with demo accounts
 * enabled, their credentials.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Clock clock;

    public LoginView(SecurityProperties properties, SsoProperties sso, Clock clock) {
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tagline");
        add(new LanguageSwitch(), brand, tagline);
        if (sso.enabled()) {
            add(ssoSignIn(sso));
        }
        add(form);

        if (properties.demo().enabled()) {
            Div demo = new Div();
            demo.addClassName("demo-accounts");
            demo.add(new H2(getTranslation("login.demo.title")));
            for (DemoAccount account : DemoAccount.values()) {
                Paragraph line = new Paragraph();
                line.add(new Span(getTranslation("login.demo.role", getTranslation("role." + account.role().name())) + " "));
                Span user = new Span(account.username());
                user.addClassName("credential");
                line.add(user, new Span(" / "));
                Span pw = new Span(properties.demo().password());
                pw.addClassName("credential");
                line.add(pw);
                demo.add(line);
            }
            add(demo);
        }
    }

    /** A plain link: the browser leaves the app for the provider, and comes back signed in or refused. */
    private Div ssoSignIn(SsoProperties sso) {
        Anchor button = new Anchor(sso.signInPath().substring(1), getTranslation("login.sso", sso.displayName()));
        button.addClassName("sso-sign-in");
        button.setRouterIgnore(true);
        Paragraph or = new Paragraph(getTranslation("login.sso.or"));
        or.addClassName("sso-or");
        Div block = new Div(button, or);
        block.addClassName("sso");
        return block;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn()) {
            // already signed in (e.g. a page reloaded just as the sign-in went through): to the app, not the form again
            event.forwardTo(HomeView.class);
            return;
        }
        boolean refused = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        var throttled = refused ? throttled() : java.util.Optional.<SignInThrottledException>empty();
        if (throttled.isPresent()) {
            // the password may be right: the person must wait, not look for another one
            long seconds = Math.max(0, java.time.Duration.between(clock.instant(), throttled.get().lockedUntil()).toSeconds());
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", Math.max(1, (seconds + 59) / 60)));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        form.setI18n(i18n);
        form.setError(refused);
        // Signing in changes the session id (session fixation protection). A push connection of this
        // page still open with the old id could make the server start a fresh session and hand its
        // cookie to the browser, signing the person out again: the login page needs no push.
        event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    private static boolean signedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    /** The last refusal, which Spring's failure handler keeps in the session, if it was throttling. */
    private static java.util.Optional<SignInThrottledException> throttled() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof SignInThrottledException t ? java.util.Optional.of(t) : java.util.Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
