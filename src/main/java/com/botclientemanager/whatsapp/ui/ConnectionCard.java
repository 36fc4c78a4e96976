package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.Pairing;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppConnection;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The big status card: Conectado / Desconectado / Aguardando leitura do QR code / Modo de teste, and for Evolution the
 * QR code (redrawn when the gateway rotates it, gone once connected) with the three steps to scan it.
 */
class ConnectionCard extends Div {

    static final int QR_SIZE = 280;
    private static final int POLL_MILLIS = 4000;

    private final WhatsAppConnection connection;
    private final H3 title = new H3();
    private final Paragraph detail = new Paragraph();
    private final Div qrArea = new Div();
    private final Button connect = new Button();
    private final Button disconnect = new Button();
    private final Button check = new Button();
    private String shownCode;
    private Registration polling;

    ConnectionCard(WhatsAppConnection connection) {
        this.connection = connection;
        addClassNames("whatsapp-status-card");
        setId("whatsapp-status");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-l)").set("max-width", "40rem").set("box-sizing", "border-box")
                .set("width", "100%");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0");
        title.setId("whatsapp-status-title");
        detail.setId("whatsapp-status-detail");
        String providerKey = "whatsapp.provider." + connection.provider().name().toLowerCase();
        Span provider = new Span(getTranslation(providerKey));
        provider.addClassNames("whatsapp-provider");
        // in test mode the title already names it, and the detail says what it means
        provider.setVisible(connection.provider() != Provider.OUTBOX);
        qrArea.setId("whatsapp-qr");
        qrArea.setVisible(false);

        connect.setText(getTranslation("whatsapp.connect"));
        connect.setId("whatsapp-connect");
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.addClickListener(e -> startPairing(e.getSource().getUI().orElseThrow()));
        disconnect.setText(getTranslation("whatsapp.disconnect"));
        disconnect.setId("whatsapp-disconnect");
        disconnect.addClickListener(e -> confirmDisconnect());
        check.setText(getTranslation("whatsapp.cloud.check"));
        check.setId("whatsapp-check");
        check.addClickListener(e -> refresh(e.getSource().getUI().orElseThrow()));
        connect.setVisible(false);
        disconnect.setVisible(false);
        check.setVisible(connection.provider() == Provider.CLOUD);

        title.setText(getTranslation("whatsapp.state.checking"));
        add(provider, title, detail, qrArea, connect, disconnect, check);
    }

    /** Reads the state off the request thread (the provider may be slow) and shows it when it arrives. */
    void refresh(UI ui) {
        CompletableFuture.supplyAsync(connection::status)
                .thenAccept(status -> ui.access(() -> show(status, ui)));
    }

    private void show(ConnectionStatus status, UI ui) {
        ConnectionState state = status.state();
        String stateKey = "whatsapp.state." + state.name().toLowerCase().replace('_', '-');
        title.setText(getTranslation(stateKey));
        getElement().setAttribute("data-state", state.name().toLowerCase());
        detail.setText(state == ConnectionState.TEST_MODE ? getTranslation("whatsapp.state.test-mode.detail")
                : detailText(status.detail()));
        boolean evolution = connection.provider() == Provider.EVOLUTION;
        connect.setVisible(evolution && state != ConnectionState.CONNECTED);
        disconnect.setVisible(evolution && state == ConnectionState.CONNECTED);
        if (state == ConnectionState.CONNECTED) {
            hideQr(ui);
        }
    }

    private String detailText(String detail) {
        return detail == null ? "" : detail.startsWith("whatsapp.") ? getTranslation(detail) : detail;
    }

    private void startPairing(UI ui) {
        connect.setEnabled(false);
        CompletableFuture.supplyAsync(connection::pair).thenAccept(pairing -> ui.access(() -> {
            connect.setEnabled(true);
            showPairing(pairing, ui);
            if (!pairing.connected() && pairing.qrCode() != null && polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(e -> CompletableFuture.supplyAsync(connection::pair)
                        .thenAccept(next -> ui.access(() -> showPairing(next, ui))));
            }
        }));
    }

    private void showPairing(Pairing pairing, UI ui) {
        if (pairing.connected()) {
            hideQr(ui);
            refresh(ui);
            return;
        }
        if (pairing.errorKey() != null) {
            detail.setText(getTranslation(pairing.errorKey()));
            return;
        }
        if (Objects.equals(pairing.qrCode(), shownCode)) {
            return;
        }
        shownCode = pairing.qrCode();
        byte[] png = connection.qrPng(shownCode, QR_SIZE);
        Image image = new Image(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(png), "whatsapp-qr.png", "image/png", png.length)),
                getTranslation("whatsapp.qr.alt"));
        image.setWidth(QR_SIZE + "px");
        image.setId("whatsapp-qr-image");
        OrderedList steps = new OrderedList(new ListItem(getTranslation("whatsapp.qr.step1")),
                new ListItem(getTranslation("whatsapp.qr.step2")), new ListItem(getTranslation("whatsapp.qr.step3")));
        qrArea.removeAll();
        qrArea.add(new Paragraph(getTranslation("whatsapp.qr.scan")), image, steps);
        if (pairing.pairingCode() != null) {
            qrArea.add(new Paragraph(getTranslation("whatsapp.qr.pairing-code", pairing.pairingCode())));
        }
        qrArea.setVisible(true);
        title.setText(getTranslation("whatsapp.state.waiting-for-qr"));
    }

    private void hideQr(UI ui) {
        qrArea.removeAll();
        qrArea.setVisible(false);
        shownCode = null;
        stopPolling(ui);
    }

    void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void confirmDisconnect() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("whatsapp.disconnect.confirm.title"));
        dialog.setText(getTranslation("whatsapp.disconnect.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("whatsapp.cancel"));
        dialog.setConfirmText(getTranslation("whatsapp.disconnect"));
        dialog.addConfirmListener(e -> {
            UI ui = getUI().orElseThrow();
            CompletableFuture.runAsync(connection::disconnect).thenRun(() -> ui.access(() -> refresh(ui)));
        });
        dialog.open();
    }
}
