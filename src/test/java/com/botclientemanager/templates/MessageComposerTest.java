package com.botclientemanager.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.whatsapp.SendRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way an outgoing message is written (reminders, "Enviar agora", confirmation, test), on the real store. */
class MessageComposerTest {

    private static final MessageData MARIA = new MessageData("Maria", "5511987654321", "IPTV", "Mensal",
            new BigDecimal("35.00"), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 1), null);

    @TempDir
    Path dataDir;
    private StoreOnTempDir files;
    private MessageComposer composer;

    @BeforeEach
    void start() {
        files = new StoreOnTempDir(dataDir);
        composer = new MessageComposer(new TemplateService(files.store(), new PixService(new PixSettingsService(files.store())),
                new TemplatesProperties("pt-BR")));
    }

    @AfterEach
    void stop() throws Exception {
        files.close();
    }

    @Test
    void theClientsOwnMessageForTheKindWinsOverTheTemplate() {
        MessageTemplate beforeDue = template(TemplateKind.BEFORE_DUE, "Oi {nome}, vence em {vencimento}.", null);
        MessageTemplate dueDay = template(TemplateKind.DUE_DAY, "Oi {nome}, vence hoje.", null);
        MessageTemplate overdue = template(TemplateKind.OVERDUE, "Oi {nome}, venceu.", null);

        assertThat(composer.compose(beforeDue, "Lembrete só meu, {nome}: {valor}", "dia", MARIA).text())
                .isEqualTo("Lembrete só meu, Maria: R$ 35,00");
        assertThat(composer.compose(dueDay, "antes", "Hoje é o dia, {nome}", MARIA).text())
                .isEqualTo("Hoje é o dia, Maria");
        assertThat(composer.compose(beforeDue, "  ", null, MARIA).text()).isEqualTo("Oi Maria, vence em 04/12/2026.");
        // the client's own messages are for before and on the due date only
        assertThat(composer.compose(overdue, "antes", "dia", MARIA).text()).isEqualTo("Oi Maria, venceu.");
    }

    @Test
    void aTemplateMappedOntoACloudTemplateCarriesItsValuesInOrder() {
        MessageTemplate mapped = template(TemplateKind.DUE_DAY, "Oi {nome}",
                new CloudTemplate("lembrete_vencimento", "pt_BR", List.of("nome", "vencimento", "valor")));

        ComposedMessage message = composer.compose(mapped, null, null, MARIA);

        assertThat(message.cloudTemplate()).isEqualTo(new CloudTemplate("lembrete_vencimento", "pt_BR",
                List.of("Maria", "04/12/2026", "R$ 35,00")));
        SendRequest request = message.request("c1", "Maria", "5511987654321", "due_day", "key-1");
        assertThat(request).isEqualTo(new SendRequest("c1", "Maria", "5511987654321", "due_day", "Oi Maria",
                message.cloudTemplate(), "key-1"));
    }

    @Test
    void aTypedTextIsRenderedWithoutACloudTemplateAndListsWhatIsEmpty() {
        ComposedMessage message = composer.compose("Oi {nome}, seu PIX: {pix}", MARIA);

        assertThat(message.text()).isEqualTo("Oi Maria, seu PIX:");
        assertThat(message.missing()).containsExactly("pix");
        assertThat(message.unfilled()).isEmpty();
        assertThat(message.cloudTemplate()).isNull();
    }

    private static MessageTemplate template(TemplateKind kind, String body, CloudTemplate cloud) {
        return new MessageTemplate("t-" + kind.json(), kind.name(), kind, ServiceFilter.ALL,
                kind.isReminder() ? 0 : null, true, body, cloud);
    }
}
