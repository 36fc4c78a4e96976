package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code messages} of one Cloud API webhook change value: text, template quick-reply buttons, interactive
 * button and list replies, media with caption, and the replied-to {@code context.id}. The sender is {@code from} or the
 * contact's {@code wa_id} (either may be withheld for users with a username) and the contact's {@code user_id}.
 * System notices ({@code user_changed_number}) are not messages from a client and are dropped.
 */
final class CloudInbound {

    private static final List<String> MEDIA = List.of("image", "document", "audio", "video", "sticker");

    private CloudInbound() {
    }

    static List<InboundMessage> read(JsonNode value, Instant receivedAt) {
        List<InboundMessage> messages = new ArrayList<>();
        JsonNode contacts = value.path("contacts");
        for (JsonNode message : value.path("messages")) {
            String id = text(message.path("id"));
            String type = String.valueOf(text(message.path("type")));
            if (id == null || type.equals("system")) {
                continue;
            }
            JsonNode contact = contactOf(contacts, text(message.path("from")));
            String phone = phone(text(message.path("from")));
            if (phone == null) {
                phone = phone(text(contact.path("wa_id")));
            }
            String userId = text(message.path("from_user_id"));
            if (userId == null) {
                userId = text(contact.path("user_id"));
            }
            if (phone == null && userId == null) {
                continue;
            }
            String mediaType = MEDIA.contains(type) ? type : null;
            messages.add(new InboundMessage(Provider.CLOUD, id, phone, null, userId,
                    text(contact.path("profile").path("name")), textOf(message, type), mediaType,
                    mediaType == null ? null : text(message.path(type).path("id")),
                    text(message.path("context").path("id")), receivedAt, false));
        }
        return messages;
    }

    private static String textOf(JsonNode message, String type) {
        return switch (type) {
            case "text" -> text(message.path("text").path("body"));
            case "button" -> first(text(message.path("button").path("text")), text(message.path("button").path("payload")));
            case "interactive" -> {
                JsonNode interactive = message.path("interactive");
                JsonNode reply = interactive.path("button_reply").isObject() ? interactive.path("button_reply")
                        : interactive.path("list_reply");
                yield first(text(reply.path("title")), text(reply.path("id")));
            }
            default -> MEDIA.contains(type) ? text(message.path(type).path("caption")) : null;
        };
    }

    /** The contact of this sender; with a single contact (the usual case) that one, even without {@code wa_id}. */
    private static JsonNode contactOf(JsonNode contacts, String from) {
        if (contacts.size() == 1) {
            return contacts.path(0);
        }
        for (JsonNode contact : contacts) {
            if (from != null && from.equals(text(contact.path("wa_id")))) {
                return contact;
            }
        }
        return contacts.path(-1);
    }

    private static String phone(String digits) {
        return digits != null && digits.length() >= 8 && digits.length() <= 15 && Phones.digits(digits).equals(digits)
                ? digits : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
