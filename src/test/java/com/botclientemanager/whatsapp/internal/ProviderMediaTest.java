package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.whatsapp.MediaDownloadException;
import com.botclientemanager.whatsapp.MediaSource.MediaFile;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Downloading a client's receipt file against stand-ins answering as Evolution API v2.3.6
 * ({@code POST /chat/getBase64FromMediaMessage/{instance}}) and Meta's Cloud API ({@code GET /{media-id}}, then the url).
 */
class ProviderMediaTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = HttpSupport.client(Duration.ofSeconds(2), Duration.ofSeconds(5));

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void evolutionTenMegabyteImageIsAcceptedAtTheLimit() throws Exception {
        byte[] image = jpeg((int) TEN_MB);
        server.enqueue(json("{\"mediaType\":\"imageMessage\",\"fileName\":null,\"caption\":\"PAGUEI\","
                + "\"size\":{\"fileLength\":" + image.length + "},\"mimetype\":\"image/jpeg\",\"base64\":\""
                + Base64.getEncoder().encodeToString(image) + "\"}"));

        MediaFile file = ProviderMedia.evolution(http, evolution(), "3EB0PHOTO", TEN_MB);

        assertThat(file.bytes()).isEqualTo(image);
        assertThat(file.declaredType()).isEqualTo("image/jpeg");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/chat/getBase64FromMediaMessage/shop");
        assertThat(request.getHeaders().get("apikey")).isEqualTo("evo-key");
        assertThat(request.getBody().utf8()).contains("\"key\":{\"id\":\"3EB0PHOTO\"}").contains("\"convertToMp4\":false");
    }

    @Test
    void evolutionFileOverTheLimitIsRefusedWithoutReadingItAll() {
        byte[] image = jpeg(30 * 1024 * 1024);
        // 40 MB of base64 at 4 MB a second: reading it all would take 10 s
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .chunkedBody(new Buffer().writeUtf8("{\"mimetype\":\"image/jpeg\",\"base64\":\"")
                        .writeUtf8(Base64.getEncoder().encodeToString(image)).writeUtf8("\"}"), 256 * 1024)
                .throttleBody(400 * 1024, 100, TimeUnit.MILLISECONDS).build());

        long start = System.nanoTime();
        assertThatThrownBy(() -> ProviderMedia.evolution(http, evolution(), "3EB0BIG", TEN_MB))
                .isInstanceOfSatisfying(MediaDownloadException.class, e -> assertThat(e.retryable()).isFalse());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("receipts: 40 MB answer refused at a 10 MB limit after %d ms%n", millis);
        assertThat(millis).isLessThan(6000);
    }

    @Test
    void cloudDownloadsThroughTheMediaUrlWithTheToken() throws Exception {
        byte[] png = png(2048);
        server.enqueue(json("{\"messaging_product\":\"whatsapp\",\"url\":\"" + server.url("/lookaside/file?mid=1")
                + "\",\"mime_type\":\"image/png\",\"sha256\":\"x\",\"file_size\":" + png.length + ",\"id\":\"MEDIA1\"}"));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new Buffer().write(png)).build());

        MediaFile file = ProviderMedia.cloud(http, cloud(), "MEDIA1", TEN_MB);

        assertThat(file.bytes()).isEqualTo(png);
        RecordedRequest info = server.takeRequest();
        assertThat(info.getUrl().encodedPath()).isEqualTo("/v23.0/MEDIA1");
        assertThat(info.getHeaders().get("Authorization")).isEqualTo("Bearer cloud-token");
        RecordedRequest download = server.takeRequest();
        assertThat(download.getUrl().encodedPath()).isEqualTo("/lookaside/file");
        assertThat(download.getHeaders().get("Authorization")).isEqualTo("Bearer cloud-token");
    }

    @Test
    void cloudFileDeclaredOverTheLimitIsNotDownloaded() {
        server.enqueue(json("{\"url\":\"" + server.url("/lookaside/big") + "\",\"mime_type\":\"image/jpeg\","
                + "\"file_size\":" + (TEN_MB + 1) + ",\"id\":\"MEDIA2\"}"));

        assertThatThrownBy(() -> ProviderMedia.cloud(http, cloud(), "MEDIA2", TEN_MB))
                .isInstanceOfSatisfying(MediaDownloadException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cloudFileLargerThanDeclaredIsCutOffAtTheLimit() {
        server.enqueue(json("{\"url\":\"" + server.url("/lookaside/liar") + "\",\"mime_type\":\"image/jpeg\","
                + "\"file_size\":1000,\"id\":\"MEDIA3\"}"));
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(jpeg(3 * 1024 * 1024)),
                64 * 1024).build());

        assertThatThrownBy(() -> ProviderMedia.cloud(http, cloud(), "MEDIA3", 1024 * 1024))
                .isInstanceOfSatisfying(MediaDownloadException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void unavailableOrClosedConnectionsCanBeTriedAgain() {
        server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"base64\":\"")
                .onResponseBody(new SocketEffect.CloseSocket()).build());

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> ProviderMedia.evolution(http, evolution(), "3EB0SLOW", TEN_MB))
                    .isInstanceOfSatisfying(MediaDownloadException.class, e -> assertThat(e.retryable()).isTrue());
        }
    }

    @Test
    void missingMessageIsNotTriedAgain() {
        server.enqueue(new MockResponse.Builder().code(400).body("{\"status\":400,\"error\":\"Bad Request\"}").build());

        assertThatThrownBy(() -> ProviderMedia.evolution(http, evolution(), "3EB0GONE", TEN_MB))
                .isInstanceOfSatisfying(MediaDownloadException.class, e -> assertThat(e.retryable()).isFalse());
    }

    private WhatsAppProperties.Evolution evolution() {
        return new WhatsAppProperties.Evolution(URI.create(server.url("/").toString()), "evo-key", "shop");
    }

    private WhatsAppProperties.Cloud cloud() {
        return new WhatsAppProperties.Cloud(URI.create(server.url("/v23.0").toString()), "123", "cloud-token",
                "secret", "verify");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x5A);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
