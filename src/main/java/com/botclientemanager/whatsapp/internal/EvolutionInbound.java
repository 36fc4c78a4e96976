package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.Provider;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads one Evolution API v2 {@code messages.upsert} item ({@code prepareMessage()} of v2.3.x): text in
 * {@code message.conversation} (extended text is folded into it), captions of images and documents, the quoted id in
 * {@code contextInfo.stanzaId}. Groups and status broadcasts are not conversations with a client and are dropped.
 * The sender's phone comes from {@code remoteJidAlt}, then {@code senderPn}, then a phone-shaped {@code remoteJid};
 * a {@code @lid} remoteJid is kept as the lid for the reply module's map.
 */
final class EvolutionInbound {

    private static final String PHONE_JID = "@s.whatsapp.net";
    private static final String LID_JID = "@lid";
    private static final String[] MEDIA = {"imageMessage", "documentMessage", "videoMessage", "audioMessage",
            "stickerMessage"};

    private EvolutionInbound() {
    }

    static Optional<InboundMessage> read(JsonNode data, Instant receivedAt) {
        JsonNode key = data.path("key");
        String id = text(key.path("id"));
        String remoteJid = text(key.path("remoteJid"));
        if (id == null || remoteJid == null || remoteJid.endsWith("@g.us") || remoteJid.equals("status@broadcast")
                || remoteJid.endsWith("@broadcast") || remoteJid.endsWith("@newsletter")) {
            return Optional.empty();
        }
        String phone = phoneOf(text(key.path("remoteJidAlt")));
        if (phone == null) {
            phone = phoneOf(text(key.path("senderPn")));
        }
        if (phone == null && remoteJid.endsWith(PHONE_JID)) {
            phone = phoneOf(remoteJid);
        }
        String lid = remoteJid.endsWith(LID_JID) ? digitsBefore(remoteJid) : null;
        if (phone == null && lid == null) {
            return Optional.empty();
        }
        JsonNode message = data.path("message");
        String text = text(message.path("conversation"));
        if (text == null) {
            text = text(message.path("extendedTextMessage").path("text"));
        }
        String mediaType = null;
        String mediaId = null;
        for (String media : MEDIA) {
            JsonNode node = message.path(media);
            if (node.isObject()) {
                mediaType = media.substring(0, media.length() - "Message".length());
                mediaId = text(node.path("fileName"));
                if (text == null) {
                    text = text(node.path("caption"));
                }
                break;
            }
        }
        String quoted = text(data.path("contextInfo").path("stanzaId"));
        if (quoted == null) {
            quoted = text(message.path("extendedTextMessage").path("contextInfo").path("stanzaId"));
        }
        return Optional.of(new InboundMessage(Provider.EVOLUTION, id, phone, lid, null, text(data.path("pushName")),
                text, mediaType, mediaId, quoted, receivedAt, key.path("fromMe").asBoolean(false)));
    }

    /** The lid of a delivery report's {@code remoteJid} when it is one. */
    static String lidOf(String remoteJid) {
        return remoteJid != null && remoteJid.endsWith(LID_JID) ? digitsBefore(remoteJid) : null;
    }

    private static String phoneOf(String jid) {
        if (jid == null || !jid.endsWith(PHONE_JID)) {
            return null;
        }
        String digits = digitsBefore(jid);
        return digits == null || digits.length() < 8 || digits.length() > 15 ? null : digits;
    }

    /** The digits before {@code @} (and before a device suffix {@code :12}); null when they are not all digits. */
    private static String digitsBefore(String jid) {
        String user = jid.substring(0, jid.indexOf('@'));
        int device = user.indexOf(':');
        if (device >= 0) {
            user = user.substring(0, device);
        }
        return !user.isEmpty() && user.length() <= 32 && Phones.digits(user).equals(user) ? user : null;
    }
}
