package com.botclientemanager.clients;

/**
 * What "Enviar agora" did for the selected clients.
 *
 * @param sent          went out now (or were logged as simulated in test mode)
 * @param failed        could not be sent now (the message log says why)
 * @param queued        handed to the background sender, paced; their outcome shows in the message log
 * @param inactive      skipped: the client is inactive
 * @param notOnWhatsApp skipped: the number has no WhatsApp account
 */
public record SendReport(int sent, int failed, int queued, int inactive, int notOnWhatsApp) {

    public int skipped() {
        return inactive + notOnWhatsApp;
    }
}
