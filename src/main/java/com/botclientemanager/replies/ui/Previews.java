package com.botclientemanager.replies.ui;

import java.util.function.Function;

/** The text a received message shows: its text, else a label for the kind of file it carried. */
final class Previews {

    private Previews() {
    }

    static String of(String text, String mediaType, Function<String, String> translate) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        if (mediaType == null) {
            return "";
        }
        return translate.apply(switch (mediaType) {
            case "image" -> "conversations.media.image";
            case "document" -> "conversations.media.document";
            default -> "conversations.media.other";
        });
    }
}
