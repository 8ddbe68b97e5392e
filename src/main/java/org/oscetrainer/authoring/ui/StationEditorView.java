package org.oscetrainer.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oscetrainer.catalog.StationAuthoringService;
import org.oscetrainer.catalog.StationAuthoringService.VersionInfo;
import org.oscetrainer.catalog.StationFileException;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.catalog.StationProblem;
import org.oscetrainer.patient.PatientService;

/**
 * Faculty edit a station's two files with live validation, try it as a student would, save drafts,
 * publish or retire it, read its history and what changed between versions.
 */
@Route("library/station")
@RolesAllowed("AUTHOR_STATIONS")
public class StationEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final StationAuthoringService authoring;
    private final PatientService patient;
    private final TextArea scenario = new TextArea();
    private final TextArea rubric = new TextArea();
    private final Div problems = new Div();
    private final Span state = new Span();
    private String stationId;
    private VersionInfo current;

    public StationEditorView(StationAuthoringService authoring, PatientService patient) {
        this.authoring = authoring;
        this.patient = patient;
        addClassName("station-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        removeAll();
        stationId = id;
        List<VersionInfo> history = id == null ? List.of() : authoring.history(id);
        current = history.isEmpty() ? null : history.get(0);
        if (current != null) {
            var sources = authoring.sources(current.versionId());
            scenario.setValue(sources.scenarioYaml());
            rubric.setValue(sources.rubricYaml());
        } else {
            scenario.setValue(Templates.SCENARIO);
            rubric.setValue(Templates.RUBRIC);
        }
        H1 title = new H1(id == null ? getTranslation("editor.new")
                : StationFiles.scenario(id, scenario.getValue()).map(sc -> sc.title() + " (" + id + ")").orElse(id));
        state.addClassName("editor-state");
        updateState();

        for (TextArea area : List.of(scenario, rubric)) {
            area.addClassName("yaml-source");
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(600);
            area.addValueChangeListener(e -> validate());
        }
        scenario.setLabel(getTranslation("editor.scenario"));
        rubric.setLabel(getTranslation("editor.rubric"));
        problems.addClassName("problems");
        problems.getElement().setAttribute("aria-live", "polite");

        Button save = new Button(getTranslation("editor.save"), e -> withLatestText(this::save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-draft");
        Button publish = new Button(getTranslation("editor.publish"), e -> withLatestText(this::publish));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClassName("publish");
        Button retire = new Button(getTranslation("editor.retire"), e -> retire());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(save, publish, retire, download("scenario", scenario),
                download("rubric", rubric));
        actions.setAlignItems(Alignment.BASELINE);
        publish.setEnabled(id != null);
        retire.setEnabled(id != null);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        VerticalLayout source = new VerticalLayout(problems, scenario, rubric);
        source.setPadding(false);
        tabs.add(getTranslation("editor.tab.source"), source);
        ScenarioForm form = new ScenarioForm(scenario::getValue, scenario::setValue);
        var formTab = tabs.add(getTranslation("editor.tab.form"), form);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == formTab) {
                form.load();
            }
        });
        tabs.add(getTranslation("editor.tab.preview"), new StationPreview(patient, scenario::getValue));
        if (id != null) {
            tabs.add(getTranslation("editor.tab.history"), new StationHistory(authoring, history));
        }
        add(new Anchor("library", "← " + getTranslation("editor.back")), title, state, actions, tabs);
        validate();
    }

    private Anchor download(String kind, TextArea area) {
        StreamResource resource = new StreamResource((stationId == null ? "station" : stationId) + ".yaml",
                () -> new ByteArrayInputStream(area.getValue().getBytes(StandardCharsets.UTF_8)));
        Anchor anchor = new Anchor(resource, getTranslation("editor.download." + kind));
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("download-" + kind);
        return anchor;
    }

    private void validate() {
        List<StationProblem> found = authoring.check(scenario.getValue(), rubric.getValue());
        problems.removeAll();
        if (found.isEmpty()) {
            Span ok = new Span(getTranslation("editor.valid"));
            ok.addClassName("valid");
            problems.add(ok);
            return;
        }
        Span count = new Span(getTranslation("editor.problems", found.size()));
        count.addClassName("invalid");
        UnorderedList list = new UnorderedList();
        found.forEach(p -> list.add(new ListItem(p.localized(getLocale()))));
        problems.add(count, list);
    }

    /**
     * Saves what the browser holds right now: the text areas sync lazily, so their values are read
     * from the browser first rather than trusted as last synchronised.
     */
    private void withLatestText(Runnable then) {
        scenario.getElement().executeJs("return this.value").then(String.class, scenarioText ->
                rubric.getElement().executeJs("return this.value").then(String.class, rubricText -> {
                    scenario.setValue(scenarioText);
                    rubric.setValue(rubricText);
                    then.run();
                }));
    }

    private void save() {
        try {
            current = authoring.saveDraft(scenario.getValue(), rubric.getValue());
            notify(getTranslation("editor.saved", current.version()), NotificationVariant.LUMO_SUCCESS);
            if (!current.stationId().equals(stationId)) {
                getUI().ifPresent(ui -> ui.navigate("library/station/" + current.stationId()));
            } else {
                updateState();
            }
        } catch (StationFileException e) {
            validate();
            notify(getTranslation("editor.not-saved", e.problems().size()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void publish() {
        save();
        if (current != null && !"PUBLISHED".equals(current.status())) {
            current = authoring.publish(current.versionId());
            notify(getTranslation("editor.published", current.version()), NotificationVariant.LUMO_SUCCESS);
            updateState();
        }
    }

    private void retire() {
        authoring.retire(stationId);
        notify(getTranslation("editor.retired"), NotificationVariant.LUMO_CONTRAST);
        current = authoring.history(stationId).get(0);
        updateState();
    }

    private void updateState() {
        state.setText(current == null ? getTranslation("editor.state.new")
                : getTranslation("editor.state", current.version(), getTranslation("status." + current.status())));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return (stationId == null ? getTranslation("editor.new") : stationId) + " · " + getTranslation("app.name");
    }
}
