package org.oscetrainer.cohort.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.cohort.RosterStudent;
import org.oscetrainer.cohort.UnknownCohortException;

/** Faculty: one cohort, its roster (sorted, filtered by name or group) and the roster import. */
@Route("cohorts/:cohortId(\\d+)")
@RolesAllowed("MANAGE_COHORTS")
public class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "";
    private static final int ROWS_SHOWN = 12;

    private final CohortService cohorts;
    private final RosterImport imports;
    private final Paragraph meta = new Paragraph();
    private final H2 rosterTitle = new H2();
    private final TextField search = new TextField();
    private final Select<String> group = new Select<>();
    private final HorizontalLayout filters = new HorizontalLayout();
    private final Grid<RosterStudent> roster = new Grid<>();
    private CohortSummary cohort;

    public CohortView(CohortService cohorts, RosterImport imports) {
        this.cohorts = cohorts;
        this.imports = imports;
        addClassName("cohort-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = event.getRouteParameters().getLong("cohortId").orElseThrow();
        try {
            cohort = cohorts.cohort(cohortId);
        } catch (UnknownCohortException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        meta.addClassName("cohort-meta");
        // the extra-time page is the accommodation module's: a link by address, no dependency on it
        Anchor extraTime = new Anchor("cohorts/" + cohortId + "/extra-time", getTranslation("cohort.extra-time"));
        extraTime.addClassName("extra-time-link");
        add(new Anchor("cohorts", "← " + getTranslation("cohort.back")), new H1(cohort.name()), meta, extraTime);
        add(new H2(getTranslation("cohort.import.title")), new RosterImportPanel(cohort, imports, this::refresh));
        rosterTitle.addClassName("roster-title");
        add(rosterTitle, filters(), roster());
        refresh();
    }

    private HorizontalLayout filters() {
        filters.removeAll();
        search.setLabel(getTranslation("cohort.roster.search.label"));
        search.setPlaceholder(getTranslation("cohort.roster.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("roster-search");
        search.setWidth("22em");
        group.setLabel(getTranslation("cohort.field.GROUP"));
        List<String> options = new ArrayList<>(List.of(ALL));
        options.addAll(cohort.groups());
        group.setItems(options);
        group.setItemLabelGenerator(g -> g.isEmpty() ? getTranslation("cohort.roster.all-groups") : g);
        group.setValue(ALL);
        group.addClassName("roster-group");
        search.addValueChangeListener(e -> filter());
        group.addValueChangeListener(e -> filter());
        filters.add(search, group);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("roster-filters");
        return filters;
    }

    private Grid<RosterStudent> roster() {
        Collator text = Collator.getInstance(Locale.FRENCH);
        roster.addClassName("roster");
        roster.addColumn(RosterStudent::studentNumber).setHeader(getTranslation("cohort.field.STUDENT_NUMBER"))
                .setComparator(RosterStudent::studentNumber).setFlexGrow(1);
        roster.addColumn(RosterStudent::lastName).setHeader(getTranslation("cohort.field.LAST_NAME"))
                .setComparator(Comparator.comparing(RosterStudent::lastName, text)).setFlexGrow(2);
        roster.addColumn(RosterStudent::firstName).setHeader(getTranslation("cohort.field.FIRST_NAME"))
                .setComparator(Comparator.comparing(RosterStudent::firstName, text)).setFlexGrow(2);
        roster.addColumn(RosterStudent::email).setHeader(getTranslation("cohort.field.EMAIL"))
                .setComparator(RosterStudent::email).setFlexGrow(3);
        roster.addColumn(RosterStudent::group).setHeader(getTranslation("cohort.field.GROUP"))
                .setComparator(RosterStudent::group).setFlexGrow(1);
        roster.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        roster.setEmptyStateText(getTranslation("cohort.roster.empty"));
        return roster;
    }

    private void refresh() {
        cohort = cohorts.cohort(cohort.id());
        meta.setText(getTranslation("cohort.meta", cohort.academicYearLabel(), String.join(", ", cohort.groups()),
                cohort.students()));
        rosterTitle.setText(getTranslation("cohort.roster.title", cohort.students()));
        List<RosterStudent> students = cohorts.roster(cohort.id());
        roster.setItems(new ListDataProvider<>(new ArrayList<>(students)));
        filter();
        // a short roster shows whole; a long one scrolls inside the grid
        filters.setVisible(!students.isEmpty());
        if (students.size() <= ROWS_SHOWN) {
            roster.setAllRowsVisible(true);
        } else {
            roster.setAllRowsVisible(false);
            roster.setHeight("32rem");
        }
    }

    /** Keeps the students of the chosen group whose name, number or e-mail contains the search, accents aside. */
    @SuppressWarnings("unchecked")
    private void filter() {
        String q = plain(search.getValue());
        String g = group.getValue() == null ? ALL : group.getValue();
        ((ListDataProvider<RosterStudent>) roster.getDataProvider()).setFilter(s -> (g.isEmpty() || s.group().equals(g))
                && (q.isEmpty() || plain(s.lastName() + " " + s.firstName() + " " + s.firstName() + " " + s.lastName()
                        + " " + s.studentNumber() + " " + s.email()).contains(q)));
    }

    private static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return (cohort == null ? "" : cohort.name() + " · ") + getTranslation("cohort.title") + " · " + getTranslation("app.name");
    }
}
