package org.oscetrainer.authoring.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The scenario as a form: the station's details, the patient and the facts. Each change is written
 * back into the YAML source (without its comments), which the editor then validates.
 */
class ScenarioForm extends VerticalLayout {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();

    private final Supplier<String> source;
    private final Consumer<String> update;
    private ObjectNode root;
    private boolean loading;

    ScenarioForm(Supplier<String> source, Consumer<String> update) {
        this.source = source;
        this.update = update;
        addClassName("scenario-form");
        setPadding(false);
    }

    /** Reads the current source into the form. */
    void load() {
        removeAll();
        try {
            JsonNode node = YAML.readTree(source.get());
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("not a mapping");
            }
            root = object;
        } catch (Exception e) {
            add(new Paragraph(getTranslation("form.unreadable")));
            return;
        }
        loading = true;
        add(new Paragraph(getTranslation("form.intro")));
        FormLayout station = new FormLayout();
        station.add(text("title", root, "title"), select("language", root, "language", "fr", "en"),
                text("specialty", root, "specialty"), text("level", root, "level"),
                number("duration-minutes", root, "duration-minutes"));
        TextArea door = area("door-note", root, "door-note");
        station.add(door, 2);
        ObjectNode patient = root.has("patient") && root.get("patient").isObject() ? (ObjectNode) root.get("patient")
                : root.putObject("patient");
        FormLayout person = new FormLayout();
        person.add(text("patient.name", patient, "name"), number("patient.age", patient, "age"),
                select("patient.sex", patient, "sex", "female", "male", "other"), text("patient.occupation", patient, "occupation"),
                text("patient.personality", patient, "personality"), text("patient.emotional-state", patient, "emotional-state"),
                text("patient.speech", patient, "speech"),
                select("patient.challenge", patient, "challenge", "none", "anxious", "angry", "grieving", "proxy", "bad-news"));
        person.add(area("patient.opening-line", patient, "opening-line"), 2);
        person.add(area("patient.unknown-answer", patient, "unknown-answer"), 2);
        add(new H3(getTranslation("form.station")), station, new H3(getTranslation("form.patient")), person,
                new H3(getTranslation("form.facts")), facts());
        loading = false;
    }

    private Div facts() {
        Div list = new Div();
        list.addClassName("fact-rows");
        ArrayNode facts = root.has("facts") && root.get("facts").isArray() ? (ArrayNode) root.get("facts") : root.putArray("facts");
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) instanceof ObjectNode fact) {
                list.add(factRow(facts, fact));
            }
        }
        Button add = new Button(getTranslation("form.fact.add"), e -> {
            ObjectNode fact = facts.addObject();
            fact.put("id", "new-fact-" + facts.size());
            fact.put("text", "");
            fact.put("disclosure", "direct");
            fact.putArray("ask");
            write();
            load();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.add(add);
        return list;
    }

    private FormLayout factRow(ArrayNode facts, ObjectNode fact) {
        FormLayout row = new FormLayout();
        row.addClassName("fact-row");
        TextField ask = new TextField(getTranslation("form.fact.ask"));
        ask.setHelperText(getTranslation("form.fact.ask.help"));
        List<String> phrasings = new ArrayList<>();
        if (fact.get("ask") instanceof ArrayNode array) {
            array.forEach(n -> phrasings.add(n.asText()));
        }
        ask.setValue(String.join("; ", phrasings));
        ask.setValueChangeMode(ValueChangeMode.LAZY);
        ask.addValueChangeListener(e -> {
            ArrayNode array = fact.putArray("ask");
            Arrays.stream(e.getValue().split(";")).map(String::strip).filter(p -> !p.isEmpty()).forEach(array::add);
            write();
        });
        Button remove = new Button(getTranslation("form.fact.remove"), e -> {
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i) == fact) {
                    facts.remove(i);
                    break;
                }
            }
            write();
            load();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        row.add(text("fact.id", fact, "id"), select("fact.disclosure", fact, "disclosure", "volunteered", "direct", "specific"));
        row.add(area("fact.text", fact, "text"), 2);
        row.add(ask, 2);
        row.add(remove);
        return row;
    }

    private TextField text(String key, ObjectNode node, String field) {
        TextField f = new TextField(getTranslation("form." + key));
        f.setValue(node.path(field).asText(""));
        bind(f, v -> node.put(field, v));
        return f;
    }

    private TextArea area(String key, ObjectNode node, String field) {
        TextArea f = new TextArea(getTranslation("form." + key));
        f.setValue(node.path(field).asText(""));
        bind(f, v -> node.put(field, v));
        return f;
    }

    private IntegerField number(String key, ObjectNode node, String field) {
        IntegerField f = new IntegerField(getTranslation("form." + key));
        if (node.path(field).isInt()) {
            f.setValue(node.get(field).asInt());
        }
        f.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                node.remove(field);
            } else {
                node.put(field, e.getValue());
            }
            write();
        });
        return f;
    }

    private Select<String> select(String key, ObjectNode node, String field, String... values) {
        Select<String> f = new Select<>();
        f.setLabel(getTranslation("form." + key));
        f.setItems(values);
        String current = node.path(field).asText(null);
        if (current != null && Arrays.asList(values).contains(current)) {
            f.setValue(current);
        }
        f.addValueChangeListener(e -> {
            node.put(field, e.getValue());
            write();
        });
        return f;
    }

    /**
     * The value is sent when the field loses focus: a lazy sync could still be pending when the
     * author clicks another tab, and the hidden form's value would then be dropped.
     */
    private void bind(TextField f, Consumer<String> set) {
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addValueChangeListener(e -> {
            set.accept(e.getValue());
            write();
        });
    }

    private void bind(TextArea f, Consumer<String> set) {
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addValueChangeListener(e -> {
            set.accept(e.getValue());
            write();
        });
    }

    private void write() {
        if (loading) {
            return;
        }
        try {
            update.accept(YAML.writeValueAsString(root));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the scenario back to YAML", e);
        }
    }
}
