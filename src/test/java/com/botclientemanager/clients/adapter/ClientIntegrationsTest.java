package com.botclientemanager.clients.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import com.botclientemanager.whatsapp.PhoneNotOnWhatsApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the clients module answers the other modules: WhatsApp's "no account" report and the template preview. */
class ClientIntegrationsTest {

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private ClientDirectory clients;

    @BeforeEach
    void setUp() {
        directory = new DataDirectory(new StorageProperties(dataDir, null));
        clients = new ClientDirectory(new LocalDocumentStore(directory, Clock.systemUTC()), e -> { });
        clients.saveAll(List.of(client("1", "Ana Conceição", "5511987650001"), client("2", "Bruno", "5511987650002")));
    }

    @AfterEach
    void tearDown() throws Exception {
        directory.close();
    }

    @Test
    void aNumberWithoutWhatsAppIsMarkedOnlyWhenItIsStillTheClientsNumber() {
        NotOnWhatsAppMarker marker = new NotOnWhatsAppMarker(clients);
        marker.onPhoneNotOnWhatsApp(new PhoneNotOnWhatsApp("1", "5511987650001"));
        marker.onPhoneNotOnWhatsApp(new PhoneNotOnWhatsApp("2", "5511000000000"));
        assertThat(clients.find("1").orElseThrow().notOnWhatsApp()).isTrue();
        assertThat(clients.find("2").orElseThrow().notOnWhatsApp()).as("the number changed since").isFalse();
    }

    @Test
    void theTemplatePreviewFindsRealClientsWithTheirValues() {
        ClientCalendar calendar = new ClientCalendar(Clock.systemUTC());
        var subjects = new ClientPreviewSubjects(clients, calendar).search("conceicao", 5);
        assertThat(subjects).singleElement().satisfies(s -> {
            assertThat(s.displayName()).isEqualTo("Ana Conceição");
            assertThat(s.data().plan()).isEqualTo("Mensal");
            assertThat(s.data().value()).isEqualByComparingTo("35.00");
        });
        assertThat(new ClientPreviewSubjects(clients, calendar).search("", 1)).hasSize(1);
    }

    static Client client(String id, String name, String phone) {
        return new Client(id, name, phone, "IPTV", new BigDecimal("35.00"), LocalDate.of(2026, 12, 1), null, null, "", "",
                LocalDateTime.of(2026, 1, 1, 10, 0), "Mensal", null, true, true, null, false);
    }
}
