package com.botclientemanager.push;

import java.util.Locale;

/** What a browser's {@code PushManager.subscribe} gave, with the browser's user agent and the user's language. */
public record PushSubscriptionRequest(String endpoint, String p256dh, String auth, String userAgent, Locale locale) {
}
