package org.oscetrainer.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.oscetrainer.analytics.StudentProfile;
import org.oscetrainer.analytics.StudentProfileService;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.common.ui.OsceChart;

/** Faculty: one student's scores over time and, per station of their sessions, against the cohort's mean. */
@Route("analytics/student")
@RolesAllowed("READ_ANALYTICS")
public class StudentProfileView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final StudentProfileService profiles;
    private String name = "";

    public StudentProfileView(StudentProfileService profiles) {
        this.profiles = profiles;
        addClassName("profile-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String username) {
        StudentProfile profile = profiles.profile(username);
        name = profile.displayName();
        removeAll();
        add(new H1(getTranslation("profile.title", profile.displayName())));
        if (profile.attempts().isEmpty()) {
            add(new Paragraph(getTranslation("profile.none")));
            return;
        }
        add(new H2(getTranslation("profile.over-time")), overTime(profile));
        if (!profile.stations().isEmpty()) {
            add(new H2(getTranslation("profile.against-cohort")), againstCohort(profile));
        }
    }

    private Div overTime(StudentProfile profile) {
        List<String> labels = profile.attempts().stream()
                .map(a -> Formats.date(a.startedAt().atZone(Formats.zone()).toLocalDate(), getLocale()) + " · " + a.stationId())
                .toList();
        OsceChart chart = new OsceChart(getTranslation("profile.over-time.aria", profile.displayName())).lines(labels,
                List.of(new OsceChart.Series(getTranslation("col.percent"),
                        profile.attempts().stream().map(StudentProfile.Attempt::percent).toList(), Palette.color(0))),
                null, "%", 100.0);
        Grid<StudentProfile.Attempt> table = new Grid<>();
        table.addClassName("attempts-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(a -> Formats.dateTime(a.startedAt(), getLocale())).setHeader(getTranslation("col.date")).setFlexGrow(2);
        table.addColumn(StudentProfile.Attempt::stationTitle).setHeader(getTranslation("col.station")).setFlexGrow(3);
        table.addColumn(a -> a.sessionName() == null ? getTranslation("profile.free-practice") : a.sessionName())
                .setHeader(getTranslation("profile.session")).setFlexGrow(2);
        table.addColumn(a -> Numbers.one(a.percent(), getLocale()) + " %").setHeader(getTranslation("col.percent"));
        table.addColumn(a -> getTranslation(a.reviewed() ? "profile.reviewed" : "profile.proposed"))
                .setHeader(getTranslation("col.status")).setFlexGrow(2);
        table.setItems(profile.attempts());
        table.setAllRowsVisible(true);
        return new ChartWithTable(chart, table);
    }

    private Div againstCohort(StudentProfile profile) {
        List<String> labels = profile.stations().stream().map(s -> s.stationTitle()).toList();
        OsceChart chart = new OsceChart(getTranslation("profile.against-cohort.aria", profile.displayName())).bars(labels,
                List.of(new OsceChart.Series(profile.displayName(),
                                profile.stations().stream().map(StudentProfile.StationLine::percent).toList(), Palette.color(0)),
                        new OsceChart.Series(getTranslation("profile.cohort-mean"),
                                profile.stations().stream().map(StudentProfile.StationLine::cohortMeanPercent).toList(),
                                Palette.color(1))), null, "%", 100.0);
        Grid<StudentProfile.StationLine> table = new Grid<>();
        table.addClassName("stations-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(StudentProfile.StationLine::sessionName).setHeader(getTranslation("profile.session")).setFlexGrow(2);
        table.addColumn(StudentProfile.StationLine::stationTitle).setHeader(getTranslation("col.station")).setFlexGrow(3);
        table.addColumn(s -> Numbers.one(s.percent(), getLocale()) + " %").setHeader(getTranslation("col.percent"));
        table.addColumn(s -> Numbers.one(s.cohortMeanPercent(), getLocale()) + " %").setHeader(getTranslation("profile.cohort-mean"));
        table.addColumn(s -> getTranslation(s.passed() ? "analytics.pass" : "analytics.fail"))
                .setHeader(getTranslation("analytics.col.outcome"));
        table.setItems(profile.stations());
        table.setAllRowsVisible(true);
        return new ChartWithTable(chart, table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title", name) + " · " + getTranslation("app.name");
    }
}
