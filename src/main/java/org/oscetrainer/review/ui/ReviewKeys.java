package org.oscetrainer.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * The review's keyboard: one key per action, registered on the review view with Vaadin's
 * {@link Shortcuts}. Typing in an item's points or reason field never triggers them (the fields keep
 * their keys, see {@link ItemRow}); Enter there saves the item and Escape leaves the field.
 */
final class ReviewKeys {

    private static final Key[] DIGITS = {Key.DIGIT_0, Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
            Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
    private static final Key[] NUMPAD = {Key.NUMPAD_0, Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4,
            Key.NUMPAD_5, Key.NUMPAD_6, Key.NUMPAD_7, Key.NUMPAD_8, Key.NUMPAD_9};

    private ReviewKeys() {
    }

    static void register(ReviewView view) {
        Shortcuts.addShortcutListener(view, () -> view.moveItem(1), Key.KEY_J);
        Shortcuts.addShortcutListener(view, () -> view.moveItem(1), Key.ARROW_DOWN);
        Shortcuts.addShortcutListener(view, () -> view.moveItem(-1), Key.KEY_K);
        Shortcuts.addShortcutListener(view, () -> view.moveItem(-1), Key.ARROW_UP);
        Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(r -> r.stepPoints(1)), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(r -> r.stepPoints(-1)), Key.ARROW_LEFT);
        for (int d = 0; d <= 9; d++) {
            int points = d;
            Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(r -> r.setPoints(points)), DIGITS[d]);
            Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(r -> r.setPoints(points)), NUMPAD[d]);
        }
        Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(ItemRow::save), Key.ENTER);
        Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(ItemRow::save), Key.KEY_C);
        Shortcuts.addShortcutListener(view, () -> view.onCurrentItem(ItemRow::focusReason), Key.KEY_R);
        Shortcuts.addShortcutListener(view, view::nextRating, Key.KEY_G);
        Shortcuts.addShortcutListener(view, view::signOff, Key.KEY_S);
        Shortcuts.addShortcutListener(view, view::goToNextEncounter, Key.KEY_N);
    }

    /**
     * The visible list of keys: the marking keys while marking, only "next encounter" after sign-off.
     * Each entry of the translation is {@code keys|action}, entries separated by {@code ;}.
     */
    static Div hint(ReviewView view, boolean signed) {
        Div hint = new Div();
        hint.addClassName("keyboard-hint");
        Span title = new Span(view.getTranslation("review.keys.title"));
        title.addClassName("keys-title");
        hint.add(title);
        for (String entry : view.getTranslation(signed ? "review.keys.signed" : "review.keys").split(";")) {
            String[] parts = entry.split("\\|", 2);
            Span one = new Span();
            one.addClassName("key-entry");
            for (String key : parts[0].strip().split(" ")) {
                Element kbd = new Element("kbd");
                kbd.setText(key);
                one.getElement().appendChild(kbd);
            }
            one.getElement().appendChild(Element.createText(" " + (parts.length > 1 ? parts[1].strip() : "")));
            hint.add(one);
        }
        return hint;
    }
}
