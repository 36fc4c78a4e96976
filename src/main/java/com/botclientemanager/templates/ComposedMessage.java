package com.botclientemanager.templates;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.whatsapp.SendRequest;
import java.util.List;

/**
 * A message written for one recipient by {@link MessageComposer}.
 *
 * @param rendered      the text and the placeholders that rendered empty
 * @param cloudTemplate the Cloud API template call to send instead of the text, or null
 */
public record ComposedMessage(RenderedMessage rendered, CloudTemplate cloudTemplate) {

    public String text() {
        return rendered.text();
    }

    /** See {@link RenderedMessage#missing()}. */
    public List<String> missing() {
        return rendered.missing();
    }

    /** See {@link RenderedMessage#unfilled()}. */
    public List<String> unfilled() {
        return rendered.unfilled();
    }

    /** The request that sends this message; {@code clientId}, {@code clientName} and {@code reminderKey} may be null. */
    public SendRequest request(String clientId, String clientName, String phone, String kind, String reminderKey) {
        return new SendRequest(clientId, clientName, phone, kind, text(), cloudTemplate, reminderKey);
    }
}
