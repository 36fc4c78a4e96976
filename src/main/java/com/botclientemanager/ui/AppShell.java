package com.botclientemanager.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: the Lumo theme, server push, and the light/dark choice remembered by the browser. */
@Push
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AppShell implements AppShellConfigurator {

    /**
     * Applies the remembered theme before the first paint, so a dark-mode user never sees a white flash; until the user
     * picks one with the toggle, the phone's or computer's own light/dark setting decides.
     */
    private static final String APPLY_SAVED_THEME = """
            try { const saved = localStorage.getItem('bcm-theme');
              if (saved === 'dark' || (saved === null && window.matchMedia('(prefers-color-scheme: dark)').matches)) {
                document.documentElement.setAttribute('theme', 'dark'); } } catch (e) { }""";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Bot Cliente Manager");
        settings.addMetaTag("color-scheme", "light dark");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addLink("shortcut icon", "icons/favicon.svg");
        settings.addInlineWithContents(Inline.Position.PREPEND, APPLY_SAVED_THEME, Inline.Wrapping.JAVASCRIPT);
    }
}
