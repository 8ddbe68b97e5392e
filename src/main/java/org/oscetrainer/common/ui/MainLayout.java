package org.oscetrainer.common.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every signed-in view: the app name, the menu (only the views the person's role may
 * open, found from their {@code @Menu} annotations), the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");

        Div user = new Div();
        user.addClassName("user-box");
        authentication.getPrincipalName().ifPresent(name -> {
            Span who = new Span(name);
            who.addClassName("user-name");
            user.add(who);
        });
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        user.add(new LanguageSwitch(), logout);

        DrawerToggle toggle = new DrawerToggle();
        toggle.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        addToNavbar(toggle, brand, user);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.menu"));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        addAttachListener(attached -> Formats.learnClientZone(attached.getUI()));
    }
}
