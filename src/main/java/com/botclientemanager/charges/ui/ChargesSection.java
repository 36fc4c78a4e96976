package com.botclientemanager.charges.ui;

import com.botclientemanager.charges.ChargeReview;
import com.botclientemanager.charges.ChargeService;
import com.botclientemanager.charges.ChargesProperties.PaymentProvider;
import com.botclientemanager.charges.MercadoPagoSettings;
import com.botclientemanager.charges.PaymentSetup;
import com.botclientemanager.ui.SectionSave;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import java.util.Map;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Settings, "Pagamentos automáticos (Mercado Pago)": provider, access token and webhook secret (write-only: "definido"
 * is shown, never the value; a value set in the configuration wins and is read-only here), the payer e-mail, the
 * address to paste in Mercado Pago, "Testar", and the payments to look at by hand.
 */
@SpringComponent
@UIScope
public class ChargesSection extends VerticalLayout {

    private final ChargeService charges;
    private final PaymentSetup setup;
    private final ClientDirectory clients;
    private final UnorderedList reviews = new UnorderedList();
    private final Select<PaymentProvider> provider = new Select<>();
    private final PasswordField token = new PasswordField();
    private final PasswordField secret = new PasswordField();
    private final TextField payerEmail = new TextField();
    private final Paragraph status = new Paragraph();
    private final VerticalLayout active = new VerticalLayout();

    ChargesSection(ChargeService charges, PaymentSetup setup, ClientDirectory clients) {
        this.charges = charges;
        this.setup = setup;
        this.clients = clients;
        setPadding(false);
        addClassNames("settings-section");
        setId("charges-section");
        add(new H3(getTranslation("charges.title")), new Paragraph(getTranslation("charges.description")));
        status.setId("charges-status");
        provider.setLabel(getTranslation("charges.provider"));
        provider.setItems(PaymentProvider.values());
        provider.setItemLabelGenerator(p -> getTranslation("charges.provider." + p.name().toLowerCase(Locale.ROOT)));
        provider.setId("charges-provider");
        token.setLabel(getTranslation("charges.token"));
        token.setId("charges-token");
        token.setRevealButtonVisible(false);
        secret.setLabel(getTranslation("charges.secret"));
        secret.setId("charges-secret");
        secret.setRevealButtonVisible(false);
        payerEmail.setLabel(getTranslation("charges.payer-email"));
        payerEmail.setHelperText(getTranslation("charges.payer-email.help"));
        payerEmail.setId("charges-payer-email");
        Button save = new Button(getTranslation("charges.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("charges-save");
        FormLayout form = new FormLayout(provider, payerEmail, token, secret);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        TextField webhook = new TextField(getTranslation("charges.webhook-url"));
        webhook.setValue(webhookUrl());
        webhook.setReadOnly(true);
        webhook.setWidthFull();
        webhook.setMaxWidth("600px");
        webhook.setHelperText(getTranslation("charges.webhook-url.help"));
        webhook.setId("charges-webhook-url");
        Button test = new Button(getTranslation("charges.test"), e -> test());
        test.setId("charges-test");
        reviews.setId("charges-reviews");
        active.setPadding(false);
        active.add(webhook, test, new H3(getTranslation("charges.reviews.title")), reviews);
        add(status, form, save, active);
        show(setup.current());
    }

    /** The saved state; secrets only as "definido", fields set by the configuration read-only. */
    private void show(MercadoPagoSettings current) {
        status.setText(getTranslation(current.on() ? "charges.status.on" : "charges.status.off"));
        provider.setValue(current.provider());
        payerEmail.setValue(current.payerEmail());
        token.clear();
        secret.clear();
        token.setPlaceholder(getTranslation(current.accessToken().isEmpty() ? "charges.unset" : "charges.set"));
        secret.setPlaceholder(getTranslation(current.webhookSecret().isEmpty() ? "charges.unset" : "charges.set"));
        token.setHelperText(getTranslation(current.accessToken().isEmpty() ? "charges.token.help" : "charges.keep"));
        secret.setHelperText(getTranslation(current.webhookSecret().isEmpty() ? "charges.secret.help" : "charges.keep"));
        lockFromEnvironment(provider, PaymentSetup.PROVIDER);
        lockFromEnvironment(token, PaymentSetup.ACCESS_TOKEN);
        lockFromEnvironment(secret, PaymentSetup.WEBHOOK_SECRET);
        lockFromEnvironment(payerEmail, PaymentSetup.PAYER_EMAIL);
        active.setVisible(current.on());
        if (current.on()) {
            showReviews();
        }
    }

    private void lockFromEnvironment(HasValue<?, ?> field, String name) {
        if (setup.fromEnvironment(name)) {
            field.setReadOnly(true);
            ((HasHelper) field).setHelperText(getTranslation("charges.from-environment"));
        }
    }

    private void save() {
        MercadoPagoSettings[] saved = new MercadoPagoSettings[1];
        boolean ok = SectionSave.run(this, Map.<String, HasValidation>of(PaymentSetup.ACCESS_TOKEN, token,
                        PaymentSetup.WEBHOOK_SECRET, secret, PaymentSetup.PAYER_EMAIL, payerEmail), provider,
                () -> saved[0] = setup.save(provider.getValue() == null ? PaymentProvider.NONE : provider.getValue(),
                        token.getValue(), secret.getValue(), payerEmail.getValue()),
                "charges.saved");
        if (ok) {
            show(saved[0]);
        }
    }

    private void test() {
        charges.test().ifPresentOrElse(
                problem -> Notices.error(getTranslation("charges.test." + problem.name().toLowerCase(java.util.Locale.ROOT))),
                () -> Notices.success(getTranslation("charges.test.ok")));
    }

    private void showReviews() {
        reviews.removeAll();
        List<ChargeReview> items = charges.reviews();
        if (items.isEmpty()) {
            reviews.add(new ListItem(getTranslation("charges.reviews.none")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        for (ChargeReview item : items) {
            String name = item.clientId() == null ? "?" : clients.find(item.clientId()).map(Client::name)
                    .orElse(item.clientId());
            reviews.add(new ListItem(getTranslation("charges.reviews.item", name,
                    item.amount() == null ? "?" : Money.format(item.amount(), getLocale()),
                    getTranslation("charges.review." + item.reason()), item.providerPaymentId(),
                    when.format(item.flaggedAt().atZone(java.time.ZoneId.systemDefault())))));
        }
    }

    /** The app's address as this browser reaches it; behind a proxy, the forwarded one. */
    private static String webhookUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            String port = (http.getScheme().equals("https") && http.getServerPort() == 443)
                    || (http.getScheme().equals("http") && http.getServerPort() == 80) ? "" : ":" + http.getServerPort();
            return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/webhooks/mercadopago";
        }
        return "/webhooks/mercadopago";
    }
}
