package com.botclientemanager.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.Placeholder;
import com.botclientemanager.templates.RenderedMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderRendererTest {

    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    static final MessageData MARIA = new MessageData("Maria Souza", "5511987654321", "IPTV", "Mensal Full HD",
            new BigDecimal("1234.56"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 28), LocalDate.of(2027, 1, 1))
            .withServer("UltraPlay").withAccess("maria.tv", "Senha-77").withLink("https://pagar.example/p/abc");

    private final PlaceholderRenderer renderer = new PlaceholderRenderer(amount -> Optional.of("PIX-" + amount));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{name}|{nome}|Maria Souza",
            "{expires_at}|{vencimento}|01/12/2026",
            "{value}|{valor}|R$ 1.234,56",
            "{plan}|{plano}|Mensal Full HD",
            "{service}|{servico}|IPTV",
            "{days}|{dias}|3",
            "{phone}|{telefone}|+55 11 98765-4321",
            "{new_due}|{nova_data}|01/01/2027",
            "{pix}|{pix}|PIX-1234.56",
            "{server}|{servidor}|UltraPlay",
            "{username}|{usuario}|maria.tv",
            "{password}|{senha}|Senha-77",
            "{balance}|{saldo}|R$ 1.234,56",
            "{link}|{link}|https://pagar.example/p/abc"})
    void everyPlaceholderAndItsAliasRenderInPortuguese(String english, String portuguese, String expected) {
        assertThat(text(english, MARIA, PT_BR)).isEqualTo(expected);
        assertThat(text(portuguese, MARIA, PT_BR)).isEqualTo(expected);
    }

    @Test
    void everyPlaceholderIsCoveredByTheTableAbove() {
        assertThat(Placeholder.values()).hasSize(15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{plan_type}|IPTV",
            "{payment_day}|1",
            "{dia_vencimento}|1",
            "{plan_duration}|01/12/2026",
            "{days_until_expiration}|3"})
    void theOlderBotsPlaceholdersRenderWithTheirMeaningThere(String placeholder, String expected) {
        assertThat(text(placeholder, MARIA, PT_BR)).isEqualTo(expected);
    }

    @Test
    void aTextWrittenForTheOlderBotReadsRight() {
        MessageData assinante = new MessageData("Assinante 00", "5511900000000", "IPTV", "IPTV", new BigDecimal("30"),
                LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 15), null);
        RenderedMessage message = renderer.render(
                "Olá {name}! Seu plano {plan_type} de R$ {value} vence hoje (dia {payment_day}).", assinante, PT_BR);
        assertThat(message.text()).isEqualTo("Olá Assinante 00! Seu plano IPTV de R$ 30,00 vence hoje (dia 15).");
        assertThat(message.unfilled()).isEmpty();
    }

    @Test
    void theBalanceIsWhatAPartialPaymentLeftOwedWhileTheValueStaysThePeriodsPrice() {
        MessageData partlyPaid = new MessageData("Ana", "5511900000000", "IPTV", "Completo", new BigDecimal("35"),
                LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 12), null).withBalance(new BigDecimal("20"));
        RenderedMessage message = renderer.render("Valor: {valor}. Falta: {saldo} (R$ {saldo})", partlyPaid, PT_BR);
        assertThat(message.text()).isEqualTo("Valor: R$ 35,00. Falta: R$ 20,00 (R$ 20,00)");
        assertThat(message.unfilled()).isEmpty();
    }

    @Test
    void aPriceAfterTheCurrencySymbolComesWithoutItInEitherNameOrLanguage() {
        assertThat(text("R$ {valor}", MARIA, PT_BR)).isEqualTo("R$ 1.234,56");
        assertThat(text("R${value}", MARIA, PT_BR)).isEqualTo("R$1.234,56");
        assertThat(text("Price: R$ {value}", MARIA, Locale.ENGLISH)).isEqualTo("Price: R$ 1,234.56");
        assertThat(text("Valor: {valor}", MARIA, PT_BR)).isEqualTo("Valor: R$ 1.234,56");
    }

    @Test
    void aTextIsUnfitToSendWithAPlaceholderLeftRawOrEmptyButNotWithoutPix() {
        MessageData noValue = new MessageData("Ana", null, "IPTV", null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), null);
        assertThat(renderer.render("Oi {nome}, {desconto} {valor}\n\n{pix}", noValue, PT_BR).unfilled())
                .containsExactly("desconto", "valor");
        assertThat(renderer.render("Oi {nome}!\n\n{pix}", noValue, PT_BR).unfilled()).isEmpty();
    }

    @Test
    void englishUsesEnglishDatesAndPricesStillInReais() {
        assertThat(text("{expires_at} {value} {new_due}", MARIA, Locale.ENGLISH)).isEqualTo("12/1/2026 R$1,234.56 1/1/2027");
    }

    @Test
    void daysCountFromTheDueDateEitherWay() {
        MessageData overdue = new MessageData("A", null, null, null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 6), null);
        assertThat(text("{dias}", overdue, PT_BR)).isEqualTo("5");
        MessageData today = new MessageData("A", null, null, null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), null);
        assertThat(text("{dias}", today, PT_BR)).isEqualTo("0");
    }

    @Test
    void otherBracesPassThroughUntouched() {
        String json = "{\"cliente\": {\"nome\": \"{nome}\"}, \"lista\": [1, {}]}";
        assertThat(text(json, MARIA, PT_BR)).isEqualTo("{\"cliente\": {\"nome\": \"Maria Souza\"}, \"lista\": [1, {}]}");
        assertThat(text("{{nome}}", MARIA, PT_BR)).isEqualTo("{Maria Souza}");
        assertThat(text("{nome", MARIA, PT_BR)).isEqualTo("{nome");
        assertThat(text("nome} {", MARIA, PT_BR)).isEqualTo("nome} {");
        assertThat(text("{ nome } {NOME} {Nome} {nome_} {0} {}", MARIA, PT_BR))
                .isEqualTo("{ nome } {NOME} {Nome} {nome_} {0} {}");
        assertThat(text("(\\_/)\n(='.'=) {{{ }}} }{", MARIA, PT_BR)).isEqualTo("(\\_/)\n(='.'=) {{{ }}} }{");
    }

    @Test
    void whatsAppFormattingLineBreaksAndEmojiAreKept() {
        String body = "*Oi, {nome}!* 👋🏽\r\n_Vence_ em ~amanhã~ ```{valor}```\r\n👨‍👩‍👧 🇧🇷";
        assertThat(text(body, MARIA, PT_BR))
                .isEqualTo("*Oi, Maria Souza!* 👋🏽\r\n_Vence_ em ~amanhã~ ```R$ 1.234,56```\r\n👨‍👩‍👧 🇧🇷");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithRegexCharacters() {
        MessageData odd = new MessageData("$1 \\ {nome} $", null, null, null, null, null, null, null);
        assertThat(text("Oi {nome}", odd, PT_BR)).isEqualTo("Oi $1 \\ {nome} $");
    }

    @Test
    void missingValuesRenderEmptyAndAreReported() {
        MessageData bare = new MessageData("Ana", null, null, null, null, null, null, null);
        RenderedMessage message = renderer.render("Oi {nome}, plano {plano} ({plan}) vence {vencimento}.\n\n{pix}", bare, PT_BR);
        assertThat(message.text()).isEqualTo("Oi Ana, plano  () vence .");
        assertThat(message.missing()).containsExactly("plano", "plan", "vencimento", "pix");
    }

    @Test
    void nullDataNullBodyAndNullLocaleNeverThrow() {
        assertThat(renderer.render(null, MARIA, PT_BR).text()).isEmpty();
        RenderedMessage message = renderer.render("Oi {nome}", null, null);
        assertThat(message.text()).isEqualTo("Oi");
        assertThat(message.missing()).containsExactly("nome");
        assertThat(renderer.render("{valor} {vencimento}", MARIA, null).text()).isEqualTo("R$ 1.234,56 01/12/2026");
    }

    @Test
    void pixIsMissingWithoutAPriceOrWithoutPixSetUp() {
        MessageData free = new MessageData("Ana", null, null, null, BigDecimal.ZERO, null, null, null);
        assertThat(renderer.render("{pix}", free, PT_BR).missing()).containsExactly("pix");
        PlaceholderRenderer noPix = new PlaceholderRenderer(amount -> Optional.empty());
        assertThat(noPix.render("Pague: {pix}", MARIA, PT_BR).missing()).containsExactly("pix");
    }

    @Test
    void aFailingPixLookupOnlyEmptiesItsPlaceholder() {
        PlaceholderRenderer broken = new PlaceholderRenderer(amount -> {
            throw new IllegalStateException("settings unreadable");
        });
        RenderedMessage message = broken.render("Oi {nome} {pix}", MARIA, PT_BR);
        assertThat(message.text()).isEqualTo("Oi Maria Souza");
        assertThat(message.missing()).containsExactly("pix");
    }

    @Test
    void aPhoneThatIsNotANumberIsShownAsStored() {
        MessageData odd = new MessageData("A", "ligar depois", null, null, null, null, null, null);
        assertThat(text("{telefone}", odd, PT_BR)).isEqualTo("ligar depois");
    }

    private String text(String body, MessageData data, Locale locale) {
        return renderer.render(body, data, locale).text();
    }
}
