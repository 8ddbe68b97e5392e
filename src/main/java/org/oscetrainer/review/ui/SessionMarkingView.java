package org.oscetrainer.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.review.MarkingTask;
import org.oscetrainer.review.SecondMarkingAssignments;
import org.oscetrainer.review.SecondMarkingChanges;
import org.oscetrainer.review.SessionMarkingService;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.CurrentUser;

/**
 * The marking of one exam session: for an examiner, what they still have to mark and a button to go
 * through it station by station; for everyone who reads reviews or runs sessions, each station's and
 * each examiner's progress; for faculty, the assignment of second marking, and the second markings assigned,
 * to hand one to another examiner or remove it.
 */
@Route("review/session")
@RolesAllowed({"READ_REVIEWS", "RUN_EXAM_SESSIONS"})
public class SessionMarkingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionMarkingService marking;
    private final SecondMarkingAssignments assignments;
    private final SecondMarkingChanges changes;
    private final ExamSessionService sessions;
    private ExamSession session;
    private final Div progress = new Div();
    private final Div mine = new Div();
    private AssignedSecondMarkings assigned;

    public SessionMarkingView(SessionMarkingService marking, SecondMarkingAssignments assignments,
            SecondMarkingChanges changes, ExamSessionService sessions) {
        this.marking = marking;
        this.assignments = assignments;
        this.changes = changes;
        this.sessions = sessions;
        addClassName("session-marking-view");
        progress.addClassName("marking-progress");
        progress.setWidthFull();
        mine.addClassName("my-marking");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        session = sessions.session(sessionId);
        removeAll();
        Anchor back = new Anchor("review?session=" + session.id(), "← " + getTranslation("marking.back"));
        back.addClassName("back-to-queue");
        Paragraph intro = new Paragraph(getTranslation("marking.intro", session.cohortName(), session.stations().size()));
        intro.addClassName("marking-intro");
        add(back, new H1(getTranslation("marking.title", session.name())), intro);
        if (CurrentUser.can(Capability.MARK)) {
            add(mine);
        }
        add(progress);
        if (CurrentUser.can(Capability.RUN_EXAM_SESSIONS)) {
            assigned = new AssignedSecondMarkings(changes, assignments, session.id(), this::refresh);
            add(new SecondMarkingForm(assignments, session, this::refresh), assigned);
        }
        refresh();
    }

    private void refresh() {
        if (CurrentUser.can(Capability.MARK)) {
            showMine();
        }
        progress.removeAll();
        progress.add(new H2(getTranslation("marking.progress")), new MarkingProgressPanel(marking.progress(session.id())));
        if (assigned != null) {
            assigned.refresh();
        }
    }

    /** What the signed-in examiner has left, with a button to the next one, overall and per station. */
    private void showMine() {
        mine.removeAll();
        List<MarkingTask> left = marking.toMark(session.id(), null);
        Paragraph count = new Paragraph(left.isEmpty() ? getTranslation("marking.mine.none")
                : getTranslation("marking.mine.left", left.size()));
        count.addClassName("my-marking-count");
        mine.add(new H2(getTranslation("marking.mine")), count);
        if (left.isEmpty()) {
            return;
        }
        Div buttons = new Div();
        buttons.addClassName("mark-buttons");
        buttons.add(markButton(getTranslation("marking.mine.next"), left.get(0), null, true));
        session.stations().forEach(station -> {
            List<MarkingTask> here = left.stream().filter(t -> t.stationId().equals(station.stationId())).toList();
            if (!here.isEmpty()) {
                buttons.add(markButton(getTranslation("marking.mine.station", station.title(), here.size()), here.get(0),
                        station.title(), false));
            }
        });
        mine.add(buttons);
    }

    private Button markButton(String text, MarkingTask first, String stationTitle, boolean primary) {
        QueueFilter filter = new QueueFilter(session.id(), stationTitle, null, false);
        Button mark = new Button(text, e -> getUI().ifPresent(ui -> ui.navigate("review/encounter/" + first.encounterId(),
                filter.toQueryParameters())));
        mark.addClassName(primary ? "mark-next" : "mark-station");
        mark.getElement().setAttribute("data-encounter", String.valueOf(first.encounterId()));
        if (primary) {
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            mark.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        return mark;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marking.title", session == null ? "" : session.name()) + " · " + getTranslation("app.name");
    }
}
