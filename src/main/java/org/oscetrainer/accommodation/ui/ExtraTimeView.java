package org.oscetrainer.accommodation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oscetrainer.accommodation.AccommodationService;
import org.oscetrainer.accommodation.TimeAccommodation;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.cohort.RosterStudent;
import org.oscetrainer.cohort.UnknownCohortException;
import org.oscetrainer.common.ui.Formats;

/**
 * Faculty: the extra time of a cohort's students (tiers-temps), those who have some first, and a dialog
 * to record, change or remove a student's.
 */
@Route("cohorts/:cohortId(\\d+)/extra-time")
@RolesAllowed("MANAGE_COHORTS")
public class ExtraTimeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A roster line with its extra time, if any. */
    record Line(RosterStudent student, TimeAccommodation accommodation) {
    }

    private static final int ROWS_SHOWN = 12;

    private final CohortService cohorts;
    private final AccommodationService accommodations;
    private final Clock clock;
    private final TextField search = new TextField();
    private final Grid<Line> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private CohortSummary cohort;

    public ExtraTimeView(CohortService cohorts, AccommodationService accommodations, Clock clock) {
        this.cohorts = cohorts;
        this.accommodations = accommodations;
        this.clock = clock;
        addClassName("extra-time-view");
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
        Paragraph intro = new Paragraph(getTranslation("accommodation.intro"));
        intro.addClassName("extra-time-intro");
        count.addClassName("extra-time-count");
        search.setLabel(getTranslation("cohort.roster.search.label"));
        search.setPlaceholder(getTranslation("cohort.roster.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(22em, 100%)");
        search.addValueChangeListener(e -> filter());
        add(new Anchor("cohorts/" + cohortId, "← " + cohort.name()), new H1(getTranslation("accommodation.title")),
                intro, count, search, grid());
        refresh();
    }

    private Grid<Line> grid() {
        grid.removeAllColumns();
        grid.addClassName("extra-time-grid");
        grid.addColumn(l -> l.student().displayName()).setHeader(getTranslation("accommodation.col.student")).setFlexGrow(3);
        grid.addColumn(l -> l.student().studentNumber()).setHeader(getTranslation("cohort.field.STUDENT_NUMBER")).setFlexGrow(2);
        grid.addColumn(l -> l.student().group()).setHeader(getTranslation("cohort.field.GROUP")).setFlexGrow(1);
        grid.addColumn(l -> l.accommodation() == null ? "—" : l.accommodation().extraTime().toString())
                .setHeader(getTranslation("accommodation.col.extra-time")).setFlexGrow(1);
        grid.addColumn(l -> l.accommodation() == null ? "" : getTranslation("accommodation.decided",
                l.accommodation().decidedBy(), Formats.date(l.accommodation().decidedOn(), getLocale())))
                .setHeader(getTranslation("accommodation.col.decided")).setFlexGrow(3);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("accommodation.col.action")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Button editButton(Line line) {
        Button edit = new Button(getTranslation(line.accommodation() == null ? "accommodation.set" : "accommodation.change"),
                e -> new ExtraTimeDialog(cohort.id(), line.student(), line.accommodation(), LocalDate.now(clock),
                        accommodations, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("edit-extra-time");
        edit.getElement().setAttribute("data-student", line.student().username());
        // the visible word and the student's name: each of the many buttons says whose extra time it sets
        edit.setAriaLabel(edit.getText() + " · " + line.student().displayName());
        return edit;
    }

    private void refresh() {
        Map<String, TimeAccommodation> given = accommodations.ofCohort(cohort.id()).stream()
                .collect(Collectors.toMap(TimeAccommodation::username, Function.identity()));
        List<Line> lines = cohorts.roster(cohort.id()).stream().map(s -> new Line(s, given.get(s.username())))
                // students with extra time first, then the roster's order
                .sorted(Comparator.comparing(l -> l.accommodation() == null)).toList();
        count.setText(getTranslation("accommodation.count", given.size(), lines.size()));
        grid.setItems(new ListDataProvider<>(new java.util.ArrayList<>(lines)));
        filter();
        // a short roster shows whole; a long one scrolls inside the grid
        grid.setAllRowsVisible(lines.size() <= ROWS_SHOWN);
        grid.setHeight(lines.size() <= ROWS_SHOWN ? null : "32rem");
    }

    @SuppressWarnings("unchecked")
    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<Line>) grid.getDataProvider()).setFilter(l -> q.isEmpty()
                || (l.student().displayName() + " " + l.student().studentNumber() + " " + l.student().email())
                        .toLowerCase(Locale.ROOT).contains(q));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accommodation.title") + (cohort == null ? "" : " · " + cohort.name()) + " · "
                + getTranslation("app.name");
    }
}
