package com.botclientemanager.whatsapp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A secret that is never sent back to the browser: once saved it shows "definido" and a "Trocar" button that opens an
 * empty field; left empty, the saved value stays.
 */
class SecretField extends Div {

    private final PasswordField input = new PasswordField();
    private final Div saved = new Div();

    SecretField(String id, String labelKey, boolean set) {
        setId(id);
        addClassNames("secret-field");
        input.setLabel(getTranslation(labelKey));
        input.setWidthFull();
        input.setMaxLength(512);
        input.setRevealButtonVisible(false);
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "block");
        Span state = new Span(getTranslation("whatsapp.setup.secret.set"));
        state.addClassNames("secret-state");
        state.getElement().getThemeList().add("badge success");
        Button change = new Button(getTranslation("whatsapp.setup.secret.change"), e -> {
            saved.setVisible(false);
            input.setHelperText(getTranslation("whatsapp.setup.secret.keep"));
            input.setVisible(true);
            input.focus();
        });
        change.addClassNames("secret-change");
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        state.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        saved.add(label, state, change);
        saved.setVisible(set);
        input.setVisible(!set);
        add(saved, input);
    }

    /** What was typed, or null to keep the saved value. */
    String typed() {
        return input.getValue().isBlank() ? null : input.getValue();
    }

    void lock(String helperText) {
        saved.setVisible(true);
        input.setVisible(false);
        saved.add(new Div(helperText));
        saved.getChildren().filter(Button.class::isInstance).forEach(button -> ((Button) button).setEnabled(false));
    }

    void showError(String message) {
        saved.setVisible(false);
        input.setVisible(true);
        input.setErrorMessage(message);
        input.setInvalid(true);
    }

    void clearError() {
        input.setInvalid(false);
    }
}
