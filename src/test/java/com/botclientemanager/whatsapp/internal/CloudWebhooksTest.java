package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Meta's Cloud API webhook on the running app with Cloud as the provider, without a login: the subscription check,
 * signed status POSTs, wrong or missing signatures, repeats, malformed and oversized bodies (which never change a row).
 * The Evolution webhook stays closed meanwhile.
 */
class CloudWebhooksTest extends WebhookTestSupport {

    private static final String APP_SECRET = "meta-app-secret";
    private static final String VERIFY_TOKEN = "verify-me-please";

    @Autowired
    private ClientDirectory clients;

    @DynamicPropertySource
    static void cloudWebhookSettings(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.provider", () -> "cloud");
        registry.add("app.whatsapp.cloud.api-url", () -> "http://127.0.0.1:9/v23.0");
        registry.add("app.whatsapp.cloud.phone-number-id", () -> "106540352242922");
        registry.add("app.whatsapp.cloud.access-token", () -> "cloud-access-token");
        registry.add("app.whatsapp.cloud.app-secret", () -> APP_SECRET);
        registry.add("app.whatsapp.cloud.verify-token", () -> VERIFY_TOKEN);
        registry.add("app.whatsapp.webhook-max-body", () -> "256KB");
    }

    @Test
    void cloudRepliesAreStoredOnceAndAUserIdWithoutAPhoneStillFindsTheClient() throws Exception {
        Client client = clients.save(new Client("cloud-reply", "Paula", "5511987650001", "IPTV", new BigDecimal("30.00"),
                LocalDate.now().plusDays(3), LocalTime.NOON, LocalTime.NOON, "", "", LocalDateTime.of(2026, 1, 1, 9, 0),
                "Mensal", null, true, true, null, false));
        String sair = cloudMessages("""
                [{"profile":{"name":"Paula"},"wa_id":"5511987650001","user_id":"BR.1502576394655843"}]""", """
                [{"from":"5511987650001","id":"wamid.IN-SAIR","timestamp":"1764500000","type":"text",
                  "text":{"body":"Sair"},"context":{"from":"15550001111","id":"wamid.OUT-1"}}]""");

        assertThat(signedPost(sair, sign(sair)).statusCode()).isEqualTo(200);
        assertThat(signedPost(sair, sign(sair)).statusCode()).as("Meta repeats a delivery").isEqualTo(200);

        assertThat(jdbc.sql("SELECT client_id || '|' || phone || '|' || user_id || '|' || quoted_id FROM inbound_message "
                + "WHERE provider = 'CLOUD' AND provider_message_id = 'wamid.IN-SAIR'").query(String.class).list())
                .containsExactly("cloud-reply|5511987650001|BR.1502576394655843|wamid.OUT-1");
        assertThat(clients.find(client.id()).orElseThrow().remindersEnabled()).isFalse();

        String voltar = cloudMessages("""
                [{"profile":{"name":"Paula"},"user_id":"BR.1502576394655843"}]""", """
                [{"id":"wamid.IN-VOLTAR","timestamp":"1764500100","type":"interactive",
                  "interactive":{"type":"button_reply","button_reply":{"id":"resume","title":"VOLTAR"}}}]""");
        assertThat(signedPost(voltar, sign(voltar)).statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT client_id FROM inbound_message WHERE provider_message_id = 'wamid.IN-VOLTAR'")
                .query(String.class).single()).isEqualTo("cloud-reply");
        assertThat(clients.find(client.id()).orElseThrow().remindersEnabled()).isTrue();
    }

    private static String cloudMessages(String contacts, String messages) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111",
                 "phone_number_id":"106540352242922"},"contacts":%s,"messages":%s}}]}]}""".formatted(contacts, messages);
    }

    @Test
    void cloudVerificationEchoesTheChallengeOnlyForTheRightToken() throws Exception {
        HttpResponse<String> ok = get("/webhooks/cloud?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        HttpResponse<String> wrong = get("/webhooks/cloud?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1");
        HttpResponse<String> missing = get("/webhooks/cloud?hub.challenge=1");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(missing.statusCode()).isEqualTo(403);
    }

    @Test
    void cloudSignedStatusesAreRecordedAndRepeatsIgnored() throws Exception {
        long id = sentMessage("wamid.SIGNED");
        String body = cloudStatus("wamid.SIGNED", "delivered", "");

        assertThat(signedPost(body, sign(body)).statusCode()).isEqualTo(200);
        assertThat(signedPost(body, sign(body)).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(history(id)).containsExactly("SENT", "DELIVERED");
    }

    @Test
    void cloudFailedStatusKeepsTheReason() throws Exception {
        long id = sentMessage("wamid.FAILED");
        String body = cloudStatus("wamid.FAILED", "failed", """
                ,"errors":[{"code":131026,"title":"Message undeliverable","message":"Message undeliverable",
                 "error_data":{"details":"Message Undeliverable."}}]""");

        assertThat(signedPost(body, sign(body)).statusCode()).isEqualTo(200);

        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT reason FROM wa_message WHERE id = ?").param(id).query(String.class).single())
                .startsWith("whatsapp.reason.undeliverable");
    }

    @Test
    void cloudRejectsAWrongOrMissingSignatureWithoutTouchingTheRow() throws Exception {
        long id = sentMessage("wamid.UNSIGNED");
        String body = cloudStatus("wamid.UNSIGNED", "read", "");
        String signatureOfAnotherBody = sign(body.replace("read", "sent"));

        assertThat(signedPost(body, null).statusCode()).isEqualTo(401);
        assertThat(signedPost(body, signatureOfAnotherBody).statusCode()).isEqualTo(401);
        assertThat(signedPost(body, "sha256=zz").statusCode()).isEqualTo(401);
        assertThat(signedPost(body, "sha1=" + sign(body).substring(7)).statusCode())
                .isEqualTo(401);

        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void cloudSignedButMalformedJsonIsA400() throws Exception {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[";

        assertThat(signedPost(body, sign(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Map<String, String> signed = Map.of("X-Hub-Signature-256", "sha256=" + "0".repeat(64));

        assertThat(hugePost("/webhooks/cloud", signed, 300L * 1024 * 1024, 4L * 1024 * 1024)).isEqualTo(413);
        assertThat(hugePost("/webhooks/cloud", signed, -1, 64L * 1024 * 1024)).isEqualTo(413);
        assertThat(hugePost("/webhooks/cloud", Map.of(), 300L * 1024 * 1024, 4L * 1024 * 1024)).isEqualTo(401);
    }

    @Test
    void theEvolutionWebhookIsClosedWhileCloudIsTheProvider() throws Exception {
        assertThat(post(baseUrl() + "/webhooks/evolution/anything", "{}", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theDailyLogCleanUpIsScheduledInJobRunr() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jobrunr_recurring_jobs WHERE id = 'whatsapp-message-log-retention'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static String cloudStatus(String wamid, String status, String extra) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
                 "phone_number_id":"106540352242922"},"statuses":[{"id":"%s","status":"%s","timestamp":"1750263773",
                 "recipient_id":"5511912345678"%s}]},"field":"messages"}]}]}""".formatted(wamid, status, extra);
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> signedPost(String body, String signature) throws Exception {
        return post(baseUrl() + "/webhooks/cloud", body,
                signature == null ? Map.of() : Map.of("X-Hub-Signature-256", signature));
    }
}
