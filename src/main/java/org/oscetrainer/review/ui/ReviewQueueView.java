package org.oscetrainer.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.review.ReviewQueueEntry;
import org.oscetrainer.review.ReviewService;

/** The examiner's queue: every ended encounter, newest first. */
@Route("review")
@Menu(order = 10, title = "nav.review")
@RolesAllowed({"EXAMINER", "FACULTY", "ADMIN"})
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    public ReviewQueueView(ReviewService review) {
        addClassName("review-queue-view");
        setSizeFull();
        add(new H1(getTranslation("review.title")), new Paragraph(getTranslation("review.intro")));
        Grid<ReviewQueueEntry> grid = new Grid<>();
        grid.addClassName("review-queue");
        grid.addColumn(ReviewQueueEntry::studentName).setHeader(getTranslation("col.student")).setSortable(true).setFlexGrow(2);
        grid.addColumn(ReviewQueueEntry::stationTitle).setHeader(getTranslation("col.station")).setSortable(true).setFlexGrow(3);
        grid.addColumn(e -> Formats.dateTime(e.endedAt(), getLocale())).setHeader(getTranslation("col.ended")).setFlexGrow(2);
        grid.addColumn(e -> e.score() == null ? getTranslation("review.scoring") : e.score() + " / " + e.maxScore())
                .setHeader(getTranslation("col.score")).setFlexGrow(1);
        grid.addComponentColumn(e -> new Anchor("review/encounter/" + e.encounterId(), getTranslation("review.open")))
                .setHeader(getTranslation("col.action")).setFlexGrow(1);
        grid.setItems(review.queue());
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
