package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.App;
import com.botclientemanager.reminders.internal.ReminderSweep;
import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A data folder written by the older bot (clients of its first and later versions, its templates.json, its placeholders
 * in the templates and the clients' own messages), reminders sent by the running app (real H2, real JobRunr, the Evolution adapter) to a local
 * stand-in of Evolution: each text reads as the reseller wrote it, a text that would still hold a placeholder never
 * reaches the gateway and is logged as failed naming the placeholder and the client, and a client marked "paid" gets
 * no reminder for that due date.
 */
@SpringBootTest(classes = {App.class, OlderBotDataReminderTest.TestClock.class})
@DirtiesContext
class OlderBotDataReminderTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final MutableClock CLOCK = new MutableClock(ZonedDateTime.of(TODAY, LocalTime.of(11, 0), SAO_PAULO).toInstant());
    static final GatewayStandIn GATEWAY = standIn();

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("bcm-older-bot");
        for (String file : List.of("clients.json", "templates.json")) {
            try (InputStream in = OlderBotDataReminderTest.class.getResourceAsStream("/com/botclientemanager/olderbot/" + file)) {
                Files.copy(in, dataDir.resolve(file));
            }
        }
        registry.add("app.data-dir", dataDir::toString);
        registry.add("app.admin.password", () -> RunningAppTest.PASSWORD);
        registry.add("jobrunr.dashboard.enabled", () -> false);
        registry.add("app.whatsapp.provider", () -> "evolution");
        registry.add("app.whatsapp.evolution.url", GATEWAY::url);
        registry.add("app.whatsapp.evolution.api-key", () -> "older-bot-key");
        registry.add("app.whatsapp.evolution.instance", () -> "older");
        registry.add("app.whatsapp.rate-per-minute", () -> 6000);
        registry.add("app.whatsapp.window-start", () -> "08:00");
        registry.add("app.whatsapp.window-end", () -> "21:00");
    }

    @AfterAll
    static void closeGateway() {
        GATEWAY.close();
    }

    @Autowired
    ReminderSweep sweep;
    @Autowired
    MessageLog log;

    @Test
    void remindersReadAsWrittenForTheOlderBotAndNoTextWithAPlaceholderReachesTheGateway() throws Exception {
        sweep.sweep();
        awaitFinal(4);

        assertThat(GATEWAY.texts().get("5511980000000")).containsExactly(
                "Olá Assinante 00! Seu plano IPTV de R$ 30,00 vence hoje (dia 10).");
        assertThat(GATEWAY.texts().get("5511980000001")).containsExactly(
                "Oi Assinante 01, sua VPN de R$ 19,90 vence em 3 dias (dia 13, 13/12/2026).");
        assertThat(GATEWAY.texts().get("5511980000004")).as("the older bot's IPTV template wins over the one for all")
                .containsExactly("📺 Assinante 04, seu IPTV de R$ 35,00 vence hoje, dia 10. Renove para não perder nada!");
        assertThat(GATEWAY.texts().values()).flatMap(texts -> texts).noneMatch(text -> text.matches("(?s).*\\{\\w+}.*"));

        assertThat(GATEWAY.texts()).as("a text with {cupom} left in it is not sent").doesNotContainKey("5511980000002");
        assertThat(messagesFor("a0000000-0000-4000-8000-000000000002")).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(m.reason()).isEqualTo("whatsapp.reason.unfilled-placeholder | {cupom} · Assinante 02");
        });

        assertThat(GATEWAY.texts()).as("paid for this due date").doesNotContainKey("5511980000003");
        assertThat(messagesFor("a0000000-0000-4000-8000-000000000003")).isEmpty();
        assertThat(GATEWAY.total()).isEqualTo(3);
    }

    private List<LoggedMessage> messagesFor(String clientId) {
        return log.find(MessageFilter.all(), 0, 1000).stream().filter(m -> clientId.equals(m.clientId())).toList();
    }

    private void awaitFinal(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (log.find(MessageFilter.all(), 0, 1000).stream().filter(m -> m.status().isFinal()).count() >= count) {
                Thread.sleep(2000);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " messages, found " + log.find(MessageFilter.all(), 0, 1000));
    }

    private static GatewayStandIn standIn() {
        try {
            return new GatewayStandIn();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
