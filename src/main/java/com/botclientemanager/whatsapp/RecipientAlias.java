package com.botclientemanager.whatsapp;

/**
 * A delivery report named the recipient of a message the app sent by a privacy id ({@code ...@lid}) instead of a phone:
 * the message's client is that lid from now on (Evolution may later report that client's replies by the lid alone).
 */
public record RecipientAlias(String providerMessageId, String lid) {
}
