package com.botclientemanager.settings.ui;

import com.botclientemanager.security.AdminAccount;
import com.botclientemanager.security.OtherSessions;
import com.botclientemanager.security.PasswordChangeException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/** "Security" section of the settings: change the admin password. */
@SpringComponent
@UIScope
class ChangePasswordSection extends VerticalLayout {

    private final AdminAccount admin;
    private final OtherSessions sessions;
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    ChangePasswordSection(AdminAccount admin, OtherSessions sessions) {
        this.admin = admin;
        this.sessions = sessions;
        setPadding(false);
        addClassNames("settings-section");
        add(new H3(getTranslation("password.title")));
        if (!admin.passwordChangeable()) {
            add(new Paragraph(getTranslation("password.error.configured")));
            return;
        }
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        replacement.setLabel(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rules"));
        replacement.setId("password-new");
        confirmation.setLabel(getTranslation("password.confirm"));
        confirmation.setId("password-confirm");
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        FormLayout form = new FormLayout(current, replacement, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(form, save);
    }

    private void save() {
        replacement.setInvalid(false);
        confirmation.setInvalid(false);
        current.setInvalid(false);
        if (!replacement.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("password.error.mismatch"));
            confirmation.setInvalid(true);
            return;
        }
        try {
            sessions.changePassword(current.getValue(), replacement.getValue(),
                    VaadinSession.getCurrent().getSession().getId());
        } catch (PasswordChangeException e) {
            PasswordField field = "password.error.current".equals(e.messageKey()) ? current : replacement;
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
            return;
        }
        current.clear();
        replacement.clear();
        confirmation.clear();
        Notices.success(getTranslation("password.changed-others-ended"));
    }
}
