package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.SendOutcome;
import com.botclientemanager.whatsapp.SeparateAppTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Enviar agora" and the renewal confirmation through the real message log with the outbox provider (test mode): one
 * logged message per reachable selected client, the others counted as skipped. Its own app: a fast pace, so the
 * background sends finish within the test.
 */
class ManualSendsTest extends SeparateAppTest {

    @DynamicPropertySource
    static void fastPace(DynamicPropertyRegistry registry) {
        registry.add("app.whatsapp.rate-per-minute", () -> 600);
    }

    @Autowired
    ManualSends messages;
    @Autowired
    ClientDirectory directory;
    @Autowired
    TemplateService templates;
    @Autowired
    MessageLog log;

    @Test
    void sendingToSeveralClientsQueuesOneMessageEachAndCountsTheSkippedOnes() throws Exception {
        Client ana = directory.save(client("Ana Envio", "5511900001001"));
        Client bia = directory.save(client("Bia Envio", "5511900001002"));
        Client inactive = directory.save(client("Caio Inativo", "5511900001003").withActive(false));
        Client notOnWhatsApp = directory.save(client("Duda Sem WhatsApp", "5511900001004").withNotOnWhatsApp(true));

        SendReport report = messages.send(List.of(ana.id(), bia.id(), inactive.id(), notOnWhatsApp.id(), "gone"),
                MessageChoice.freeText("Oi {nome}, seu plano {plano} vence em {vencimento}."));

        assertThat(report).isEqualTo(new SendReport(0, 0, 2, 1, 1));
        assertThat(report.skipped()).isEqualTo(2);
        LoggedMessage toAna = awaitOne(ana.id());
        LoggedMessage toBia = awaitOne(bia.id());
        assertThat(toAna.text()).isEqualTo("Oi Ana Envio, seu plano Completo vence em 10/12/2030.");
        assertThat(toBia.text()).startsWith("Oi Bia Envio,");
        assertThat(List.of(toAna, toBia)).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo("manual");
            assertThat(m.reminderKey()).isNull();
            assertThat(m.status()).isEqualTo(MessageStatus.SIMULATED);
        });
        Thread.sleep(1000);
        assertThat(logged(inactive.id())).isEmpty();
        assertThat(logged(notOnWhatsApp.id())).isEmpty();
        assertThat(logged(ana.id())).hasSize(1);
    }

    @Test
    void aPlaceholderThatWouldGoOutEmptyIsSentOnlyOnceTheUserConfirmedIt() throws Exception {
        Client gil = directory.save(client("Gil Sem Pix", "5511900001009"));
        MessageChoice choice = MessageChoice.freeText("Oi {nome}! PIX: {pix}");

        assertThat(messages.emptyPlaceholders(List.of(gil.id()), choice)).containsExactly("pix");
        assertThatThrownBy(() -> messages.send(List.of(gil.id()), choice, List.of()))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("clients.send.error.empty-placeholders"));
        assertThat(logged(gil.id())).isEmpty();

        messages.send(List.of(gil.id()), choice, List.of("pix"));
        assertThat(awaitOne(gil.id()).text()).isEqualTo("Oi Gil Sem Pix! PIX:");
        assertThat(messages.emptyPlaceholders(List.of(gil.id()), MessageChoice.freeText("Oi {nome}!"))).isEmpty();
    }

    @Test
    void oneClientIsSentAtOnceWithTheChosenTemplate() {
        Client eva = directory.save(client("Eva Agora", "5511900001005"));
        MessageTemplate welcome = templates.activeTemplates(TemplateKind.WELCOME, "IPTV").getFirst();

        assertThat(messages.render(MessageChoice.template(welcome.id()), eva).text()).contains("Eva Agora");
        SendReport report = messages.send(List.of(eva.id()), MessageChoice.template(welcome.id()));

        assertThat(report).isEqualTo(new SendReport(1, 0, 0, 0, 0));
        assertThat(logged(eva.id())).singleElement().satisfies(m -> {
            assertThat(m.text()).contains("Eva Agora").contains("10/12/2030");
            assertThat(m.kind()).isEqualTo("manual");
        });
    }

    @Test
    void anEmptyOrUnknownChoiceIsRefusedAndNothingIsSent() {
        Client fabi = directory.save(client("Fabi Nada", "5511900001006"));
        assertThatThrownBy(() -> messages.send(List.of(fabi.id()), MessageChoice.freeText("  ")))
                .isInstanceOfSatisfying(ClientException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.send.error.empty"));
        assertThatThrownBy(() -> messages.send(List.of(fabi.id()), MessageChoice.template("no-such-template")))
                .isInstanceOfSatisfying(ClientException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.send.error.template"));
        assertThatThrownBy(() -> messages.send(List.of(fabi.id()), MessageChoice.freeText("x".repeat(5000))))
                .isInstanceOfSatisfying(ClientException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("clients.send.error.too-long"));
        assertThat(logged(fabi.id())).isEmpty();
    }

    @Test
    void theRenewalConfirmationCarriesTheNewDueDate() {
        Client gabi = directory.save(client("Gabi Paga", "5511900001007"));
        assertThat(messages.confirmationTemplate(gabi)).isPresent();
        assertThat(messages.confirmationTemplate(gabi.withNotOnWhatsApp(true))).isEmpty();

        assertThat(messages.sendConfirmation(gabi.id(), LocalDate.of(2031, 1, 10))).contains(SendOutcome.SIMULATED);

        assertThat(logged(gabi.id())).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("confirmation");
            assertThat(m.text()).contains("Gabi Paga").contains("10/01/2031");
        });
    }

    private LoggedMessage awaitOne(String clientId) throws InterruptedException {
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<LoggedMessage> found = logged(clientId);
            if (!found.isEmpty() && found.getFirst().status().isFinal()) {
                return found.getFirst();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message logged for " + clientId);
    }

    private List<LoggedMessage> logged(String clientId) {
        return log.find(new MessageFilter(null, null, null, null, clientId, ZoneId.of("America/Sao_Paulo")), 0, 10);
    }

    private static Client client(String name, String phone) {
        return new Client(UUID.randomUUID().toString(), name, phone, "IPTV", new BigDecimal("35.00"),
                LocalDate.of(2030, 12, 10), LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Completo", "", true, true, Period.ofMonths(1), false);
    }
}
