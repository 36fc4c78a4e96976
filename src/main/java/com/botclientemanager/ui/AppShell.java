package com.botclientemanager.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, server push, the light/dark choice remembered by the browser, and the installable
 * app (manifest, icons made from {@code icons/icon.png}, service worker {@code frontend/sw.ts}, offline page).
 */
@PWA(name = "Bot Cliente Manager", shortName = "Cobranças", description = "Clientes, vencimentos e lembretes",
        iconPath = "icons/icon.png", themeColor = AppShell.THEME_LIGHT, backgroundColor = "#ffffff",
        offlinePath = "offline.html")
@Push
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AppShell implements AppShellConfigurator {

    static final String THEME_LIGHT = "#1676f3";
    /** Comes before the manifest's theme colour, so a phone in dark mode tints its status bar dark. */
    private static final String THEME_DARK = "<meta name=\"theme-color\" media=\"(prefers-color-scheme: dark)\" "
            + "content=\"#1a1d23\">";

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
        settings.addInlineWithContents(TargetElement.HEAD, Inline.Position.PREPEND, THEME_DARK, Inline.Wrapping.NONE);
    }
}
