package com.botclientemanager.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.whatsapp.CloudTemplate;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** Templates stored through the real local document store, as the app does. */
class TemplateServiceTest {

    private static final TemplatesProperties PORTUGUESE = new TemplatesProperties("pt-BR");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @TempDir
    Path dataDir;
    private StoreOnTempDir files;
    private TemplateService templates;

    @BeforeEach
    void start() {
        files = new StoreOnTempDir(dataDir);
        templates = service(PORTUGUESE);
    }

    @AfterEach
    void stop() throws Exception {
        files.close();
    }

    private TemplateService service(TemplatesProperties properties) {
        return new TemplateService(files.store(), new PixService(new PixSettingsService(files.store())), properties);
    }

    @Test
    void firstStartInstallsTheFiveFriendlyPortugueseTemplates() {
        List<MessageTemplate> all = templates.all();
        assertThat(all).extracting(MessageTemplate::kind).containsExactly(TemplateKind.BEFORE_DUE, TemplateKind.DUE_DAY,
                TemplateKind.OVERDUE, TemplateKind.CONFIRMATION, TemplateKind.WELCOME);
        assertThat(all).extracting(MessageTemplate::offsetDays).containsExactly(-3, 0, 1, null, null);
        assertThat(all).allMatch(MessageTemplate::active);
        assertThat(all.getFirst().body()).isEqualTo("Oi, {nome}! 👋 Passando para lembrar que seu plano {plano} vence em "
                + "{vencimento} (daqui a {dias} dias). Valor: {valor}. Para renovar, é só pagar pelo PIX abaixo e me mandar "
                + "o comprovante. 😉\n\n{pix}");
        assertThat(all.get(3).body()).isEqualTo("Pagamento recebido, {nome}! ✅ Obrigado. Seu plano {plano} agora vence em {nova_data}.");
        assertThat(templates.messageLocale()).isEqualTo(PT_BR);
        assertThat(all).allSatisfy(t -> assertThat(templates.unknownPlaceholders(t.body())).isEmpty());
    }

