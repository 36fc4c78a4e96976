package com.botclientemanager.whatsapp;

import java.time.Instant;
import java.util.Objects;

/**
 * A message that reached the linked number through a provider's webhook (published synchronously, before the webhook
 * answers). The sender is known by whichever of phone, lid and user id the provider gave; any may be null.
 *
 * @param phone      the sender's digits with country code (Evolution's {@code remoteJidAlt}/{@code senderPn}/phone jid,
 *                   Cloud's {@code wa_id}/{@code from}), null when withheld
 * @param lid        Evolution's {@code ...@lid} privacy id (digits before the {@code @}), null otherwise
 * @param userId     Cloud's business-scoped user id ({@code contacts[].user_id}), null otherwise
 * @param text       the text, caption, button text or interactive reply title; null for media without a caption
 * @param mediaType  {@code image}, {@code document}, {@code audio}... for media, null for text
 * @param mediaId    the provider's media id or file name, so a later download can find it
 * @param quotedId   the provider id of the message this one replies to
 * @param fromMe     sent by the linked number itself (the reseller answering from the phone)
 */
public record InboundMessage(Provider provider, String providerMessageId, String phone, String lid, String userId,
        String pushName, String text, String mediaType, String mediaId, String quotedId, Instant receivedAt,
        boolean fromMe) {

    public InboundMessage {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
