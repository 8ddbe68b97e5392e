package org.oscetrainer.encounter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.oscetrainer.catalog.DoorNote;

/**
 * A door note laid out in its parts, each under the label its author wrote ("Setting", "Patient",
 * "Triage observations", "Task"), as a description list; the file's mid-sentence line breaks are gone.
 */
class DoorNoteParts extends Div {

    DoorNoteParts(DoorNote note) {
        addClassName("door-note-parts");
        getElement().setAttribute("role", "list");
        for (DoorNote.Section section : note.sections()) {
            Div part = new Div();
            part.addClassName("door-note-part");
            part.getElement().setAttribute("role", "listitem");
            part.getElement().setAttribute("data-part", section.part().name().toLowerCase(java.util.Locale.ROOT));
            if (!section.label().isEmpty()) {
                Span label = new Span(section.label());
                label.addClassName("door-note-label");
                part.add(label);
            }
            Span text = new Span(section.text());
            text.addClassName("door-note-body");
            part.add(text);
            add(part);
        }
    }
}
