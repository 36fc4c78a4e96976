package com.botclientemanager.push.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.push.PushEvent;
import com.botclientemanager.push.PushProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sending to a push service stand-in on 127.0.0.1 that checks VAPID and decrypts the payload as a browser would. */
class PushDeliveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;
    private PushServiceStandIn pushService;
    private SubscriptionRepository subscriptions;
    private VapidKeyStore keys;
    private PushDispatcher dispatcher;
    private final PushProperties properties = new PushProperties("mailto:push@example.com", Duration.ofMillis(400), 6,
            0, Duration.ofHours(1));

    @BeforeEach
    void setUp() throws Exception {
        pushService = new PushServiceStandIn();
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:push" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(db);
        String script = new ClassPathResource("db/migration/V3_24__push.sql").getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        Arrays.stream(script.split(";")).filter(s -> !s.isBlank()).forEach(s -> jdbc.sql(s).update());
        subscriptions = new SubscriptionRepository(jdbc);
        keys = new VapidKeyStore(dataDir.resolve("vapid-keys"));
        dispatcher = new PushDispatcher(subscriptions, new PushSender(keys, properties), properties, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        dispatcher.stop();
        pushService.close();
    }

    @Test
    void theKeyPairIsMadeOnceKeptOwnerOnlyAndReadAgainOnTheNextStart() throws Exception {
        Path file = dataDir.resolve("vapid-keys");
        String first = keys.applicationServerKey();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new VapidKeyStore(file).applicationServerKey()).isEqualTo(first);
        assertThat(Base64.getUrlDecoder().decode(first)).hasSize(65);
    }

    @Test
    void theNotificationCarriesAValidVapidTokenAndAPayloadOnlyTheBrowserCanRead() throws Exception {
        BrowserSubscription browser = subscribe("admin", Locale.forLanguageTag("pt-BR"));

        dispatcher.submit(PushNotices.whatsappDisconnected());

        PushServiceStandIn.Received request = pushService.received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.headers()).containsEntry("Content-Encoding", "aes128gcm").containsKey("TTL");
        checkVapid(request.headers().get("Authorization"));
        JsonNode payload = JSON.readTree(browser.decrypt(request.body()));
        assertThat(payload.path("title").asString()).isEqualTo("WhatsApp desconectado");
        assertThat(payload.path("options").path("body").asString()).startsWith("Os lembretes não saem");
        assertThat(payload.path("options").path("data").path("url").asString()).isEqualTo("/whatsapp");
        awaitDelivered("admin");
    }

    @Test
    void aDeviceThePushServiceCallsGoneIsRemoved() throws Exception {
        subscribe("admin", Locale.ENGLISH);
        pushService.status.set(410);

        dispatcher.submit(PushNotices.whatsappDisconnected());

        assertThat(pushService.received.poll(10, TimeUnit.SECONDS)).isNotNull();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!subscriptions.all().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(subscriptions.all()).isEmpty();
    }

    @Test
    void aFailedBatchIsOneNotificationCountingEveryFailure() throws Exception {
        BrowserSubscription browser = subscribe("admin", Locale.forLanguageTag("pt-BR"));
        FailureBatcher batcher = new FailureBatcher(dispatcher, properties);

        batcher.failed();
        batcher.failed();
        batcher.failed();

        PushServiceStandIn.Received request = pushService.received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        JsonNode payload = JSON.readTree(browser.decrypt(request.body()));
        assertThat(payload.path("options").path("body").asString()).startsWith("3 lembretes falharam");
        assertThat(payload.path("options").path("data").path("url").asString())
                .isEqualTo("/messages?status=failed&day=today");
        assertThat(pushService.received.poll(1, TimeUnit.SECONDS)).as("one notification for the batch").isNull();
        batcher.stop();
    }

    @Test
    void aUserWhoMutedAnEventGetsNothingForIt() throws Exception {
        subscribe("admin", Locale.ENGLISH);
        subscriptions.saveMuted("admin", java.util.EnumSet.of(PushEvent.WHATSAPP_DISCONNECTED));

        dispatcher.submit(PushNotices.whatsappDisconnected());

        assertThat(pushService.received.poll(1, TimeUnit.SECONDS)).isNull();
    }

    private BrowserSubscription subscribe(String user, Locale locale) throws Exception {
        BrowserSubscription browser = new BrowserSubscription();
        subscriptions.save(user, pushService.origin() + "/push/abc123", browser.p256dh(), browser.authSecret(),
                "Chrome · Android", locale, Instant.now());
        return browser;
    }

    private void checkVapid(String authorization) throws Exception {
        assertThat(authorization).startsWith("vapid ");
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : authorization.substring(6).split(",")) {
            String[] pair = part.strip().split("=", 2);
            parts.put(pair[0], pair[1]);
        }
        byte[] k = Base64.getUrlDecoder().decode(parts.get("k"));
        assertThat(parts.get("k")).isEqualTo(keys.applicationServerKey());
        String[] jwt = parts.get("t").split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.path("alg").asString()).isEqualTo("ES256");
        assertThat(claims.path("aud").asString()).isEqualTo(pushService.origin());
        long exp = claims.path("exp").asLong();
        long now = Instant.now().getEpochSecond();
        assertThat(exp).isGreaterThan(now).isLessThanOrEqualTo(now + 24 * 3600);
        assertThat(claims.path("sub").asString()).isEqualTo("mailto:push@example.com");
        ECPublicKey vapidKey = BrowserSubscription.publicKey(k, keys.keys().getPublicKey());
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(vapidKey);
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(jwt[2]))).as("ES256 signature").isTrue();
    }

    private void awaitDelivered(String user) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (subscriptions.devices(user).getFirst().lastDeliveryAt() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(subscriptions.devices(user).getFirst().lastDeliveryAt()).isNotNull();
    }
}
