package org.oscetrainer.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.oscetrainer.security.Account;
import org.oscetrainer.security.AccountException;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SetPasswordLinks;

/**
 * Accounts. Admins list and search every account, create staff, give roles, disable, enable and
 * reset; faculty see student accounts and hand out set-password links to them (for instance after
 * a roster import: search for the cohort's students, select, create links).
 */
@Route("accounts")
@Menu(order = 85, title = "nav.accounts")
@RolesAllowed("MANAGE_STUDENT_ACCOUNTS")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 500;

    private final AccountService accounts;
    private final SetPasswordLinks links;
    private final boolean admin = CurrentUser.can(Capability.ADMINISTER_ACCOUNTS);
    private final TextField search = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final Grid<Account> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Button createLinks = new Button();

    public AccountsView(AccountService accounts, SetPasswordLinks links) {
        this.accounts = accounts;
        this.links = links;
        addClassName("accounts-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("accounts-search");
        search.addValueChangeListener(e -> refresh());
        role.setPlaceholder(getTranslation("accounts.all-roles"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setClearButtonVisible(true);
        role.addClassName("accounts-role");
        role.addValueChangeListener(e -> refresh());
        role.setVisible(admin);

        createLinks.setText(getTranslation("accounts.links.create"));
        createLinks.addClassName("create-links");
        createLinks.setEnabled(false);
        createLinks.addClickListener(e -> handOutLinks(grid.getSelectedItems().stream().map(Account::username).toList()));
        Button newStaff = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), e -> new StaffDialog(null,
                (username, name, email, roles) -> accounts.createStaff(username, name, email, roles), saved -> {
                    notice(getTranslation("accounts.created", saved.username()));
                    search.setValue(saved.username());
                    refresh();
                }).open());
        newStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newStaff.addClassName("new-staff");
        newStaff.setVisible(admin);

        HorizontalLayout bar = new HorizontalLayout(search, role, createLinks, newStaff);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("accounts-bar");

        grid.addClassName("accounts-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addAttachListener(e -> org.oscetrainer.common.ui.SelectionCheckboxes.name(grid, getTranslation("accounts.select-row")));
        grid.addColumn(Account::username).setHeader(getTranslation("accounts.col.username")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("accounts.col.name")).setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("accounts.col.email")).setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("accounts.col.roles")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(!a.enabled() ? "accounts.status.disabled"
                : a.passwordSet() ? "accounts.status.active" : "accounts.status.no-password"))
                .setHeader(getTranslation("accounts.col.status")).setAutoWidth(true)
                .setClassNameGenerator(a -> a.enabled() ? null : "disabled");
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("accounts.col.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            createLinks.setEnabled(n > 0);
            createLinks.setText(n == 0 ? getTranslation("accounts.links.create")
                    : getTranslation("accounts.links.create-n", n));
        });
        count.addClassName("accounts-count");

        add(new H1(getTranslation("accounts.title")),
                new Paragraph(getTranslation(admin ? "accounts.intro.admin" : "accounts.intro.faculty")), bar, count, grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout actions(Account account) {
        Button roles = new Button(getTranslation("accounts.action.roles"), e -> new StaffDialog(account,
                (u, n, m, chosen) -> accounts.setRoles(account.username(), chosen), saved -> {
                    notice(getTranslation("accounts.roles.saved", saved.username()));
                    refresh();
                }).open());
        roles.addClassName("edit-roles");
        Button enable = new Button(getTranslation(account.enabled() ? "accounts.action.disable" : "accounts.action.enable"),
                e -> act(() -> accounts.setEnabled(account.username(), !account.enabled())));
        enable.addClassName(account.enabled() ? "disable-account" : "enable-account");
        enable.setVisible(!account.username().equals(CurrentUser.username()));
        Button reset = new Button(getTranslation("accounts.action.reset"), e -> act(() ->
                new LinksDialog(List.of(links.reset(account.username(), baseUrl()))).open()));
        reset.addClassName("reset-account");
        reset.getElement().setAttribute("title", getTranslation("accounts.action.reset.hint"));
        for (Button b : List.of(roles, enable, reset)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout row = new HorizontalLayout(roles, enable, reset);
        row.setSpacing(false);
        return row;
    }

    private void handOutLinks(List<String> usernames) {
        act(() -> {
            new LinksDialog(links.create(usernames, baseUrl())).open();
            grid.deselectAll();
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (AccountException refused) {
            Notification.show(getTranslation(refused.key(), refused.arguments()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        List<Account> found = accounts.search(search.getValue(), role.getValue(), SHOWN + 1);
        grid.setItems(found.size() > SHOWN ? found.subList(0, SHOWN) : found);
        count.setText(found.size() > SHOWN ? getTranslation("accounts.count.more", SHOWN)
                : getTranslation("accounts.count", found.size()));
    }

    private void notice(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Where this person reached the app, for links when {@code osce.accounts.public-url} is not set. */
    private static String baseUrl() {
        HttpServletRequest request = VaadinServletRequest.getCurrent() == null ? null
                : ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getHttpServletRequest();
        if (request == null) {
            return null;
        }
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
