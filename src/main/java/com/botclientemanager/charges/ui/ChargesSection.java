package com.botclientemanager.charges.ui;

import com.botclientemanager.charges.ChargeReview;
import com.botclientemanager.charges.ChargeService;
import com.botclientemanager.charges.ChargesProperties;
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
 * Settings, "Pagamentos automáticos (Mercado Pago)": whether it is on, whether the token and the webhook secret are
 * set (never their values), the address to paste in Mercado Pago, "Testar", and the payments to look at by hand.
 */
@SpringComponent
@UIScope
public class ChargesSection extends VerticalLayout {

    private final ChargeService charges;
    private final ClientDirectory clients;
    private final UnorderedList reviews = new UnorderedList();

    ChargesSection(ChargeService charges, ChargesProperties properties, ClientDirectory clients) {
        this.charges = charges;
        this.clients = clients;
        setPadding(false);
        addClassNames("settings-section");
        setId("charges-section");
        add(new H3(getTranslation("charges.title")), new Paragraph(getTranslation("charges.description")));
        Paragraph status = new Paragraph(getTranslation(charges.enabled() ? "charges.status.on" : "charges.status.off"));
        status.setId("charges-status");
        add(status);
        if (!charges.enabled()) {
            return;
        }
        ChargesProperties.MercadoPago mp = properties.mercadopago();
        add(new Paragraph(getTranslation(mp.accessToken().isBlank() ? "charges.token.unset" : "charges.token.set")),
                new Paragraph(getTranslation(mp.webhookSecret().isBlank() ? "charges.secret.unset" : "charges.secret.set")));
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
        add(webhook, test, new H3(getTranslation("charges.reviews.title")), reviews);
        showReviews();
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
