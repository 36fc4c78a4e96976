package com.botclientemanager.security.ui;

import com.botclientemanager.ui.Preferences;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The only page open without a login. */
@Route("login")
@AnonymousAllowed
@CssImport("./styles/app.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassNames("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassNames("login-tagline");
        add(preferences(), title, tagline, form);
    }

    private HorizontalLayout preferences() {
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> Preferences.toggleTheme(e.getSource().getUI().orElseThrow()));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("shell.theme.toggle"));
        Button language = new Button(getTranslation("shell.language.other"),
                e -> Preferences.switchLanguage(e.getSource().getUI().orElseThrow(), Preferences.otherLanguage(getLocale())));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setAriaLabel(getTranslation("shell.language.switch"));
        language.setId("language-switch");
        HorizontalLayout row = new HorizontalLayout(theme, language);
        row.addClassNames("login-preferences");
        return row;
    }

    private LoginI18n i18n(boolean blocked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(blocked ? "login.blocked.title" : "login.error.title"));
        error.setMessage(getTranslation(blocked ? "login.blocked.message" : "login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean blocked = parameters.containsKey("blocked");
        if (blocked || parameters.containsKey("error")) {
            form.setI18n(i18n(blocked));
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
