package com.botclientemanager.clients;

import java.util.List;

/**
 * A client's own message rendered for the values typed in the form.
 *
 * @param text    the message as the client would read it; empty when the body is empty (the template is used then)
 * @param unknown words in braces that are no placeholder (they would be sent as typed)
 * @param missing placeholders that have no value for this client yet (they render empty)
 */
public record FormMessagePreview(String text, List<String> unknown, List<String> missing) {

    public FormMessagePreview {
        unknown = List.copyOf(unknown);
        missing = List.copyOf(missing);
    }
}
