package org.oscetrainer.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.examsession.AdmissionRefusedException;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.scoring.SkillProgress;
import org.oscetrainer.scoring.SkillProgressService;

/**
 * The student's progress by skill across all their attempts, weakest first, each skill with the
 * stations that train it (start one from here, or see them all in the filtered station list).
 */
@Route("progress")
@Menu(order = 2, title = "nav.progress")
@RolesAllowed("PLAY_STATIONS")
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    /** Stations offered per skill; the link under them lists all. */
    static final int STATIONS_SHOWN = 3;

    private final EncounterService encounters;

    public ProgressView(SkillProgressService progress, EncounterService encounters) {
        this.encounters = encounters;
        addClassName("progress-view");
        add(new H1(getTranslation("progress.title")), new Paragraph(getTranslation("progress.intro")));
        List<SkillProgress> skills = progress.myProgress(getLocale().getLanguage());
        if (skills.stream().noneMatch(SkillProgress::practised)) {
            Paragraph none = new Paragraph(getTranslation("progress.none"));
            none.addClassName("progress-none");
            add(none);
        }
        Div list = new Div();
        list.addClassName("skill-cards");
        skills.forEach(s -> list.add(card(s)));
        add(list);
    }

    private Div card(SkillProgress p) {
        String skillName = getTranslation("skill." + p.skill().category());
        Div card = new Div();
        card.addClassName("skill-card");
        card.getElement().setAttribute("data-skill", p.skill().category());
        H2 title = new H2(skillName);
        Span figure = new Span(p.practised() ? Math.round(100 * p.share()) + " %" : getTranslation("progress.not-practised"));
        figure.addClassName("skill-percent");
        if (!p.practised()) {
            figure.addClassName("not-practised");
        }
        Div head = new Div(title, figure);
        head.addClassName("skill-head");
        card.add(head);
        if (p.practised()) {
            ProgressBar bar = new ProgressBar(0, 1, p.share());
            bar.getElement().setAttribute("aria-label", getTranslation("progress.bar", skillName, Math.round(100 * p.share())));
            Paragraph detail = new Paragraph(getTranslation("progress.detail", p.points(), p.maxPoints(), p.attempts(),
                    p.reviewed()));
            detail.addClassName("skill-detail");
            card.add(bar, detail);
        }
        if (p.stations().isEmpty()) {
            card.add(new Paragraph(getTranslation("progress.no-station")));
            return card;
        }
        Span trainedBy = new Span(getTranslation("progress.stations"));
        trainedBy.addClassName("skill-stations-label");
        UnorderedList stations = new UnorderedList();
        stations.addClassName("skill-stations");
        p.stations().stream().limit(STATIONS_SHOWN).forEach(s -> stations.add(station(s)));
        Anchor all = new Anchor("stations?lang=all&skill=" + p.skill().category(),
                getTranslation("progress.all-stations", p.stations().size(), skillName));
        all.addClassName("skill-all-stations");
        card.add(trainedBy, stations, all);
        return card;
    }

    private ListItem station(StationSummary s) {
        Span title = new Span(s.title() + " ");
        Span meta = new Span(s.language().toUpperCase() + " · " + getTranslation("stations.minutes", s.durationMinutes()));
        meta.addClassName("skill-station-meta");
        Button start = new Button(getTranslation("progress.start"), e -> {
            try {
                long id = encounters.start(s.versionId()).id();
                getUI().ifPresent(ui -> ui.navigate("encounter/" + id));
            } catch (AdmissionRefusedException refused) {
                Notification.show(getTranslation("session.refused." + refused.reason()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        start.addClassName("start-station");
        start.getElement().setAttribute("data-station", s.stationId());
        start.getElement().setAttribute("aria-label", getTranslation("stations.start.aria", s.title()));
        ListItem item = new ListItem(title, meta, start);
        item.addClassName("skill-station");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " · " + getTranslation("app.name");
    }
}
