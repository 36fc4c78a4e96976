package com.botclientemanager.templates;

import java.util.List;

/**
 * A template rendered for one client.
 *
 * @param text    the message as the client reads it
 * @param missing the placeholders (names as written, without braces) that had no value and rendered empty
 */
public record RenderedMessage(String text, List<String> missing) {

    public RenderedMessage {
        text = text == null ? "" : text;
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
