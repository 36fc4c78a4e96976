package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.Notices;
import com.botclientemanager.whatsapp.ConnectionCheck;
import com.botclientemanager.whatsapp.ConnectionField;
import com.botclientemanager.whatsapp.ConnectionSettings;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.WhatsAppSetup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * "Como enviar as mensagens": the provider and its values, "Testar conexão" (before saving) and "Salvar" (switches the
 * running gateway). Values set in the environment are shown disabled; secrets only as "definido".
 */
class ProviderForm extends Div {

    private final WhatsAppSetup setup;
    private final WhatsAppSetup.Form form;
    private final String browserBaseUrl;
    private final RadioButtonGroup<Provider> provider = new RadioButtonGroup<>();
    private final Map<ConnectionField, TextField> texts = new EnumMap<>(ConnectionField.class);
    private final Map<ConnectionField, SecretField> secrets = new EnumMap<>(ConnectionField.class);
    private final Div evolution = new Div();
    private final Div cloud = new Div();
    private final Paragraph result = new Paragraph();
    private final Button test = new Button();
    private final Button save = new Button();

    ProviderForm(WhatsAppSetup setup, SendingSettings sending, String browserBaseUrl, Consumer<Provider> onSaved) {
        this.setup = setup;
        this.form = setup.form();
        this.browserBaseUrl = browserBaseUrl;
        setId("whatsapp-setup");
        getStyle().set("max-width", "40rem").set("width", "100%").set("box-sizing", "border-box");
        provider.setLabel(getTranslation("whatsapp.setup.provider"));
        provider.setId("setup-provider");
        provider.setItems(Provider.values());
        provider.setItemLabelGenerator(p -> getTranslation("whatsapp.provider." + p.name().toLowerCase()));
        provider.addThemeName("vertical");
        provider.setValue(form.values().provider());
        lockWhenFromEnvironment(ConnectionField.PROVIDER, provider::setEnabled, provider::setHelperText);

        TextField publicUrl = text(ConnectionField.PUBLIC_URL, "setup-public-url", "whatsapp.setup.public-url");
        publicUrl.setHelperText(getTranslation("whatsapp.setup.public-url.help"));
        publicUrl.setPlaceholder(browserBaseUrl);

        Paragraph banWarning = new Paragraph(getTranslation("whatsapp.setup.ban-warning", sending.ratePerMinute(),
                sending.dailyCap()));
        banWarning.setId("setup-ban-warning");
        banWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        Paragraph guide = new Paragraph(getTranslation("whatsapp.setup.guide"));
        guide.setId("setup-guide");
        TextField url = text(ConnectionField.EVOLUTION_URL, "setup-evolution-url", "whatsapp.setup.evolution.url");
        if (!form.fromEnvironment().contains(ConnectionField.EVOLUTION_URL)) {
            url.setHelperText(getTranslation("whatsapp.setup.evolution.url.help"));
        }
        evolution.add(banWarning, guide, url,
                secret(ConnectionField.EVOLUTION_API_KEY, "setup-evolution-api-key", "whatsapp.setup.evolution.api-key"),
                text(ConnectionField.EVOLUTION_INSTANCE, "setup-evolution-instance", "whatsapp.setup.evolution.instance"));
        if (!form.values().has(ConnectionField.EVOLUTION_INSTANCE)) {
            texts.get(ConnectionField.EVOLUTION_INSTANCE).setValue(form.values().evolutionInstance());
        }
        evolution.setId("setup-evolution");

        TextField verify = text(ConnectionField.CLOUD_VERIFY_TOKEN, "setup-cloud-verify-token", "whatsapp.setup.cloud.verify-token");
        Button generate = new Button(getTranslation("whatsapp.setup.cloud.verify-token.generate"),
                e -> verify.setValue(setup.newVerifyToken()));
        generate.setId("setup-cloud-verify-generate");
        generate.setEnabled(verify.isEnabled());
        if (verify.isEmpty() && verify.isEnabled()) {
            verify.setValue(setup.newVerifyToken());
        }
        Pre webhookUrl = new Pre(setup.publicBaseUrl(browserBaseUrl) + "/webhooks/cloud");
        webhookUrl.setId("setup-cloud-webhook-url");
        webhookUrl.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        OrderedList steps = new OrderedList();
        for (int step = 1; step <= 4; step++) {
            steps.add(new ListItem(getTranslation("whatsapp.setup.cloud.step" + step)));
        }
        cloud.add(text(ConnectionField.CLOUD_PHONE_NUMBER_ID, "setup-cloud-phone-number-id", "whatsapp.setup.cloud.phone-number-id"),
                secret(ConnectionField.CLOUD_ACCESS_TOKEN, "setup-cloud-access-token", "whatsapp.setup.cloud.access-token"),
                secret(ConnectionField.CLOUD_APP_SECRET, "setup-cloud-app-secret", "whatsapp.setup.cloud.app-secret"),
                new H3(getTranslation("whatsapp.setup.cloud.steps.title")), steps,
                new Paragraph(getTranslation("whatsapp.setup.cloud.webhook-url")), webhookUrl,
                copy("setup-cloud-copy-url", webhookUrl::getText), verify, generate,
                copy("setup-cloud-copy-token", verify::getValue));
        cloud.setId("setup-cloud");

        test.setText(getTranslation("whatsapp.setup.test"));
        test.setId("setup-test");
        test.addClickListener(e -> runTest(e.getSource().getUI().orElseThrow()));
        save.setText(getTranslation("whatsapp.setup.save"));
        save.setId("setup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(onSaved));
        result.setId("setup-result");
        result.getElement().setAttribute("role", "status");
        Div buttons = new Div(test, save);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        provider.addValueChangeListener(e -> showProviderPart());
        showProviderPart();
        add(new H3(getTranslation("whatsapp.setup.title")), provider, publicUrl, evolution, cloud, buttons, result);
    }

    private void showProviderPart() {
        evolution.setVisible(provider.getValue() == Provider.EVOLUTION);
        cloud.setVisible(provider.getValue() == Provider.CLOUD);
        test.setVisible(provider.getValue() != Provider.OUTBOX);
        result.setText("");
    }

    private TextField text(ConnectionField field, String id, String labelKey) {
        TextField input = new TextField(getTranslation(labelKey));
        input.setId(id);
        input.setWidthFull();
        input.setMaxLength(512);
        String value = form.values().get(field);
        input.setValue(value == null ? "" : value);
        lockWhenFromEnvironment(field, input::setEnabled, input::setHelperText);
        texts.put(field, input);
        return input;
    }

    private SecretField secret(ConnectionField field, String id, String labelKey) {
        SecretField input = new SecretField(id, labelKey, form.secretsSet().contains(field));
        if (form.fromEnvironment().contains(field)) {
            input.lock(getTranslation("whatsapp.setup.from-environment", field.environmentVariable()));
        }
        secrets.put(field, input);
        return input;
    }

    private void lockWhenFromEnvironment(ConnectionField field, Consumer<Boolean> enabled, Consumer<String> helper) {
        if (form.fromEnvironment().contains(field)) {
            enabled.accept(false);
            helper.accept(getTranslation("whatsapp.setup.from-environment", field.environmentVariable()));
        }
    }

    private Button copy(String id, java.util.function.Supplier<String> text) {
        Button copy = new Button(getTranslation("whatsapp.setup.copy"));
        copy.setId(id);
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.addClickListener(e -> {
            copy.getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", text.get());
            copy.setText(getTranslation("whatsapp.setup.copied"));
        });
        return copy;
    }

    private ConnectionSettings draft() {
        ConnectionSettings draft = ConnectionSettings.empty().with(ConnectionField.PROVIDER,
                provider.getValue() == null ? null : provider.getValue().name().toLowerCase());
        for (Map.Entry<ConnectionField, TextField> entry : texts.entrySet()) {
            draft = draft.with(entry.getKey(), entry.getValue().getValue());
        }
        for (Map.Entry<ConnectionField, SecretField> entry : secrets.entrySet()) {
            draft = draft.with(entry.getKey(), entry.getValue().typed());
        }
        return draft;
    }

    private void runTest(UI ui) {
        ConnectionSettings draft = draft();
        test.setEnabled(false);
        result.setText(getTranslation("whatsapp.state.checking"));
        CompletableFuture.supplyAsync(() -> setup.test(draft)).whenComplete((check, error) -> ui.access(() -> {
            test.setEnabled(true);
            show(check == null ? ConnectionCheck.problem("whatsapp.reason.unavailable") : check);
        }));
    }

    void show(ConnectionCheck check) {
        result.setText(getTranslation(check.messageKey(), check.arguments().toArray()));
        result.getElement().setAttribute("data-ok", String.valueOf(check.ok()));
        result.getStyle().set("color", check.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private void save(Consumer<Provider> onSaved) {
        texts.values().forEach(field -> field.setInvalid(false));
        secrets.values().forEach(SecretField::clearError);
        List<ConnectionSettings.Problem> problems = setup.save(draft());
        if (problems.isEmpty()) {
            Notices.success(getTranslation("whatsapp.setup.saved"));
            onSaved.accept(provider.getValue());
            return;
        }
        for (ConnectionSettings.Problem problem : problems) {
            String message = getTranslation(problem.messageKey());
            if (texts.containsKey(problem.field())) {
                texts.get(problem.field()).setErrorMessage(message);
                texts.get(problem.field()).setInvalid(true);
            } else if (secrets.containsKey(problem.field())) {
                secrets.get(problem.field()).showError(message);
            }
        }
        show(ConnectionCheck.problem("whatsapp.setup.fix-fields"));
    }

    String browserBaseUrl() {
        return browserBaseUrl;
    }
}
