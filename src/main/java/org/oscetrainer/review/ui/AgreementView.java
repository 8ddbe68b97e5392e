package org.oscetrainer.review.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.oscetrainer.common.ui.SimulatedNotice;
import org.oscetrainer.review.AgreementFigures;
import org.oscetrainer.review.AgreementService;
import org.oscetrainer.review.StationAgreement;

/**
 * AI-versus-examiner agreement on signed-off reviews, per station and per rubric item; the demo's simulated
 * encounters in a section of their own, labelled, below the real figures.
 */
@Route("agreement")
@Menu(order = 15, title = "nav.agreement")
@RolesAllowed("READ_REVIEWS")
public class AgreementView extends VerticalLayout implements HasDynamicTitle {

    public AgreementView(AgreementService agreement) {
        addClassName("agreement-view");
        add(new H1(getTranslation("agreement.title")), new Paragraph(getTranslation("agreement.intro")));
        Paragraph howToRead = new Paragraph(getTranslation("agreement.kappa-help"));
        howToRead.addClassName("kappa-help");
        add(howToRead);
        List<StationAgreement> stations = agreement.agreement();
        List<StationAgreement> simulated = agreement.simulatedAgreement();
        if (stations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(simulated.isEmpty() ? "agreement.none" : "agreement.none.real"));
            none.addClassName("agreement-none");
            add(none);
        } else {
            add(new H2(getTranslation("agreement.by-station")), stationGrid(stations, "agreement-stations"),
                    blindSection(agreement.blindAgreement()));
            for (StationAgreement s : stations) {
                Grid<StationAgreement.ItemAgreement> items = new Grid<>();
                items.addClassName("agreement-items");
                items.getElement().setAttribute("data-station", s.stationId());
                items.addColumn(StationAgreement.ItemAgreement::label).setHeader(getTranslation("col.item")).setFlexGrow(4);
                figureColumns(items, StationAgreement.ItemAgreement::aiVsExaminer);
                items.setItems(s.items());
                items.setAllRowsVisible(true);
                items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
                add(new H2(getTranslation("agreement.by-item", s.stationTitle())), items);
            }
        }
        if (!simulated.isEmpty()) {
            add(simulatedSection(simulated));
        }
    }

    /**
     * The demo's simulated encounters, apart from the real figures and labelled: their examiner is simulated
     * and marks as the AI proposed, so their agreement (near 100 %) must never be read as the AI's.
     */
    private Div simulatedSection(List<StationAgreement> simulated) {
        Div section = new Div();
        section.addClassName("agreement-simulated");
        int reviews = simulated.stream().mapToInt(StationAgreement::reviews).sum();
        section.add(new H2(getTranslation("agreement.simulated.title")),
                new SimulatedNotice("agreement.simulated.notice", reviews), stationGrid(simulated, "agreement-simulated-stations"));
        return section;
    }

    private Grid<StationAgreement> stationGrid(List<StationAgreement> stations, String className) {
        Grid<StationAgreement> byStation = new Grid<>();
        byStation.addClassName(className);
        byStation.addColumn(StationAgreement::stationTitle).setHeader(getTranslation("col.station")).setFlexGrow(3);
        byStation.addColumn(StationAgreement::reviews).setHeader(getTranslation("agreement.col.reviews"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        figureColumns(byStation, StationAgreement::aiVsExaminer);
        byStation.addColumn(s -> s.examinerVsExaminer().n() == 0 ? "—" : getTranslation("agreement.examiners",
                kappa(s.examinerVsExaminer()), s.examinerVsExaminer().n()))
                .setHeader(getTranslation("agreement.col.examiners")).setFlexGrow(2);
        byStation.addColumn(s -> s.blindAiVsExaminer().n() == 0 ? "—" : getTranslation("agreement.examiners",
                kappa(s.blindAiVsExaminer()), s.blindAiVsExaminer().n()))
                .setHeader(getTranslation("agreement.col.blind")).setFlexGrow(2);
        byStation.setItems(stations);
        byStation.setAllRowsVisible(true);
        byStation.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return byStation;
    }

    /** The agreement on blind items, apart: the examiners marked them before seeing the AI's proposal. */
    private Div blindSection(AgreementFigures blind) {
        Div section = new Div();
        section.addClassName("agreement-blind");
        Paragraph intro = new Paragraph(getTranslation("agreement.blind.intro"));
        intro.addClassName("blind-help");
        Paragraph figures = new Paragraph(blind.n() == 0 ? getTranslation("agreement.blind.none")
                : getTranslation("agreement.blind.figures", blind.n(), percent(blind), kappa(blind),
                        getTranslation("agreement.band." + blind.band().name().toLowerCase(Locale.ROOT))));
        figures.addClassName("blind-figures");
        figures.getElement().setAttribute("data-n", String.valueOf(blind.n()));
        section.add(new H2(getTranslation("agreement.blind.title")), intro, figures);
        return section;
    }

    private <T> void figureColumns(Grid<T> grid, Function<T, AgreementFigures> figures) {
        grid.addColumn(t -> figures.apply(t).n()).setHeader(getTranslation("agreement.col.n"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(t -> percent(figures.apply(t))).setHeader(getTranslation("agreement.col.percent"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(t -> kappa(figures.apply(t))).setHeader(getTranslation("agreement.col.kappa"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("agreement.band." + figures.apply(t).band().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("agreement.col.band")).setFlexGrow(2);
    }

    private String percent(AgreementFigures f) {
        return Double.isNaN(f.percent()) ? "—" : String.format(getLocale(), "%.1f %%", f.percent());
    }

    private String kappa(AgreementFigures f) {
        return Double.isNaN(f.kappa()) ? "—" : String.format(getLocale(), "%.2f", Math.abs(f.kappa()) < 0.005 ? 0.0 : f.kappa());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreement.title") + " · " + getTranslation("app.name");
    }
}
