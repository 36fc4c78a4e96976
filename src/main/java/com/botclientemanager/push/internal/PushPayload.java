package com.botclientemanager.push.internal;

import com.botclientemanager.push.PushNotice;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the service worker shows: {@code {title, options: {body, icon, badge, tag, data: {url}}}} (the shape of
 * Vaadin's service worker push handler; our {@code sw.ts} opens {@code data.url} on a tap).
 */
public final class PushPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PushPayload() {
    }

    public static byte[] of(PushNotice notice, Locale locale) {
        Map<String, Object> options = Map.of(
                "body", PushTexts.text(locale, notice.bodyKey(), notice.args()),
                "icon", "icons/icon.png",
                "tag", notice.event().name(),
                "data", Map.of("url", "/" + notice.path()));
        Map<String, Object> payload = Map.of("title", PushTexts.text(locale, notice.titleKey(), notice.args()),
                "options", options);
        return JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    }
}
