package com.botclientemanager.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shell around every page: side navigation (an overlay drawer on a phone), the theme and language switches,
 * logout, and the banners other modules contribute (e.g. "test mode").
 */
@PermitAll
@CssImport("./styles/app.css")
public class MainLayout extends AppLayout {

    /** The pages, by route path; modules are referenced by path so the shell depends on none of them. */
    private static final List<NavEntry> PAGES = List.of(
            new NavEntry("", "nav.dashboard", VaadinIcon.DASHBOARD),
            new NavEntry("receipts", "nav.receipts", VaadinIcon.CHECK_SQUARE_O),
            new NavEntry("reports", "nav.reports", VaadinIcon.BAR_CHART),
            new NavEntry("clients", "nav.clients", VaadinIcon.USERS),
            new NavEntry("conversations", "nav.conversations", VaadinIcon.CHAT),
            new NavEntry("templates", "nav.templates", VaadinIcon.COMMENT_ELLIPSIS_O),
            new NavEntry("plans", "nav.plans", VaadinIcon.PACKAGE),
            new NavEntry("whatsapp", "nav.whatsapp", VaadinIcon.PHONE),
            new NavEntry("messages", "nav.messages", VaadinIcon.ENVELOPES_O),
            new NavEntry("settings", "nav.settings", VaadinIcon.COG));

    /** JobRunr's dashboard, relative to the app's root (the security module serves it there). */
    private static final String JOBS_DASHBOARD = "jobs/";

    private final AuthenticationContext authentication;

    private final ObjectProvider<NavBadge> badges;

    public MainLayout(AuthenticationContext authentication, ObjectProvider<ShellBanner> banners,
            ObjectProvider<NavBadge> badges, @Value("${jobrunr.dashboard.enabled:false}") boolean jobsDashboard) {
        this.authentication = authentication;
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, new DrawerToggle(), title(), navbarActions());
        addToDrawer(appName(), navigation());
        if (jobsDashboard) {
            addToDrawer(jobsDashboardLink());
        }
        banners.orderedStream().map(ShellBanner::create).filter(Objects::nonNull).forEach(this::addToNavbar);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        TypedValues.restoreAndWatch(event.getUI());
    }

    private Component title() {
        Span title = new Span(getTranslation("app.name"));
        title.addClassNames("navbar-title");
        return title;
    }

    private Component appName() {
        Div name = new Div(new Span(getTranslation("app.name")));
        name.addClassNames("drawer-app-name");
        return name;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassNames("main-nav");
        PAGES.forEach(page -> {
            SideNavItem item = new SideNavItem(getTranslation(page.labelKey()), page.path(), page.icon().create());
            badges.orderedStream().filter(b -> b.path().equals(page.path())).findFirst()
                    .ifPresent(badge -> item.setSuffixComponent(badge.create()));
            nav.addItem(item);
        });
        return nav;
    }

    private Component navbarActions() {
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> Preferences.toggleTheme(e.getSource().getUI().orElseThrow()));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("shell.theme.toggle"));
        theme.setTooltipText(getTranslation("shell.theme.toggle"));
        theme.setId("theme-toggle");

        Button language = new Button(getTranslation("shell.language.other"),
                e -> Preferences.switchLanguage(e.getSource().getUI().orElseThrow(), Preferences.otherLanguage(getLocale())));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setAriaLabel(getTranslation("shell.language.switch"));
        language.setTooltipText(getTranslation("shell.language.switch"));
        language.setId("language-switch");

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout actions = new HorizontalLayout(theme, language, logout);
        actions.addClassNames("navbar-actions");
        actions.setSpacing(false);
        return actions;
    }

    private Component jobsDashboardLink() {
        Anchor link = new Anchor(JOBS_DASHBOARD, getTranslation("nav.jobs"), AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        link.addClassNames("jobs-link");
        link.setTitle(getTranslation("nav.jobs.description"));
        return link;
    }

    private record NavEntry(String path, String labelKey, VaadinIcon icon) {
    }
}
