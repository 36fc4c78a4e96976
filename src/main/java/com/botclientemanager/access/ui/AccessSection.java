package com.botclientemanager.access.ui;

import com.botclientemanager.access.AccessData;
import com.botclientemanager.access.AccessException;
import com.botclientemanager.access.AccessKeyState;
import com.botclientemanager.access.AccessService;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Dados de acesso" of the client form (collapsed): the user and the password stay "••••" and out of the browser until
 * the person presses "Mostrar"; left untouched, the stored ones are kept on save.
 */
public class AccessSection extends Details {

    private final AccessService access;
    private final String clientId;
    private final TextField username = new TextField();
    private final TextField password = new TextField();
    private final IntegerField screens = new IntegerField();
    private final TextField device = new TextField();
    private final TextArea notes = new TextArea();
    private final Checkbox inMessages = new Checkbox();
    private final Button show = new Button();
    private boolean revealed;
    private boolean locked;

    /** @param clientId the client being edited, null for a new one */
    public AccessSection(AccessService access, String clientId) {
        this.access = access;
        this.clientId = clientId;
        setSummaryText(getTranslation("access.section.title"));
        setId("client-access-section");
        setWidthFull();
        username.setLabel(getTranslation("access.field.username"));
        username.setId("client-access-username");
        password.setLabel(getTranslation("access.field.password"));
        password.setId("client-access-password");
        screens.setLabel(getTranslation("access.field.screens"));
        screens.setId("client-access-screens");
        screens.setMin(1);
        screens.setMax(50);
        screens.setStepButtonsVisible(true);
        device.setLabel(getTranslation("access.field.device"));
        device.setId("client-access-device");
        device.setPlaceholder(getTranslation("access.field.device.placeholder"));
        notes.setLabel(getTranslation("access.field.notes"));
        notes.setId("client-access-notes");
        notes.setWidthFull();
        inMessages.setLabel(getTranslation("access.field.in-messages"));
        inMessages.setId("client-access-in-messages");
        for (TextField field : new TextField[] {username, password, device}) {
            field.setMaxLength(200);
        }
        notes.setMaxLength(1000);
        show.setText(getTranslation("access.action.show"));
        show.setId("client-access-show");
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        show.addClickListener(e -> reveal());

        FormLayout layout = new FormLayout(username, password, screens, device);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new Paragraph(getTranslation("access.section.help")));
        content.add(layout, show, notes, inMessages);
        add(content);
        load(content);
    }

    private void load(VerticalLayout content) {
        try {
            if (access.keyState() == AccessKeyState.KEY_MISSING) {
                Paragraph missing = new Paragraph(getTranslation("access.error.key-missing"));
                missing.setId("client-access-key-missing");
                missing.addClassName("field-warning");
                content.addComponentAsFirst(missing);
                setOpened(true);
                locked = true;
            }
            AccessData stored = clientId == null ? AccessData.empty() : access.masked(clientId);
            username.setPlaceholder(stored.username() == null ? "" : AccessData.MASK);
            password.setPlaceholder(stored.password() == null ? "" : AccessData.MASK);
            show.setVisible(stored.username() != null || stored.password() != null);
            show.setEnabled(!locked);
            if (stored.screens() != null) {
                screens.setValue(stored.screens());
            }
            device.setValue(stored.device() == null ? "" : stored.device());
            notes.setValue(stored.notes() == null ? "" : stored.notes());
            inMessages.setValue(stored.includeInMessages());
        } catch (StorageException e) {
            locked = true;
        }
        username.setEnabled(!locked);
        password.setEnabled(!locked);
    }

    private void reveal() {
        try {
            AccessData clear = access.reveal(clientId);
            username.setValue(clear.username() == null ? "" : clear.username());
            password.setValue(clear.password() == null ? "" : clear.password());
            revealed = true;
            show.setVisible(false);
        } catch (AccessException e) {
            Notices.error(getTranslation(e.messageKey()));
        }
    }

    /** Whether the screens value is a number in range (the other fields are bounded by their max length). */
    public boolean isValid() {
        boolean ok = !screens.isInvalid() && (screens.getValue() == null || screens.getValue() >= 1 && screens.getValue() <= 50);
        if (!ok) {
            setOpened(true);
            screens.setInvalid(true);
            screens.setErrorMessage(getTranslation("access.validation.screens", 50));
        }
        return ok;
    }

    /** Stores what the section holds for the client (after the client itself was saved). */
    public void save(String savedClientId) {
        AccessData data = new AccessData(secret(username), secret(password), screens.getValue(), device.getValue(),
                notes.getValue(), inMessages.getValue());
        if (clientId == null && data.isEmpty()) {
            return;
        }
        access.save(savedClientId, data);
    }

    /** Null ("keep the stored one") while the stored value was not shown and nothing was typed. */
    private String secret(TextField field) {
        if (locked) {
            return null;
        }
        return revealed || !field.getValue().isEmpty() ? field.getValue() : null;
    }
}
