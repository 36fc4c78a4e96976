package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.whatsapp.WhatsAppConnection;
import com.botclientemanager.whatsapp.WhatsAppSetup;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.CompletableFuture;

/**
 * The WhatsApp connection: status card, choosing and setting up the provider (no restart), pairing by QR code, a test
 * message, webhook set-up and sending hours.
 */
@Route(value = "whatsapp", layout = MainLayout.class)
@PermitAll
public class WhatsAppView extends AppPage {

    private final WhatsAppConnection connection;
    private final WhatsAppSetup setup;
    private final SendingSettingsService sendingSettings;
    private final LiveUpdates liveUpdates;
    private final SendingSection sending;
    private final Div content = new Div();
    private final String browserBaseUrl = baseUrl();
    private ConnectionCard card;
    private ProviderForm form;
    private Registration subscription;

    public WhatsAppView(WhatsAppConnection connection, WhatsAppSetup setup, SendingSettingsService sendingSettings,
            LiveUpdates liveUpdates, SendingSection sending) {
        super("whatsapp.title", "whatsapp.description");
        this.connection = connection;
        this.setup = setup;
        this.sendingSettings = sendingSettings;
        this.liveUpdates = liveUpdates;
        this.sending = sending;
        content.setWidthFull();
        content.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        add(content);
        build();
    }

    private void build() {
        content.removeAll();
        card = new ConnectionCard(connection);
        form = new ProviderForm(setup, sendingInForce(), browserBaseUrl, this::saved);
        content.add(card, form, new TestMessageForm(connection), sending, webhookSection());
    }

    /** The pace the ban warning quotes; with settings.json damaged (the sending section says so) the configured one. */
    private SendingSettings sendingInForce() {
        try {
            return sendingSettings.current();
        } catch (DamagedDocumentException e) {
            return sendingSettings.defaults();
        }
    }

    /** The gateway switched: redraw the page for it and, for Evolution, create the instance and register the webhook. */
    private void saved(Provider provider) {
        UI ui = UI.getCurrent();
        card.stopPolling(ui);
        build();
        card.refresh(ui);
        if (provider == Provider.EVOLUTION) {
            ProviderForm shown = form;
            CompletableFuture.supplyAsync(() -> setup.prepareEvolution(browserBaseUrl))
                    .thenAccept(check -> ui.access(() -> {
                        shown.show(check);
                        card.refresh(ui);
                    }));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        card.refresh(ui);
        subscription = liveUpdates.subscribe(ui, changes -> card.refresh(ui), ConnectionChanged.class);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
        card.stopPolling(event.getUI());
    }

    private Div webhookSection() {
        Div section = new Div();
        section.addClassNames("whatsapp-webhook");
        Provider provider = connection.provider();
        if (provider == Provider.CLOUD) {
            // the set-up form shows the callback URL, the verify token and the steps
            section.setVisible(false);
            return section;
        }
        section.add(new H3(getTranslation("whatsapp.webhook.title")));
        if (provider == Provider.OUTBOX) {
            section.add(new Paragraph(getTranslation("whatsapp.webhook.outbox")));
            return section;
        }
        Pre urlText = new Pre(setup.publicBaseUrl(browserBaseUrl) + connection.evolutionWebhookPath());
        urlText.setId("webhook-url");
        urlText.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        section.add(new Paragraph(getTranslation("whatsapp.webhook.evolution.intro")), urlText);
        UnorderedList steps = new UnorderedList();
        for (int step = 1; step <= 3; step++) {
            steps.add(new ListItem(getTranslation("whatsapp.webhook.evolution.step" + step)));
        }
        section.add(steps);
        return section;
    }

    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String host = request.getHeader("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return host == null ? "" : scheme + "://" + host + request.getContextPath();
    }
}
