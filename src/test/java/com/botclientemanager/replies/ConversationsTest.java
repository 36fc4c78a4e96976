package com.botclientemanager.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.whatsapp.InboundMessage;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.Provider;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The Conversas screen's data on the running app (H2 file database, test-mode sending): threads merging the app's
 * sent messages with the client's, unread counts and read marks, linking an unknown number, the reply box's checks,
 * and the opt-out holding for the automatic confirmation.
 */
class ConversationsTest extends RunningAppTest {

    @Autowired
    Conversations conversations;
    @Autowired
    ConversationReplies replies;
    @Autowired
    ClientDirectory directory;
    @Autowired
    ClientService clients;
    @Autowired
    ManualSends sends;
    @Autowired
    ReplyService replyService;
    @Autowired
    MessageLog log;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aThreadShowsTheClientsMessagesAndTheAppsRepliesInOrderAndOnlyTheNewestOnes() {
        Client ana = directory.save(client("Ana Conversa", "5511970000001"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        receive("5511970000001", "Oi, quanto fica o plano?", now.minus(Duration.ofHours(1)));

        replies.reply(ana.id(), "Oi Ana, fica R$ 35,00.");
        receive("5511970000001", "Obrigada!", Instant.now().plusSeconds(60));

        ConversationThread thread = conversations.thread(ana.id(), 200);
        assertThat(thread.entries()).extracting(ConversationEntry::text)
                .containsExactly("Oi, quanto fica o plano?", "Oi Ana, fica R$ 35,00.", "Obrigada!");
        assertThat(thread.entries()).extracting(ConversationEntry::incoming).containsExactly(true, false, true);
        assertThat(thread.entries().get(1).status()).isEqualTo(MessageStatus.SIMULATED);
        assertThat(thread.hasOlder()).isFalse();

        ConversationThread lastTwo = conversations.thread(ana.id(), 2);
        assertThat(lastTwo.entries()).extracting(ConversationEntry::text)
                .containsExactly("Oi Ana, fica R$ 35,00.", "Obrigada!");
        assertThat(lastTwo.hasOlder()).isTrue();
    }

    @Test
    void unreadMessagesAreCountedUntilTheThreadIsOpened() {
        Client bia = directory.save(client("Bia Conversa", "5511970000002"));
        int before = conversations.unreadTotal();
        receive("5511970000002", "Oi", Instant.now());
        receive("5511970000002", "Tem alguém aí?", Instant.now());

        assertThat(conversations.unreadTotal()).isEqualTo(before + 2);
        assertThat(summary(bia).unread()).isEqualTo(2);
        assertThat(summary(bia).preview()).isEqualTo("Tem alguém aí?");

        conversations.markRead(bia.id());

        assertThat(summary(bia).unread()).isZero();
        assertThat(conversations.unreadTotal()).isEqualTo(before);
        // a message stamped earlier by the provider but stored after the thread was read is still new
        receive("5511970000002", "Esqueci de dizer", Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(summary(bia).unread()).isEqualTo(1);
    }

    @Test
    void anUnknownNumberLinkedToAClientMovesIntoTheirThreadAndStaysThere() {
        Client caio = directory.save(client("Caio Conversa", "5511970000003"));
        receive("5521970009999", "Sou o Caio, troquei de número", Instant.now());

        UnknownSender unknown = conversations.unknownSenders().stream()
                .filter(s -> "5521970009999".equals(s.phone())).findFirst().orElseThrow();
        assertThat(unknown.preview()).isEqualTo("Sou o Caio, troquei de número");
        assertThat(conversations.findClients("caio conv")).extracting(Client::id).containsExactly(caio.id());

        assertThat(conversations.link(unknown, caio.id())).isEqualTo(1);
        receive("5521970009999", "Já paguei", Instant.now().plusSeconds(1));

        assertThat(conversations.unknownSenders()).noneMatch(s -> "5521970009999".equals(s.phone()));
        assertThat(conversations.thread(caio.id(), 200).entries()).extracting(ConversationEntry::text)
                .containsExactly("Sou o Caio, troquei de número", "Já paguei");
        assertThatThrownBy(() -> conversations.link(unknown, "no-such-client"))
                .isInstanceOfSatisfying(ConversationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversations.link.error.client"));
    }

    @Test
    void anEmptyOrTooLongReplyIsRefusedAndNothingIsSent() {
        Client duda = directory.save(client("Duda Conversa", "5511970000004"));

        assertThatThrownBy(() -> replies.reply(duda.id(), "   ")).isInstanceOfSatisfying(ConversationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("conversations.reply.error.empty"));
        assertThatThrownBy(() -> replies.reply(duda.id(), "a".repeat(4097)))
                .isInstanceOfSatisfying(ConversationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversations.reply.error.too-long"));
        assertThat(sentTo(duda)).isEmpty();

        replies.reply(duda.id(), "a".repeat(4096));
        assertThat(sentTo(duda)).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(ManualSends.KIND_MANUAL));
    }

    @Test
    void aClientWhoAskedToStopGetsNoConfirmationUntilTheResellerSwitchesRemindersBackOn() throws Exception {
        Client edu = directory.save(client("Edu Conversa", "5511970000005"));
        receive("5511970000005", "quero sair", Instant.now());
        assertThat(replyService.optedOut(edu.id())).isTrue();
        assertThat(clients.optOut(edu.id())).hasValueSatisfying(mark -> assertThat(mark.keyword()).isEqualTo("SAIR"));

        assertThat(sends.confirmationTemplate(directory.find(edu.id()).orElseThrow())).isEmpty();
        assertThat(sends.sendConfirmation(edu.id(), LocalDate.now().plusMonths(1))).isEmpty();
        Thread.sleep(300);
        assertThat(sentTo(edu)).noneMatch(m -> "confirmation".equals(m.kind()));

        replies.reply(edu.id(), "Tudo bem, Edu. Qualquer coisa me chama.");
        assertThat(sentTo(edu)).anyMatch(m -> ManualSends.KIND_MANUAL.equals(m.kind()));

        clients.setReminders(List.of(edu.id()), true);

        assertThat(replyService.optedOut(edu.id())).isFalse();
        assertThat(clients.optOut(edu.id())).isEmpty();
        assertThat(sends.sendConfirmation(edu.id(), LocalDate.now().plusMonths(1))).isPresent();
    }

    @Test
    void switchingRemindersBackOnInTheFormClearsTheOptOut() {
        Client fabi = directory.save(client("Fabi Conversa", "5511970000006"));
        receive("5511970000006", "PARAR", Instant.now());
        Client stored = directory.find(fabi.id()).orElseThrow();
        assertThat(stored.remindersEnabled()).isFalse();

        var form = clients.formOf(stored);
        clients.update(fabi.id(), form);
        assertThat(replyService.optedOut(fabi.id())).as("saved without touching reminders").isTrue();

        form.setRemindersEnabled(true);
        clients.update(fabi.id(), form);

        assertThat(replyService.optedOut(fabi.id())).isFalse();
    }

    private ConversationSummary summary(Client client) {
        return conversations.threads().stream().filter(t -> t.clientId().equals(client.id())).findFirst().orElseThrow();
    }

    private List<LoggedMessage> sentTo(Client client) {
        return log.find(new MessageFilter(Set.of(), null, null, null, client.id(), log.zone()), 0, 50).stream()
                .filter(m -> !m.kind().startsWith("opt_")).toList();
    }

    private void receive(String phone, String text, Instant at) {
        events.publishEvent(new InboundMessage(Provider.EVOLUTION, "IN-" + UUID.randomUUID(), phone, null, null,
                "Cliente", text, null, null, null, at, false));
    }

    private static Client client(String name, String phone) {
        return new Client(UUID.randomUUID().toString(), name, phone, "IPTV", new BigDecimal("35.00"),
                LocalDate.now().plusDays(10), LocalTime.of(9, 0), LocalTime.of(9, 0), "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false);
    }
}
