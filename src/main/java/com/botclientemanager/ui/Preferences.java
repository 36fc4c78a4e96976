package com.botclientemanager.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/** The per-browser preferences: colour theme (localStorage) and language (a cookie read when a UI starts). */
public final class Preferences {

    static final String LANGUAGE_COOKIE = "bcm-lang";

    private Preferences() {
    }

    public static void toggleTheme(UI ui) {
        ui.getPage().executeJs("""
                const root = document.documentElement;
                const dark = root.getAttribute('theme') !== 'dark';
                if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
                try { localStorage.setItem('bcm-theme', dark ? 'dark' : 'light'); } catch (e) { }""");
    }

    /**
     * Switches the language of this browser and reloads, so every view is drawn again in it. What was typed on the page
     * and not saved yet is put back after the reload (see {@link TypedValues}).
     */
    public static void switchLanguage(UI ui, Locale locale) {
        Locale supported = I18nProvider.supported(locale);
        ui.getSession().setLocale(supported);
        ui.getPage().executeJs(TypedValues.KEEP + "document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                + " location.reload();", LANGUAGE_COOKIE, supported.toLanguageTag());
    }

    /** The other language than the current one: the language switch toggles between the two. */
    public static Locale otherLanguage(Locale current) {
        return I18nProvider.EN.equals(I18nProvider.supported(current)) ? I18nProvider.PT_BR : I18nProvider.EN;
    }
}