    @Test
    void anEnglishFirstStartGetsTheEnglishSet() throws Exception {
        files.close();
        Path other = Files.createTempDirectory(dataDir, "en");
        files = new StoreOnTempDir(other);
        TemplateService english = service(new TemplatesProperties("en"));
        assertThat(english.all()).hasSize(5).first().extracting(MessageTemplate::body).asString().startsWith("Hi, {name}!");
        assertThat(english.messageLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(english.render("{valor}", MessageData.sample(LocalDate.of(2026, 1, 1)), null).text()).isEqualTo("R$35.00");
    }

    @Test
    void deletingEveryTemplateSurvivesARestart() throws Exception {
        templates.all().forEach(t -> templates.delete(t.id()));
        assertThat(templates.all()).isEmpty();
        files.restart();
        assertThat(service(PORTUGUESE).all()).isEmpty();
    }

    @Test
    void existingTemplatesAreNotJoinedByDefaults() throws Exception {
        files.close();
        Path other = Files.createTempDirectory(dataDir, "own");
        Files.writeString(other.resolve("templates.json"), """
                {"templates": [{"id": "t1", "name": "Meu", "kind": "due_day", "offset_days": 0, "body": "Oi {nome}"}]}""");
        files = new StoreOnTempDir(other);
        assertThat(service(PORTUGUESE).all()).extracting(MessageTemplate::id).containsExactly("t1");
    }

    @Test
    void aSavedTemplateIsStoredAndReadBackAfterARestart() throws Exception {
        MessageTemplate saved = templates.save(new MessageTemplate(null, "  VPN 7 dias antes ", TemplateKind.BEFORE_DUE,
                ServiceFilter.VPN, -7, true, "Oi {nome}, *{valor}*\r\n🎉 {\"json\": true}",
                new CloudTemplate("lembrete_vpn", "pt_BR", List.of("nome", "valor"))));
        assertThat(saved.id()).isNotBlank();
        assertThat(saved.name()).isEqualTo("VPN 7 dias antes");
        assertThat(Files.readString(dataDir.resolve("templates.json"))).contains("\"kind\" : \"before_due\"")
                .contains("\"offset_days\" : -7").contains("\"service\" : \"vpn\"");

        TemplateService restarted = service(PORTUGUESE);
        files.restart();
        restarted = service(PORTUGUESE);
        assertThat(restarted.find(saved.id())).contains(saved);
        assertThat(restarted.all()).hasSize(6).first().isEqualTo(saved);
    }

    @Test
    void anEditChangesOnlyThatTemplateAndKeepsFieldsThisVersionDoesNotKnow() {
        MessageTemplate first = templates.all().getFirst();
        files.store().update(Document.TEMPLATES, new DocumentChange("extra", doc -> {
            ((ObjectNode) doc.get("templates").get(0)).put("color", "blue");
            return doc;
        }));
        templates.save(new MessageTemplate(first.id(), "Novo nome", first.kind(), first.service(), -2, false,
                first.body(), null));
        ObjectNode stored = (ObjectNode) files.store().read(Document.TEMPLATES).get("templates").get(0);
        assertThat(stored.get("name").stringValue()).isEqualTo("Novo nome");
        assertThat(stored.get("color").stringValue()).isEqualTo("blue");
        assertThat(templates.all()).hasSize(5);
        assertThat(templates.activeReminderTemplates()).extracting(MessageTemplate::kind)
                .containsExactly(TemplateKind.DUE_DAY, TemplateKind.OVERDUE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|BEFORE_DUE|-3|Oi|name|templates.error.name.required",
            "A|BEFORE_DUE|-3|''|body|templates.error.body.required",
            "A|BEFORE_DUE||Oi|offsetDays|templates.error.offset.required",
            "A|BEFORE_DUE|0|Oi|offsetDays|templates.error.offset.before_due",
            "A|DUE_DAY|1|Oi|offsetDays|templates.error.offset.due_day",
            "A|OVERDUE|-1|Oi|offsetDays|templates.error.offset.overdue",
            "A|OVERDUE|400|Oi|offsetDays|templates.error.offset.range",
            "A|WELCOME||Oi {NOME}|body|templates.error.placeholder.unknown"})
    void invalidTemplatesAreRefusedNamingTheField(String name, TemplateKind kind, Integer offset, String body,
            String field, String messageKey) {
        assertThatThrownBy(() -> templates.save(new MessageTemplate(null, name, kind, ServiceFilter.ALL, offset, true, body, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
        assertThat(templates.all()).hasSize(5);
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithTheListOfValidOnes() {
        assertThatThrownBy(() -> templates.save(new MessageTemplate(null, "A", TemplateKind.MANUAL, ServiceFilter.ALL, null,
                true, "Oi {cliente}, {nome}, {serviço} {x}", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.arguments()[0]).isEqualTo("{cliente}, {serviço}, {x}");
                    assertThat((String) e.arguments()[1]).contains("{nome} {name}", "{vencimento} {expires_at}",
                            "{valor} {value}", "{plano} {plan}", "{servico} {service}", "{dias} {days}",
                            "{telefone} {phone}", "{nova_data} {new_due}", "{pix}");
                });
    }

    @Test
    void theBodyMayHoldUpTo4096Characters() {
        String longest = "x".repeat(4096);
        assertThat(templates.save(new MessageTemplate(null, "A", TemplateKind.MANUAL, null, null, true, longest, null)).body())
                .hasSize(4096);
        assertThatThrownBy(() -> templates.save(new MessageTemplate(null, "A", TemplateKind.MANUAL, null, null, true,
                longest + "x", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("templates.error.body.long"));
    }

    @Test
    void offsetsOfNonReminderKindsAreDropped() {
        MessageTemplate saved = templates.save(new MessageTemplate(null, "Boas", TemplateKind.WELCOME, ServiceFilter.IPTV,
                5, true, "Oi", null));
        assertThat(saved.offsetDays()).isNull();
    }

    @Test
    void aClientsOwnMessageReplacesTheBeforeDueAndDueDayTexts() {
        List<MessageTemplate> all = templates.all();
        MessageTemplate beforeDue = all.get(0);
        MessageTemplate dueDay = all.get(1);
        MessageTemplate overdue = all.get(2);
        assertThat(templates.bodyFor(beforeDue, "Oi {nome}, faltam {dias} dias", "Hoje!")).isEqualTo("Oi {nome}, faltam {dias} dias");
        assertThat(templates.bodyFor(dueDay, "Oi {nome}, faltam {dias} dias", "Hoje!")).isEqualTo("Hoje!");
        assertThat(templates.bodyFor(overdue, "a", "b")).isEqualTo(overdue.body());
        assertThat(templates.bodyFor(dueDay, null, "  ")).isEqualTo(dueDay.body());
    }

    @Test
    void templatesApplyByService() {
        templates.save(new MessageTemplate(null, "VPN", TemplateKind.DUE_DAY, ServiceFilter.VPN, 0, true, "vpn", null));
        assertThat(templates.activeTemplates(TemplateKind.DUE_DAY, "vpn")).hasSize(2);
        assertThat(templates.activeTemplates(TemplateKind.DUE_DAY, "IPTV")).hasSize(1);
        assertThat(templates.activeTemplates(TemplateKind.DUE_DAY, null)).hasSize(1);
    }

    @Test
    void aReminderForTheClientsServiceWinsOverTheOneForAllServices() {
        MessageTemplate vpnDueDay = templates.save(new MessageTemplate(null, "VPN", TemplateKind.DUE_DAY, ServiceFilter.VPN,
                0, true, "vpn", null));
        templates.save(new MessageTemplate(null, "IPTV -7", TemplateKind.BEFORE_DUE, ServiceFilter.IPTV, -7, true, "iptv", null));
        List<MessageTemplate> all = templates.all();
        assertThat(templates.remindersFor("VPN")).extracting(MessageTemplate::name)
                .containsExactly("Lembrete 3 dias antes", "VPN", "Em atraso (1 dia)");
        assertThat(templates.remindersFor("VPN")).contains(vpnDueDay);
        assertThat(templates.remindersFor("iptv")).extracting(MessageTemplate::name)
                .containsExactly("IPTV -7", "Lembrete 3 dias antes", "Lembrete no dia do vencimento", "Em atraso (1 dia)");
        assertThat(templates.remindersFor(null)).hasSize(3);
        assertThat(all).hasSize(7);
    }

    @Test
    void theDefaultReminderRendersWithThePixCodeOnceItIsSetUp() {
        MessageData maria = new MessageData("Maria", "5511987654321", "IPTV", "Mensal", new BigDecimal("35.00"),
                LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 1), null);
        MessageTemplate beforeDue = templates.all().getFirst();
        RenderedMessage withoutPix = templates.render(beforeDue.body(), maria, PT_BR);
        assertThat(withoutPix.text()).isEqualTo("Oi, Maria! 👋 Passando para lembrar que seu plano Mensal vence em 04/12/2026 "
                + "(daqui a 3 dias). Valor: R$ 35,00. Para renovar, é só pagar pelo PIX abaixo e me mandar o comprovante. 😉");
        assertThat(withoutPix.missing()).containsExactly("pix");

        new PixSettingsService(files.store()).save(new PixSettings("529.982.247-25", "Revenda Zé", "São Paulo"));
        RenderedMessage withPix = templates.render(beforeDue.body(), maria, PT_BR);
        assertThat(withPix.missing()).isEmpty();
        assertThat(withPix.text()).endsWith("😉\n\n00020126330014br.gov.bcb.pix011152998224725520400005303986540535.00"
                + "5802BR5910REVENDA ZE6009SAO PAULO62070503***6304" + withPix.text().substring(withPix.text().length() - 4));
        assertThat(templates.cloudParameters(new MessageTemplate("x", "x", TemplateKind.DUE_DAY, null, 0, true, "x",
                new CloudTemplate("t", "pt_BR", List.of("nome", "valor", "dias"))), maria, PT_BR))
                .containsExactly("Maria", "R$ 35,00", "3");
    }
}
