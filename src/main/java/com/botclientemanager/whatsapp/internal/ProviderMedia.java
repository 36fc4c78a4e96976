package com.botclientemanager.whatsapp.internal;

import static com.botclientemanager.whatsapp.internal.HttpSupport.text;

import com.botclientemanager.whatsapp.MediaDownloadException;
import com.botclientemanager.whatsapp.MediaSource;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Received media from the provider whose settings are in use. Evolution API:
 * {@code POST /chat/getBase64FromMediaMessage/{instance}} with the message key, answering {@code {base64, mimetype}}
 * (the webhook's {@code base64: true} stays off: it would push files through the 1 MB webhook limit). Cloud API:
 * {@code GET /{media-id}} answering {@code {url, mime_type, file_size}}, then the url, both with the token.
 */
@Component
class ProviderMedia implements MediaSource {

    private final SwitchableGateway gateway;

    ProviderMedia(SwitchableGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public MediaFile download(Provider provider, String providerMessageId, String mediaId, long maxBytes) {
        if (provider != gateway.settings().provider()) {
            throw new MediaDownloadException("the provider of this message is no longer in use", false);
        }
        OkHttpClient http = gateway.newClient();
        try {
            return switch (provider) {
                case EVOLUTION -> evolution(http, gateway.settings().evolution(), providerMessageId, maxBytes);
                case CLOUD -> cloud(http, gateway.cloud(), mediaId, maxBytes);
                case OUTBOX -> throw new MediaDownloadException("test mode has no media", false);
            };
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    static MediaFile evolution(OkHttpClient http, WhatsAppProperties.Evolution settings, String messageId,
            long maxBytes) {
        try {
            return evolutionCall(http, settings, messageId, maxBytes);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    static MediaFile cloud(OkHttpClient http, WhatsAppProperties.Cloud settings, String mediaId, long maxBytes) {
        try {
            return cloudCall(http, settings, mediaId, maxBytes);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private static MediaDownloadException unreachable(IOException e) {
        return new MediaDownloadException("media download failed: " + e.getClass().getSimpleName(), e);
    }

    private static MediaFile evolutionCall(OkHttpClient http, WhatsAppProperties.Evolution settings, String messageId,
            long maxBytes) throws IOException {
        HttpUrl url = HttpUrl.get(settings.url().toString()).newBuilder()
                .addPathSegments("chat/getBase64FromMediaMessage").addPathSegment(settings.instance()).build();
        String body = HttpSupport.MAPPER.writeValueAsString(
                Map.of("message", Map.of("key", Map.of("id", messageId)), "convertToMp4", false));
        Request request = new Request.Builder().url(url).header("apikey", settings.apiKey())
                .post(RequestBody.create(body, HttpSupport.JSON)).build();
        // base64 is 4/3 of the file, plus the JSON around it
        long limit = maxBytes / 3 * 4 + 8 + 64 * 1024;
        try (Response response = http.newCall(request).execute()) {
            check(response);
            JsonNode answer = HttpSupport.parse(LimitedBody.text(response, limit));
            String base64 = text(answer.path("base64"));
            if (base64 == null) {
                throw new MediaDownloadException("Evolution API answered without base64", false);
            }
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new MediaDownloadException("Evolution API answered with broken base64", false);
            }
            if (bytes.length > maxBytes) {
                throw new MediaDownloadException("file larger than " + maxBytes + " bytes", false);
            }
            return new MediaFile(bytes, text(answer.path("mimetype")));
        }
    }

    private static MediaFile cloudCall(OkHttpClient http, WhatsAppProperties.Cloud settings, String mediaId,
            long maxBytes) throws IOException {
        if (mediaId == null || !mediaId.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new MediaDownloadException("no usable media id", false);
        }
        HttpUrl api = HttpUrl.get(settings.apiUrl().toString());
        Request info = new Request.Builder().url(api.newBuilder().addPathSegment(mediaId).build())
                .header("Authorization", "Bearer " + settings.accessToken()).get().build();
        String fileUrl;
        String type;
        try (Response response = http.newCall(info).execute()) {
            check(response);
            JsonNode answer = HttpSupport.parse(HttpSupport.answer(response));
            fileUrl = text(answer.path("url"));
            type = text(answer.path("mime_type"));
            if (answer.path("file_size").canConvertToLong() && answer.path("file_size").asLong() > maxBytes) {
                throw new MediaDownloadException("file larger than " + maxBytes + " bytes", false);
            }
        }
        HttpUrl file = fileUrl == null ? null : HttpUrl.parse(fileUrl);
        // the token goes only to Meta over TLS, or to the configured API host itself
        if (file == null || !(file.isHttps() || file.host().equals(api.host()))) {
            throw new MediaDownloadException("Cloud API answered without a usable url", false);
        }
        Request get = new Request.Builder().url(file).header("Authorization", "Bearer " + settings.accessToken())
                .get().build();
        try (Response response = http.newCall(get).execute()) {
            check(response);
            return new MediaFile(LimitedBody.bytes(response, maxBytes), type);
        }
    }

    private static void check(Response response) {
        int code = response.code();
        if (code >= 200 && code < 300) {
            return;
        }
        boolean retryable = code == 408 || code == 429 || code >= 500;
        throw new MediaDownloadException("the provider answered HTTP " + code, retryable);
    }
}
