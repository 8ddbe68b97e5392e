package org.oscetrainer.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One line of a transcript as every view shows it: who speaks, then what they said, as plain text
 * (LLM output is never rendered as HTML). CSS classes {@code turn} and {@code student}/{@code patient}.
 */
public class TurnBubble extends Div {

    private final Span text;

    public TurnBubble(String speakerClass, String speakerLabel, String text) {
        addClassNames("turn", speakerClass);
        Span who = new Span(speakerLabel);
        who.addClassName("speaker");
        this.text = new Span(text);
        this.text.addClassName("text");
        add(who, this.text);
    }

    public void setText(String value) {
        text.setText(value);
    }

    public void setSeq(int seq) {
        getElement().setAttribute("data-seq", String.valueOf(seq));
    }
}
