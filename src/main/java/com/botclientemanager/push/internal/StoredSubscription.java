package com.botclientemanager.push.internal;

import java.util.Locale;

/** A device's push subscription as stored: where to post, the browser's keys, and the user's language. */
public record StoredSubscription(long id, String username, String endpoint, String p256dh, String auth, String label,
        Locale locale) {
}
