package org.oscetrainer.review.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.oscetrainer.examsession.CircuitStation;
import org.oscetrainer.review.MarkingTask;
import org.oscetrainer.review.SecondMarkingAssignments;
import org.oscetrainer.review.SessionMarkingService;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;
import org.oscetrainer.common.ui.Formats;
import org.oscetrainer.review.ReviewQueueEntry;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.review.ReviewService;
import org.oscetrainer.review.ReviewStatus;

/** The examiner's queue: every ended encounter, newest first, filtered by exam session, station, status and disagreement. */
@Route("review")
@Menu(order = 10, title = "nav.review")
@RolesAllowed("READ_REVIEWS")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final List<ReviewQueueEntry> entries;
    private final ComboBox<ExamSession> session = new ComboBox<>();
    private final ComboBox<String> station = new ComboBox<>();
    private final ComboBox<ReviewStatus> status = new ComboBox<>();
    private final Checkbox disagreement = new Checkbox();
    private final Paragraph counts = new Paragraph();
    private final Grid<ReviewQueueEntry> grid = new Grid<>();
    private final Div sessionBar = new Div();
    private final ReviewService review;
    private final SessionMarkingService marking;
    private final SecondMarkingAssignments assignments;
    private final Map<String, String> names = new HashMap<>();
    private Map<Long, String> secondMarkers = Map.of();
    private boolean restoring;

    public ReviewQueueView(ReviewService review, ExamSessionService sessions, SessionMarkingService marking,
            SecondMarkingAssignments assignments) {
        this.review = review;
        this.marking = marking;
        this.assignments = assignments;
        addClassName("review-queue-view");
        setSizeFull();
        entries = review.queue();

        session.setLabel(getTranslation("review.filter.session"));
        session.setItems(sessions.sessions());
        session.setItemLabelGenerator(ExamSession::name);
        session.setClearButtonVisible(true);
        session.addClassName("filter-session");
        session.setWidth("18em");
        session.addValueChangeListener(e -> refresh());

        station.setLabel(getTranslation("review.filter.station"));
        station.setItems(entries.stream().map(ReviewQueueEntry::stationTitle).distinct().sorted().toList());
        station.setClearButtonVisible(true);
        station.addClassName("filter-station");
        station.setWidth("18em");
        status.setLabel(getTranslation("review.filter.status"));
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(statusKey(s)));
        status.setClearButtonVisible(true);
        status.addClassName("filter-status");
        disagreement.setLabel(getTranslation("review.filter.disagreement"));
        disagreement.addClassName("filter-disagreement");
        station.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        disagreement.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(session, station, status, disagreement);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("review-filters");
        counts.addClassName("review-counts");
        sessionBar.addClassName("session-bar");

        grid.addClassName("review-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReviewQueueEntry::studentName).setHeader(getTranslation("col.student")).setSortable(true).setFlexGrow(2);
        grid.addColumn(ReviewQueueEntry::stationTitle).setHeader(getTranslation("col.station")).setSortable(true).setFlexGrow(3);
        grid.addColumn(e -> Formats.dateTime(e.endedAt(), getLocale())).setHeader(getTranslation("col.ended")).setFlexGrow(2);
        grid.addColumn(e -> e.score() == null ? getTranslation("review.scoring") : e.score() + " / " + e.maxScore())
                .setHeader(getTranslation("col.ai-score")).setFlexGrow(1);
        grid.addColumn(e -> e.finalScore() == null ? "—" : e.finalScore() + " / " + e.finalMax())
                .setHeader(getTranslation("col.final-score")).setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("col.status")).setFlexGrow(2);
        grid.addComponentColumn(this::openLink).setHeader(getTranslation("col.action")).setFlexGrow(1);

        add(new H1(getTranslation("review.title")), new Paragraph(getTranslation("review.intro")), filters, sessionBar, counts, grid);
        expand(grid);
        refresh();
    }

    /** The filters come from the address (back from a review), so that they survive reviewing one encounter after another. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueueFilter from = QueueFilter.from(event.getLocation().getQueryParameters());
        restoring = true;
        if (from.sessionId() != null) {
            session.getListDataView().getItems().filter(s -> s.id() == from.sessionId()).findFirst().ifPresent(session::setValue);
        }
        if (from.station() != null) {
            station.setValue(from.station());
        }
        status.setValue(from.status());
        disagreement.setValue(from.disagreement());
        restoring = false;
        refresh();
    }

    private QueueFilter filter() {
        return new QueueFilter(session.getValue() == null ? null : session.getValue().id(), station.getValue(),
                status.getValue(), disagreement.getValue());
    }

    private Anchor openLink(ReviewQueueEntry e) {
        Anchor open = new Anchor("review/encounter/" + e.encounterId() + filter().queryString(), getTranslation("review.open"));
        open.getElement().setAttribute("data-encounter", String.valueOf(e.encounterId()));
        return open;
    }

    private void refresh() {
        if (restoring) {
            return;
        }
        QueueFilter filter = filter();
        List<ReviewQueueEntry> shown = entries.stream().filter(filter::matches).toList();
        ExamSession chosen = session.getValue();
        secondMarkers = chosen == null ? Map.of() : assignments.secondMarkers(chosen.id());
        if (chosen != null) {
            List<String> circuit = chosen.stations().stream().map(CircuitStation::title).toList();
            shown = shown.stream().sorted(Comparator.comparingInt((ReviewQueueEntry e) -> circuit.indexOf(e.stationTitle()))
                    .thenComparing(ReviewQueueEntry::endedAt)).toList();
        }
        showSessionBar(chosen);
        grid.setItems(shown);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "review" + filter.queryString()));
        counts.setText(getTranslation("review.counts", shown.size(), entries.size(), count(ReviewStatus.TO_REVIEW),
                count(ReviewStatus.SIGNED_OFF), count(ReviewStatus.SECOND_MARKING),
                entries.stream().filter(ReviewQueueEntry::disagreement).count()));
    }

    /**
     * With a session chosen: a link to its marking (progress, second marking) and, for an examiner, a button
     * to the first encounter of the session (and station) they still have to mark; "next" then goes on
     * station by station.
     */
    private void showSessionBar(ExamSession chosen) {
        sessionBar.removeAll();
        sessionBar.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        if (CurrentUser.can(Capability.MARK)) {
            String stationId = station.getValue() == null ? null : chosen.stations().stream()
                    .filter(s -> s.title().equals(station.getValue())).map(CircuitStation::stationId).findFirst().orElse("");
            List<MarkingTask> left = marking.toMark(chosen.id(), stationId);
            if (left.isEmpty()) {
                Span none = new Span(getTranslation("review.session.none-left"));
                none.addClassName("nothing-left");
                sessionBar.add(none);
            } else {
                Button next = new Button(getTranslation("review.session.mark-next", left.size()), e -> getUI().ifPresent(ui ->
                        ui.navigate("review/encounter/" + left.get(0).encounterId(), filter().toQueryParameters())));
                next.addClassName("mark-next");
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                sessionBar.add(next);
            }
        }
        Anchor progress = new Anchor("review/session/" + chosen.id(), getTranslation("review.session.progress"));
        progress.addClassName("session-marking-link");
        sessionBar.add(progress);
    }

    private long count(ReviewStatus s) {
        return entries.stream().filter(e -> e.status() == s).count();
    }

    /** The status badge and, when faculty assigned one, the second marker's. */
    private Div statusBadge(ReviewQueueEntry e) {
        Span badge = new Span(getTranslation(statusKey(e.status())) + (e.disagreement()
                ? " · " + getTranslation("review.disagreement") : ""));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (e.status()) {
            case SIGNED_OFF -> "success";
            case SECOND_MARKING -> "contrast";
            case TO_REVIEW -> "";
        });
        badge.getElement().setAttribute("data-status", e.status().name());
        badge.getElement().setAttribute("data-encounter", String.valueOf(e.encounterId()));
        Div cell = new Div(badge);
        cell.addClassName("status-cell");
        String second = secondMarkers.get(e.encounterId());
        if (second != null) {
            Span assigned = new Span(getTranslation("review.second-marker.assigned",
                    names.computeIfAbsent(second, review::studentName)));
            assigned.getElement().getThemeList().addAll(List.of("badge", "contrast", "small"));
            assigned.getElement().setAttribute("data-second-marker", second);
            cell.add(assigned);
        }
        return cell;
    }

    private static String statusKey(ReviewStatus s) {
        return "review.status." + s.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
