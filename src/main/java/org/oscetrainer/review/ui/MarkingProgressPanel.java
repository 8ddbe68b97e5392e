package org.oscetrainer.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.oscetrainer.review.SessionMarkingProgress;
import org.oscetrainer.security.CurrentUser;

/**
 * A session's marking progress: a table of its stations (first marking signed off, not begun, second
 * marking signed off out of assigned), then, per examiner, a compact progress bar and a table of their
 * first and second markings per station. The signed-in examiner's own comes first.
 */
class MarkingProgressPanel extends Div {

    MarkingProgressPanel(SessionMarkingProgress progress) {
        addClassName("marking-progress-panel");
        setWidthFull();
        Grid<SessionMarkingProgress.Station> stations = new Grid<>();
        stations.addClassName("marking-stations");
        stations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        stations.setAllRowsVisible(true);
        stations.addColumn(SessionMarkingProgress.Station::title).setHeader(getTranslation("col.station")).setFlexGrow(3);
        stations.addColumn(SessionMarkingProgress.Station::encounters).setHeader(getTranslation("marking.col.encounters"))
                .setFlexGrow(1);
        stations.addComponentColumn(s -> bar(s.firstSigned(), s.encounters()))
                .setHeader(getTranslation("marking.col.first-signed")).setFlexGrow(2);
        stations.addColumn(SessionMarkingProgress.Station::firstNotBegun).setHeader(getTranslation("marking.col.not-begun"))
                .setFlexGrow(1);
        stations.addComponentColumn(s -> bar(s.secondSigned(), s.secondAssigned()))
                .setHeader(getTranslation("marking.col.second-signed")).setFlexGrow(2);
        stations.setItems(progress.stations());
        add(stations);

        Div examiners = new Div();
        examiners.addClassName("marking-examiners");
        if (progress.examiners().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("marking.examiners.none"));
            none.addClassName("no-examiners");
            examiners.add(none);
        }
        String me = CurrentUser.username();
        progress.examiners().stream().filter(e -> e.username().equals(me)).forEach(e -> examiners.add(examiner(e, true)));
        progress.examiners().stream().filter(e -> !e.username().equals(me)).forEach(e -> examiners.add(examiner(e, false)));
        add(examiners);
    }

    private Div examiner(SessionMarkingProgress.Examiner e, boolean mine) {
        Div card = new Div();
        card.addClassName("examiner-progress");
        card.getElement().setAttribute("data-examiner", e.username());
        Div head = new Div();
        head.addClassName("examiner-progress-head");
        H3 name = new H3(mine ? getTranslation("marking.examiner.you", e.name()) : e.name());
        ProgressBar bar = new ProgressBar(0, 1, e.done());
        bar.addClassName("examiner-bar");
        Span summary = new Span(getTranslation("marking.examiner.summary", e.signed(), e.toDo()));
        summary.addClassName("examiner-summary");
        bar.getElement().setAttribute("aria-label", name.getText() + ": " + summary.getText());
        head.add(name, bar, summary);
        Grid<SessionMarkingProgress.Line> lines = new Grid<>();
        lines.addClassName("examiner-lines");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAllRowsVisible(true);
        lines.addColumn(SessionMarkingProgress.Line::title).setHeader(getTranslation("col.station")).setFlexGrow(3);
        lines.addColumn(l -> getTranslation("marking.count", l.firstSigned(), l.firstBegun()))
                .setHeader(getTranslation("marking.col.first")).setFlexGrow(2);
        lines.addColumn(l -> getTranslation("marking.count", l.secondSigned(), l.secondMarkings()))
                .setHeader(getTranslation("marking.col.second")).setFlexGrow(2);
        lines.setItems(e.stations());
        card.add(head, lines);
        return card;
    }

    /** A compact bar with "signed / of" beside it; a dash when there is nothing to do. */
    private Component bar(int done, int of) {
        Div cell = new Div();
        cell.addClassName("count-bar");
        if (of == 0) {
            cell.add(new Span("—"));
            return cell;
        }
        ProgressBar bar = new ProgressBar(0, of, done);
        Span text = new Span(getTranslation("marking.count", done, of));
        bar.getElement().setAttribute("aria-label", text.getText());
        cell.add(bar, text);
        return cell;
    }
}
