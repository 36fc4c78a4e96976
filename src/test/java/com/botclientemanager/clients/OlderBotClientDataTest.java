package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.templates.PixService;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.templates.TemplatesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The older bot's clients.json (both versions) on the real local store: unfillable placeholders in the clients' own
 * messages are named, the server is edited and searched, renewal_history is listed and kept as it was.
 */
class OlderBotClientDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIRST = "a0000000-0000-4000-8000-000000000000";

    @TempDir
    Path dataDir;
    ClientsFixture fixture;
    OwnMessageCheck check;

    @BeforeEach
    void start() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/com/botclientemanager/olderbot/clients.json")) {
            Files.write(dataDir.resolve("clients.json"), in.readAllBytes());
        }
        fixture = new ClientsFixture(dataDir, LocalDate.of(2026, 12, 7));
        TemplateService templates = new TemplateService(fixture.store, new PixService(new PixSettingsService(fixture.store)),
                new TemplatesProperties("pt-BR"));
        check = new OwnMessageCheck(templates, fixture.calendar);
    }

    @AfterEach
    void stop() throws IOException {
        fixture.close();
    }

    @Test
    void ownMessagesNameTheUnknownPlaceholdersAndTheOlderOnesWithoutData() {
        Client older = fixture.directory.find(FIRST).orElseThrow();
        assertThat(check.unfilled(older)).as("every older placeholder has its data").isEmpty();

        Client edited = new Client(older.id(), older.name(), older.phone(), older.service(), older.value(), null,
                null, null, "Oi {name}, cupom {cupom}, dia {payment_day}. {pix}", "Vence {plan_duration}, {nova_data}",
                older.createdAt(), null, null, true, true, null, false);

        assertThat(check.unfilled(edited)).as("no due date: {payment_day} and {plan_duration} cannot be filled; {pix} may be empty")
                .containsExactly("cupom", "payment_day", "plan_duration", "nova_data");
        assertThat(check.unfilled(ClientsFixture.client("Sem mensagem", "5511999990000", "10", LocalDate.of(2026, 12, 9))))
                .isEmpty();
    }

    @Test
    void theServerIsEditedInTheFormWrittenAsTheOlderFieldAndFoundBySearch() throws IOException {
        Client older = fixture.directory.find(FIRST).orElseThrow();
        ClientForm form = ClientForm.of(older, null);
        assertThat(form.getServer()).isEqualTo("UltraPlay");

        form.setServer("  Blaze Pro ");
        fixture.directory.save(form.toClient(older, LocalDateTime.now()));

        assertThat(stored(FIRST).get("server").asString()).isEqualTo("Blaze Pro");
        assertThat(fixture.directory.search("blaze pro")).extracting(Client::id).containsExactly(FIRST);

        Client plain = ClientsFixture.client("Sem Servidor", "5511999990001", "10", LocalDate.of(2026, 12, 9));
        ClientForm blank = ClientForm.of(plain, null);
        blank.setServer("");
        Client saved = fixture.directory.save(blank.toClient(null, LocalDateTime.now()));
        assertThat(stored(saved.id()).has("server")).as("no empty server field for a client without one").isFalse();
    }

    @Test
    void renewalHistoryIsListedNewestFirstAndKeptAsItWasWhenTheClientIsSaved() throws IOException {
        String before = stored(FIRST).get("renewal_history").toString();
        ImportedRenewals renewals = new ImportedRenewals(fixture.store);

        assertThat(renewals.of(FIRST)).singleElement().satisfies(r -> {
            assertThat(r.renewedAt()).isEqualTo(LocalDateTime.of(2026, 11, 10, 9, 12, 40, 118273000));
            assertThat(r.daysAdded()).isEqualTo(30);
            assertThat(r.previousDueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(r.newDueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
            assertThat(r.value()).isEqualByComparingTo(new BigDecimal("30.0"));
        });
        assertThat(renewals.of("a0000000-0000-4000-8000-000000000004")).as("the first version has none").isEmpty();

        Client older = fixture.directory.find(FIRST).orElseThrow();
        fixture.payments().markPaid(FIRST, new PaymentRequest(LocalDate.of(2026, 12, 7), older.value(),
                PaymentMethod.PIX, ""));

        assertThat(stored(FIRST).get("plan_duration").asString()).as("renewed").isEqualTo("2027-01-10");
        assertThat(stored(FIRST).get("renewal_history").toString()).as("read-only, kept as it was").isEqualTo(before);
    }

    private JsonNode stored(String id) throws IOException {
        for (JsonNode node : JSON.readTree(Files.readString(dataDir.resolve("clients.json"), StandardCharsets.UTF_8))
                .get("clients")) {
            if (id.equals(node.path("id").asString())) {
                return node;
            }
        }
        throw new AssertionError("no client " + id);
    }
}
