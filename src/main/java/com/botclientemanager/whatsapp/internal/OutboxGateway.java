package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.Pairing;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppGateway;

/** Test mode: sends nothing; every message is logged as simulated. */
final class OutboxGateway implements WhatsAppGateway {

    @Override
    public Provider provider() {
        return Provider.OUTBOX;
    }

    @Override
    public GatewayResult sendText(String phone, String text) {
        return GatewayResult.simulated();
    }

    @Override
    public GatewayResult sendTemplate(String phone, CloudTemplate template, String fallbackText) {
        return GatewayResult.simulated();
    }

    @Override
    public ConnectionStatus connectionStatus() {
        return ConnectionStatus.of(ConnectionState.TEST_MODE);
    }

    @Override
    public Pairing pair() {
        return Pairing.failed("whatsapp.pair.test-mode");
    }

    @Override
    public void disconnect() {
        // nothing is linked in test mode
    }
}
