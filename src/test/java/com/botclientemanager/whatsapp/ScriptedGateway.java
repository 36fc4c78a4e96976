package com.botclientemanager.whatsapp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/** A gateway that answers from a script (default: accepted) and counts the sends that reached it. */
class ScriptedGateway implements WhatsAppGateway {

    final AtomicInteger sends = new AtomicInteger();
    private final Deque<GatewayResult> script = new ArrayDeque<>();
    volatile long delayMillis;
    /** Runs with the provider id just before the answer goes back, as a webhook that outruns the gateway's answer. */
    volatile java.util.function.Consumer<String> beforeAnswer;

    synchronized ScriptedGateway then(GatewayResult result) {
        script.add(result);
        return this;
    }

    @Override
    public Provider provider() {
        return Provider.EVOLUTION;
    }

    @Override
    public GatewayResult sendText(String phone, String text) {
        int number = sends.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        GatewayResult result;
        synchronized (this) {
            result = script.isEmpty() ? GatewayResult.accepted("wamid-" + number) : script.poll();
        }
        if (beforeAnswer != null && result.providerMessageId() != null) {
            beforeAnswer.accept(result.providerMessageId());
        }
        return result;
    }

    @Override
    public ConnectionStatus connectionStatus() {
        return ConnectionStatus.of(ConnectionStatus.ConnectionState.CONNECTED);
    }

    @Override
    public Pairing pair() {
        return Pairing.alreadyConnected();
    }

    @Override
    public void disconnect() {
    }
}
