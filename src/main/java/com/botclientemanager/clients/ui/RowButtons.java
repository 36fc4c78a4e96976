package com.botclientemanager.clients.ui;

/**
 * The clients grid's row actions as plain {@code <button>} elements with an inline icon, for a Lit template: focusable,
 * named by {@code aria-label}, with the label as the browser's tooltip, styled in {@code app.css} ({@code .row-button})
 * with Lumo's colours, so dark mode follows. The icons are Vaadin Icons' own paths (16 × 16), the ones the
 * {@code vaadin:} icon set draws.
 */
final class RowButtons {

    static final String CHECK = "<path d=\"M7.3 14.2l-7.1-5.2 1.7-2.4 4.8 3.5 6.6-8.5 2.3 1.8z\"></path>";
    static final String PAPERPLANE =
            "<path d=\"M0 8l4.9 1.4h0.1v-0.1l7.1-5.3-1.1 1.2-6.2 6.6 0.2 3.2 2.9-3.2 2.1 4.2 6-16z\"></path>";
    static final String EDIT = "<path d=\"M16 4c0 0 0-1-1-2s-1.9-1-1.9-1l-1.1 1.1v-2.1h-12v16h12v-8l4-4zM6.3 11.4l-0.6-0.6"
            + " 0.3-1.1 1.5 1.5-1.2 0.2zM7.2 9.5l-0.6-0.6 5.2-5.2c0.2 0.1 0.4 0.3 0.6 0.5zM14.1 2.5l-0.9 1c-0.2-0.2-0.4-0.3"
            + "-0.6-0.5l0.9-0.9c0.1 0.1 0.3 0.2 0.6 0.4zM11 15h-10v-14h10v2.1l-5.9 5.9-1.1 4.1 4.1-1.1 2.9-3v6z\"></path>";
    static final String DOTS = "<path d=\"M10 2c0 1.105-0.895 2-2 2s-2-0.895-2-2c0-1.105 0.895-2 2-2s2 0.895 2 2z\"></path>"
            + "<path d=\"M10 8c0 1.105-0.895 2-2 2s-2-0.895-2-2c0-1.105 0.895-2 2-2s2 0.895 2 2z\"></path>"
            + "<path d=\"M10 14c0 1.105-0.895 2-2 2s-2-0.895-2-2c0-1.105 0.895-2 2-2s2 0.895 2 2z\"></path>";

    /** How wide the row's four buttons are together, with the cell's padding (see {@code .row-button}). */
    static final String FOUR_BUTTONS_WIDTH =
            "calc(4 * var(--lumo-size-s) + 3 * var(--lumo-space-xs) + 2 * var(--lumo-space-s))";

    private RowButtons() {
    }

    /** One icon button; {@code onClick} is the Lit expression for its click handler, e.g. {@code ${pay}}. */
    static String button(String className, String iconPaths, String label, String onClick) {
        String text = ClientCells.escape(label);
        return "<button type=\"button\" class=\"row-button " + className + "\" aria-label=\"" + text + "\" title=\"" + text
                + "\" @click=" + onClick + "><svg viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\">"
                + iconPaths + "</svg></button>";
    }
}
