package com.botclientemanager.ui;

import com.vaadin.flow.component.UI;

/**
 * Keeps what was typed across the language switch's reload: the browser notes which fields (by id) the user typed in,
 * the switch saves their values in this tab's session storage, and the reloaded page puts them back as if typed again.
 * Password fields (API keys, tokens) are never kept.
 */
final class TypedValues {

    private static final String STORAGE_KEY = "bcm-typed-values";
    private static final String FIELDS = "vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-number-field,"
            + " vaadin-big-decimal-field, vaadin-email-field";

    /** Run before the reload: stores the values of the fields typed in since the page was drawn. */
    static final String KEEP = """
            try {
              const kept = {};
              for (const id of (window.__bcmTyped || [])) {
                const field = document.getElementById(id);
                if (field && field.matches('%s') && field.value != null) { kept[id] = field.value; }
              }
              sessionStorage.setItem('%s', JSON.stringify(kept));
            } catch (e) { }
            """.formatted(FIELDS, STORAGE_KEY);

    /** Run on every page: puts kept values back once, then notes the fields the user types in. */
    private static final String RESTORE_AND_WATCH = """
            try {
              const kept = JSON.parse(sessionStorage.getItem('%1$s') || '{}');
              sessionStorage.removeItem('%1$s');
              window.__bcmTyped = new Set(Object.keys(kept));
              for (const [id, value] of Object.entries(kept)) {
                const field = document.getElementById(id);
                if (field && field.matches('%2$s')) {
                  field.value = value;
                  field.dispatchEvent(new CustomEvent('input', { bubbles: true }));
                  field.dispatchEvent(new CustomEvent('change', { bubbles: true }));
                }
              }
            } catch (e) { window.__bcmTyped = new Set(); }
            if (!window.__bcmWatching) {
              window.__bcmWatching = true;
              document.addEventListener('input', e => {
                const field = e.composedPath().find(n => n.matches && n.matches('%2$s'));
                if (field && field.id) { window.__bcmTyped.add(field.id); }
              }, true);
            }
            """.formatted(STORAGE_KEY, FIELDS);

    private TypedValues() {
    }

    static void restoreAndWatch(UI ui) {
        ui.getPage().executeJs(RESTORE_AND_WATCH);
    }
}
