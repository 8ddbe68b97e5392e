package org.oscetrainer.common.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Names the row checkboxes of a multi-select grid for screen readers (WCAG 4.1.2, RGAA 11.1): Vaadin's
 * selection column leaves their inputs without a label. Rows are rendered and recycled in the
 * browser, so the name is given there, to each checkbox input that has none, as rows appear.
 */
public final class SelectionCheckboxes {

    private SelectionCheckboxes() {
    }

    /** Gives every unnamed checkbox of the grid's selection column the (translated) name {@code label}. */
    public static void name(Grid<?> grid, String label) {
        grid.getElement().executeJs("""
                const grid = this, label = $0;
                const name = () => grid.querySelectorAll('vaadin-checkbox > input[type=checkbox]').forEach(input => {
                  if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')) {
                    input.setAttribute('aria-label', label);
                  }
                });
                if (!grid._osceSelectionNames) {
                  grid._osceSelectionNames = new MutationObserver(name);
                  grid._osceSelectionNames.observe(grid, { childList: true, subtree: true });
                }
                name();""", label);
    }
}
