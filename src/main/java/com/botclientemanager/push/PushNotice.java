package com.botclientemanager.push;

import java.util.List;
import java.util.Objects;

/**
 * A notification to send, in each device's language: i18n keys with their arguments (no client data beyond a first
 * name) and the app path it opens, e.g. {@code messages?status=failed&day=today}.
 */
public record PushNotice(PushEvent event, String titleKey, String bodyKey, List<Object> args, String path) {

    public PushNotice {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(bodyKey, "bodyKey");
        args = List.copyOf(args);
        path = path == null ? "" : path.replaceFirst("^/+", "");
    }
}
