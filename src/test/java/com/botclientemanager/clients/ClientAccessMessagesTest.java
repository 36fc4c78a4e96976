package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.access.AccessData;
import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.RenderedMessage;
import com.botclientemanager.templates.internal.PlaceholderRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {usuario}, {senha} and {servidor} in a message: filled only when the person switched it on for the client. */
class ClientAccessMessagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String BODY = "Oi, {nome}! Servidor: {servidor}. Usuário: {usuario}. Senha: {senha}.";
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @TempDir
    Path dataDir;
    private ClientsFixture fixture;
    private Client maria;
    private final PlaceholderRenderer renderer = new PlaceholderRenderer(amount -> Optional.empty());

    @BeforeEach
    void setUp() {
        fixture = new ClientsFixture(dataDir, TODAY);
        maria = fixture.directory.save(ClientsFixture.client("Maria", "5511987654321", "35.00", TODAY.plusDays(3))
                .withOlderBotFields("UltraPlay", null));
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void switchedOnTheMessageCarriesTheAccessData() {
        fixture.access.save(maria.id(), new AccessData("maria.tv", "Senha-77", null, null, null, true));

        RenderedMessage message = render(maria);

        assertThat(message.text()).isEqualTo("Oi, Maria! Servidor: UltraPlay. Usuário: maria.tv. Senha: Senha-77.");
    }

    @Test
    void switchedOffTheyStayEmptyAndTheMessageMayStillGoOut() {
        fixture.access.save(maria.id(), new AccessData("maria.tv", "Senha-77", null, null, null, false));

        RenderedMessage message = render(maria);

        assertThat(message.text()).doesNotContain("maria.tv").doesNotContain("Senha-77").contains("Servidor: UltraPlay");
        assertThat(message.missing()).containsExactly("usuario", "senha");
        assertThat(message.unfilled()).as("left empty, not a reason to hold the message").isEmpty();
    }

    @Test
    void aPreviewShowsTheMaskAndThePrintedDataNeverTheValues() {
        fixture.access.save(maria.id(), new AccessData("maria.tv", "Senha-77", null, null, null, true));
        MessageData preview = ClientMessageData.withMaskedAccess(ClientMessageData.of(maria, TODAY),
                fixture.access.masked(maria.id()));

        assertThat(renderer.render(BODY, preview, PT_BR).text()).contains("Senha: ••••.").doesNotContain("Senha-77");
        MessageData sent = ClientMessageData.withAccess(ClientMessageData.of(maria, TODAY),
                fixture.access.forMessages(maria.id()));
        assertThat(sent.toString()).doesNotContain("Senha-77").doesNotContain("maria.tv");
    }

    private RenderedMessage render(Client client) {
        MessageData data = ClientMessageData.withAccess(ClientMessageData.of(client, TODAY),
                fixture.access.forMessages(client.id()));
        return renderer.render(BODY, data, PT_BR);
    }
}
