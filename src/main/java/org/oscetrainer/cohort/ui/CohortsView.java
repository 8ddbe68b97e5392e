package org.oscetrainer.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.CohortSummary;
import org.oscetrainer.cohort.InvalidCohortException;

/** Faculty: the cohorts (name, academic year, groups, students) and a new cohort. */
@Route("cohorts")
@Menu(order = 18, title = "cohort.nav")
@RolesAllowed("MANAGE_COHORTS")
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    private final CohortService cohorts;
    private final Grid<CohortSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final IntegerField year = new IntegerField();
    private final TextField groups = new TextField();

    public CohortsView(CohortService cohorts, Clock clock) {
        this.cohorts = cohorts;
        addClassName("cohorts-view");

        grid.addClassName("cohorts");
        grid.addComponentColumn(c -> new Anchor("cohorts/" + c.id(), c.name())).setHeader(getTranslation("cohort.col.name"))
                .setComparator(CohortSummary::name).setFlexGrow(3);
        grid.addColumn(CohortSummary::academicYearLabel).setHeader(getTranslation("cohort.col.year"))
                .setComparator(CohortSummary::academicYear).setFlexGrow(1);
        grid.addColumn(c -> String.join(", ", c.groups())).setHeader(getTranslation("cohort.col.groups")).setFlexGrow(2);
        grid.addColumn(CohortSummary::students).setHeader(getTranslation("cohort.col.students"))
                .setComparator(CohortSummary::students).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("cohort.none"));
        grid.addItemClickListener(e -> open(e.getItem().id()));

        add(new H1(getTranslation("cohort.title")), new Paragraph(getTranslation("cohort.intro")), grid,
                new H2(getTranslation("cohort.new.title")), form(clock));
        refresh();
    }

    private HorizontalLayout form(Clock clock) {
        name.setLabel(getTranslation("cohort.new.name"));
        name.setPlaceholder(getTranslation("cohort.new.name.placeholder"));
        name.setMaxLength(100);
        name.addClassName("cohort-name");
        LocalDate today = LocalDate.now(clock);
        year.setLabel(getTranslation("cohort.new.year"));
        year.setValue(today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setHelperText(getTranslation("cohort.new.year.helper"));
        year.addClassName("cohort-year");
        groups.setLabel(getTranslation("cohort.new.groups"));
        groups.setPlaceholder("A, B, C");
        groups.setHelperText(getTranslation("cohort.new.groups.helper"));
        groups.addClassName("cohort-groups");
        Button create = new Button(getTranslation("cohort.new.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-cohort");
        HorizontalLayout form = new HorizontalLayout(name, year, groups, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.addClassName("new-cohort");
        return form;
    }

    private void create() {
        name.setInvalid(false);
        year.setInvalid(false);
        groups.setInvalid(false);
        if (year.getValue() == null) {
            invalid(year, InvalidCohortException.Reason.YEAR_OUT_OF_RANGE);
            return;
        }
        List<String> list = Arrays.stream(groups.getValue().split("[,;]")).map(String::strip).filter(g -> !g.isEmpty()).toList();
        try {
            open(cohorts.create(name.getValue(), year.getValue(), list).id());
        } catch (InvalidCohortException e) {
            switch (e.reason()) {
                case NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN -> invalid(name, e.reason());
                case YEAR_OUT_OF_RANGE -> invalid(year, e.reason());
                default -> invalid(groups, e.reason());
            }
        }
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, InvalidCohortException.Reason reason) {
        field.setErrorMessage(getTranslation("cohort.invalid." + reason.name()));
        field.setInvalid(true);
    }

    private void open(long cohortId) {
        getUI().ifPresent(ui -> ui.navigate("cohorts/" + cohortId));
    }

    private void refresh() {
        grid.setItems(cohorts.cohorts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohort.title") + " · " + getTranslation("app.name");
    }
}
