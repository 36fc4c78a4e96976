package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppConnection;
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

/** The WhatsApp connection: status card, pairing by QR code, a test message, webhook set-up and sending hours. */
@Route(value = "whatsapp", layout = MainLayout.class)
@PermitAll
public class WhatsAppView extends AppPage {

    private final WhatsAppConnection connection;
    private final LiveUpdates liveUpdates;
    private final ConnectionCard card;
    private Registration subscription;

    public WhatsAppView(WhatsAppConnection connection, LiveUpdates liveUpdates, SendingSection sending) {
        super("whatsapp.title", "whatsapp.description");
        this.connection = connection;
        this.liveUpdates = liveUpdates;
        this.card = new ConnectionCard(connection);
        add(card, new TestMessageForm(connection), sending, webhookSection());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        card.refresh(ui);
        subscription = liveUpdates.subscribe(ui, changes -> {
            if (changes.stream().anyMatch(ConnectionChanged.class::isInstance)) {
                card.refresh(ui);
            }
        });
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
        section.add(new H3(getTranslation("whatsapp.webhook.title")));
        Provider provider = connection.provider();
        if (provider == Provider.OUTBOX) {
            section.add(new Paragraph(getTranslation("whatsapp.webhook.outbox")));
            return section;
        }
        String url = baseUrl() + (provider == Provider.EVOLUTION ? connection.evolutionWebhookPath()
                : connection.cloudWebhookPath());
        Pre urlText = new Pre(url);
        urlText.setId("webhook-url");
        section.add(new Paragraph(getTranslation(provider == Provider.EVOLUTION
                ? "whatsapp.webhook.evolution.intro" : "whatsapp.webhook.cloud.intro")), urlText);
        UnorderedList steps = new UnorderedList();
        String prefix = provider == Provider.EVOLUTION ? "whatsapp.webhook.evolution.step" : "whatsapp.webhook.cloud.step";
        for (int step = 1; step <= 3; step++) {
            steps.add(new ListItem(getTranslation(prefix + step)));
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
